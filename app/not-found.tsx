import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations();
  return (
    <div>
      <h1 className="text-3xl font-bold mb-4">{t("errors.notFoundTitle")}</h1>
      <p className="mb-6">{t("errors.notFoundText")}</p>
      <Link href="/" className="underline">
        {t("errors.backHome")}
      </Link>
    </div>
  );
}
