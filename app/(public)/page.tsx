import type { Metadata } from "next";
import Link from "next/link";
import { InitiativeCard } from "@/components/public/initiative-card";
import { installationName } from "@/lib/installation/site";
import { parsePublicFilters } from "@/lib/public/model";
import { listInitiatives, listOpenCalls, listPortraits } from "@/lib/public/queries";
import { formatDate, formatKr, formatMonth } from "@/lib/i18n/format";
import { getLocale, getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const [t, name] = await Promise.all([getTranslations(), installationName()]);
  return {
    title: { absolute: `${name} – ${t("public.title")}` },
    description: t("public.intro"),
    alternates: { canonical: "/" },
    openGraph: { title: t("public.title"), description: t("public.intro"), type: "website" },
  };
}

/** The front page: the latest funded initiatives, open calls and portraits. */
export default async function FrontPage() {
  const [t, locale, initiatives, calls, portraits] = await Promise.all([
    getTranslations(),
    getLocale(),
    listInitiatives(null, parsePublicFilters({})),
    listOpenCalls(null),
    listPortraits(null, 3),
  ]);
  return (
    <div>
      <h1 className="text-3xl font-bold mb-2">{t("public.title")}</h1>
      <p className="mb-8 max-w-3xl text-lg">{t("public.intro")}</p>
      {initiatives.items.length === 0 ? (
        <p>{t("public.noneYet")}</p>
      ) : (
        <ul className="grid gap-6 md:grid-cols-2" aria-label={t("public.title")}>
          {initiatives.items.slice(0, 6).map((i) => (
            <InitiativeCard key={i.id} item={i} />
          ))}
        </ul>
      )}
      <p className="mt-6">
        <Link href="/initiativer" className="underline font-semibold">
          {t("publicSite.seeAll")}
        </Link>
      </p>
      <h2 className="text-2xl font-bold mt-12 mb-4">{t("public.openCalls")}</h2>
      {calls.length === 0 ? (
        <p>{t("public.noOpenCalls")}</p>
      ) : (
        <ul className="space-y-3">
          {calls.map((c) => (
            <li key={c.id} className="border-l-4 border-brand-600 pl-4">
              <p className="font-semibold">
                <Link href={`/opslag/${c.slug}`} className="underline">
                  {c.title}
                </Link>
              </p>
              <p className="text-muted">
                {c.committee} · {formatKr(c.amountOre, locale)}
                {c.deadline ? ` · ${t("public.deadline", { date: formatDate(new Date(c.deadline), locale) })}` : ""}
              </p>
            </li>
          ))}
        </ul>
      )}
      <h2 className="text-2xl font-bold mt-12 mb-4">{t("publicSite.latestPortraits")}</h2>
      {portraits.length === 0 ? (
        <p>{t("publicSite.noPortraits")}</p>
      ) : (
        <ul className="space-y-3">
          {portraits.map((p) => (
            <li key={p.slug}>
              <Link href={`/portraetter/${p.slug}`} className="underline font-semibold">
                {p.title}
              </Link>{" "}
              <span className="text-muted">
                ({p.committee},{" "}
                {formatMonth(new Date(p.month).getUTCFullYear(), new Date(p.month).getUTCMonth() + 1, locale)})
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
