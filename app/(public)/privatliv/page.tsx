import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("privacy.title") };
}

export default async function PrivacyPage() {
  const t = await getTranslations();
  return (
    <article className="max-w-3xl">
      <h1 className="text-3xl font-bold mb-4">{t("privacy.title")}</h1>
      <p>{t("privacy.body")}</p>
    </article>
  );
}
