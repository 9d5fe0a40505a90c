import type { Metadata } from "next";
import Link from "next/link";
import { InitiativeCard } from "@/components/public/initiative-card";
import { initiativeStatuses, parsePublicFilters } from "@/lib/public/model";
import { listInitiatives } from "@/lib/public/queries";
import { getLocale, getT } from "@/lib/i18n/server";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: t("public.title"), description: t("public.intro"), alternates: { canonical: "/initiativer" }, openGraph: { title: t("public.title"), description: t("public.intro"), type: "website" } };
}

const select = "border-2 border-gray-500 rounded px-3 py-2 max-w-full";

/** Funded initiatives with filters and search; a plain GET form, no client JavaScript. */
export default async function InitiativesPage({ searchParams }: Props) {
  const filters = parsePublicFilters(await searchParams);
  const [t, locale, data] = await Promise.all([getT(), getLocale(), listInitiatives(filters)]);
  const filtered = Boolean(filters.q || filters.committee || filters.goal || filters.year || filters.status);
  return (
    <div>
      <h1 className="text-3xl font-bold mb-2">{t("public.title")}</h1>
      <p className="mb-6 max-w-3xl text-lg">{t("public.intro")}</p>
      <form method="get" role="search" className="flex flex-wrap items-end gap-3 mb-6">
        <div>
          <label htmlFor="q" className="block font-semibold mb-1">
            {t("publicSite.search")}
          </label>
          <input id="q" name="q" type="search" defaultValue={filters.q} className="border-2 border-gray-500 rounded px-3 py-2" />
        </div>
        <div>
          <label htmlFor="udvalg" className="block font-semibold mb-1">
            {t("public.committee")}
          </label>
          <select id="udvalg" name="udvalg" defaultValue={filters.committee ?? ""} className={select}>
            <option value="">{t("publicSite.all")}</option>
            {data.facets.committees.map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="maal" className="block font-semibold mb-1">
            {t("public.goals")}
          </label>
          <select id="maal" name="maal" defaultValue={filters.goal ?? ""} className={select}>
            <option value="">{t("publicSite.all")}</option>
            {data.facets.goals.map((g) => (
              <option key={g.id} value={g.id}>
                {g.title}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="aar" className="block font-semibold mb-1">
            {t("publicSite.year")}
          </label>
          <select id="aar" name="aar" defaultValue={filters.year ? String(filters.year) : ""} className={select}>
            <option value="">{t("publicSite.all")}</option>
            {data.facets.years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="status" className="block font-semibold mb-1">
            {t("dashboard.status")}
          </label>
          <select id="status" name="status" defaultValue={filters.status ?? ""} className={select}>
            <option value="">{t("publicSite.all")}</option>
            {initiativeStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`publicSite.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="bg-brand-700 text-white hover:bg-brand-800 px-4 py-2 rounded font-semibold">
          {t("publicSite.show")}
        </button>
        {filtered ? (
          <Link href="/initiativer" className="underline py-2">
            {t("screening.clear")}
          </Link>
        ) : null}
      </form>
      <p className="mb-4" role="status" data-testid="result-count">
        {t("publicSite.count", { count: data.total })}
      </p>
      {data.items.length === 0 ? (
        <p>{filtered ? t("publicSite.noneMatch") : t("public.noneYet")}</p>
      ) : (
        <ul className="grid gap-6 md:grid-cols-2" aria-label={t("public.title")}>
          {data.items.map((i) => (
            <InitiativeCard key={i.id} item={i} locale={locale} t={t} />
          ))}
        </ul>
      )}
    </div>
  );
}
