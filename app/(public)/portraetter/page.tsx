import type { Metadata } from "next";
import Link from "next/link";
import { PublicPhoto } from "@/components/public/photo";
import { listPortraits } from "@/lib/public/queries";
import { formatMonth } from "@/lib/i18n/format";
import { getLocale, getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return {
    title: t("publicSite.portraits"),
    description: t("publicSite.portraitsIntro"),
    alternates: { canonical: "/portraetter", types: { "application/atom+xml": "/portraetter/feed.xml" } },
    openGraph: { title: t("publicSite.portraits"), description: t("publicSite.portraitsIntro"), type: "website" },
  };
}

export default async function PortraitsPage() {
  const [t, locale, portraits] = await Promise.all([getTranslations(), getLocale(), listPortraits(null)]);
  return (
    <div>
      <h1 className="text-3xl font-bold mb-2">{t("publicSite.portraits")}</h1>
      <p className="mb-2 max-w-3xl text-lg">{t("publicSite.portraitsIntro")}</p>
      <p className="mb-8">
        <a href="/portraetter/feed.xml" className="underline">
          {t("publicSite.feed")}
        </a>
      </p>
      {portraits.length ? (
        <ul className="space-y-8">
          {portraits.map((p) => (
            <li key={p.slug} className="flex flex-col sm:flex-row gap-4">
              {p.photo ? (
                <PublicPhoto id={p.photo.id} alt={p.photo.altText} className="h-32 w-48 object-cover" />
              ) : null}
              <div>
                <h2 className="text-xl font-semibold">
                  <Link href={`/portraetter/${p.slug}`} className="underline">
                    {p.title}
                  </Link>
                </h2>
                <p className="text-muted mb-1">
                  {p.committee} ·{" "}
                  {formatMonth(new Date(p.month).getUTCFullYear(), new Date(p.month).getUTCMonth() + 1, locale)}
                </p>
                <p>{p.excerpt} …</p>
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("publicSite.noPortraits")}</p>
      )}
    </div>
  );
}
