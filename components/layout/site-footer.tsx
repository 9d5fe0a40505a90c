import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { installationName } from "@/lib/installation/site";

export async function SiteFooter() {
  const [t, name] = await Promise.all([getTranslations(), installationName()]);
  return (
    <footer className="border-t border-gray-300 mt-12 no-print">
      <div className="mx-auto max-w-6xl px-4 py-6 flex flex-wrap gap-6 text-sm">
        <span>{name}</span>
        <Link href="/tilgaengelighed" className="underline">
          {t("nav.accessibility")}
        </Link>
        <Link href="/privatliv" className="underline">
          {t("nav.privacy")}
        </Link>
      </div>
    </footer>
  );
}
