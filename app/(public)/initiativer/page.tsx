import type { Metadata } from "next";
import { SearchForm, SearchText } from "@/components/ui/search-form";
import Link from "next/link";
import { SelectField } from "@/components/ui/select";
import { InitiativeCard } from "@/components/public/initiative-card";
import { initiativeStatuses, parsePublicFilters } from "@/lib/public/model";
import { listInitiatives } from "@/lib/public/queries";
import { getTranslations } from "next-intl/server";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return {
    title: t("public.title"),
    description: t("public.intro"),
    alternates: { canonical: "/initiativer" },
    openGraph: { title: t("public.title"), description: t("public.intro"), type: "website" },
  };
}

/** Funded initiatives with filters and search; a plain GET form, no client JavaScript. */
export default async function InitiativesPage({ searchParams }: Props) {
  const filters = parsePublicFilters(await searchParams);
  const [t, data] = await Promise.all([getTranslations(), listInitiatives(null, filters)]);
  const filtered = Boolean(filters.q || filters.committee || filters.goal || filters.year || filters.status);
  return (
    <div>
      <h1 className="text-3xl font-bold mb-2">{t("public.title")}</h1>
      <p className="mb-6 max-w-3xl text-lg">{t("public.intro")}</p>
      <SearchForm className="flex flex-wrap items-end gap-3 mb-6">
        <SearchText label={t("publicSite.search")} defaultValue={filters.q} />
        <SelectField
          id="udvalg"
          name="udvalg"
          className=""
          label={t("public.committee")}
          defaultValue={filters.committee ?? ""}
          options={[
            { value: "", label: t("publicSite.all") },
            ...data.facets.committees.map((c) => ({ value: c.slug, label: c.name })),
          ]}
        />
        <SelectField
          id="maal"
          name="maal"
          className=""
          label={t("public.goals")}
          defaultValue={filters.goal ?? ""}
          options={[
            { value: "", label: t("publicSite.all") },
            ...data.facets.goals.map((g) => ({ value: g.id, label: g.title })),
          ]}
        />
        <SelectField
          id="aar"
          name="aar"
          className=""
          label={t("publicSite.year")}
          defaultValue={filters.year ? String(filters.year) : ""}
          options={[
            { value: "", label: t("publicSite.all") },
            ...data.facets.years.map((y) => ({ value: String(y), label: String(y) })),
          ]}
        />
        <SelectField
          id="status"
          name="status"
          className=""
          label={t("dashboard.status")}
          defaultValue={filters.status ?? ""}
          options={[
            { value: "", label: t("publicSite.all") },
            ...initiativeStatuses.map((s) => ({ value: s, label: t(`publicSite.status.${s}`) })),
          ]}
        />
        <button type="submit" className="bg-brand-700 text-white hover:bg-brand-800 px-4 py-2 rounded font-semibold">
          {t("publicSite.show")}
        </button>
        {filtered ? (
          <Link href="/initiativer" className="underline py-2">
            {t("screening.clear")}
          </Link>
        ) : null}
      </SearchForm>
      <p className="mb-4" role="status" data-testid="result-count">
        {t("common.initiatives", { count: data.total })}
      </p>
      {data.items.length === 0 ? (
        <p>{filtered ? t("publicSite.noneMatch") : t("public.noneYet")}</p>
      ) : (
        <ul className="grid gap-6 md:grid-cols-2" aria-label={t("public.title")}>
          {data.items.map((i) => (
            <InitiativeCard key={i.id} item={i} />
          ))}
        </ul>
      )}
    </div>
  );
}
