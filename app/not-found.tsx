import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageFrame } from "@/components/layout/page-frame";

// Next sends this page with every page's payload (to show it without a round trip), so its header is the one
// that is the same for every visitor: a per-visitor one here would put the session into the public pages.
export default async function NotFound() {
  const t = await getTranslations();
  return (
    <PageFrame perVisitor={false}>
      <h1 className="text-3xl font-bold mb-4">{t("errors.notFoundTitle")}</h1>
      <p className="mb-6">{t("errors.notFoundText")}</p>
      <Link href="/" className="underline">
        {t("errors.backHome")}
      </Link>
    </PageFrame>
  );
}
