import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function Forbidden() {
  const t = await getTranslations();
  return (
    <div>
      <h1 className="text-3xl font-bold mb-4">{t("errors.forbiddenTitle")}</h1>
      <p className="mb-6">{t("errors.forbiddenText")}</p>
      <Link href="/" className="underline">
        {t("errors.backHome")}
      </Link>
    </div>
  );
}
