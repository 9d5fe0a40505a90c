import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("accessibility.title") };
}

export default async function AccessibilityStatement() {
  const t = await getTranslations();
  return (
    <article className="max-w-3xl">
      <h1 className="text-3xl font-bold mb-4">{t("accessibility.title")}</h1>
      <p className="mb-4">{t("accessibility.body")}</p>
      <p>{t("accessibility.contact")}</p>
    </article>
  );
}
