import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { getCurrentCommitteeSlug } from "@/lib/committees/queries";
import { InitiativeCard } from "@/components/public/initiative-card";
import { getCommitteePage } from "@/lib/public/queries";
import { listPublishedMinutes } from "@/lib/minutes/queries";
import { excerpt } from "@/lib/public/model";
import { formatDate, formatKr, formatMonth } from "@/lib/i18n/format";
import { getLocale, getTranslations } from "next-intl/server";

type Props = { params: Promise<{ slug: string }> };

const thisYear = () => new Date().getUTCFullYear();

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const c = await getCommitteePage(null, (await params).slug, thisYear());
  if (!c) return { title: (await getTranslations())("errors.notFoundTitle") };
  const description = excerpt(c.description || c.name, 160);
  return {
    title: c.name,
    description,
    alternates: { canonical: `/udvalg/${c.slug}` },
    openGraph: { title: c.name, description, type: "website" },
  };
}

/**
 * A committee's public page: its pool, money per district-plan goal (a chart
 * and its figures), open calls, latest portraits, and its initiatives.
 */
export default async function CommitteePage({ params }: Props) {
  const { slug } = await params;
  const [t, locale, c] = await Promise.all([getTranslations(), getLocale(), getCommitteePage(null, slug, thisYear())]);
  if (!c) {
    // A renamed committee's old address goes on to its current one, however many renames ago.
    const current = await getCurrentCommitteeSlug(null, slug);
    if (current) permanentRedirect(`/udvalg/${current}`);
    notFound();
  }
  const max = Math.max(1, ...c.byGoal.map((g) => g.amountOre));
  const minutes = await listPublishedMinutes(null, c.slug);
  return (
    <div>
      {c.hasLogo ? (
        // eslint-disable-next-line @next/next/no-img-element
        <img src={`/api/public/committees/${c.slug}/logo`} alt={c.name} className="max-h-24 mb-4" />
      ) : null}
      <h1 className="text-3xl font-bold mb-2">{c.name}</h1>
      {c.archived ? <p className="mb-2 font-semibold">{t("committeesAdmin.publicArchived")}</p> : null}
      <p className="text-muted mb-2">{[c.district, c.municipality].filter(Boolean).join(" · ")}</p>
      {c.description ? <p className="mb-6 max-w-3xl text-lg">{c.description}</p> : null}

      <section aria-labelledby="pool" className="mb-10">
        <h2 id="pool" className="text-2xl font-semibold mb-3">
          {t("publicSite.pool", { year: c.year })}
        </h2>
        <dl className="grid grid-cols-1 sm:grid-cols-[16rem_1fr] gap-y-1">
          {c.pools.map((p) => (
            <div key={p.name} className="contents">
              <dt className="font-semibold">{p.name}</dt>
              <dd>{p.budgetOre !== null ? formatKr(p.budgetOre, locale) : "–"}</dd>
            </div>
          ))}
          <dt className="font-semibold">{t("publicPrivacy.grantedYear", { year: c.year })}</dt>
          <dd>{formatKr(c.grantedThisYearOre, locale)}</dd>
        </dl>
      </section>

      <section aria-labelledby="goals" className="mb-10">
        <h2 id="goals" className="text-2xl font-semibold mb-1">
          {t("publicSite.byGoal")}
        </h2>
        <p className="text-muted mb-3 max-w-3xl">
          {t("publicSite.byGoalNote", { total: formatKr(c.totalPublishedOre, locale) })}
        </p>
        <table className="w-full max-w-3xl border-collapse" data-testid="goal-chart">
          <caption className="sr-only">{t("publicSite.byGoal")}</caption>
          <thead>
            <tr>
              <th scope="col" className="text-left p-2 border-b-2 border-gray-500">
                {t("callView.goal")}
              </th>
              <th scope="col" className="text-right p-2 border-b-2 border-gray-500 w-36">
                {t("publicSite.amount")}
              </th>
              <th scope="col" className="p-2 border-b-2 border-gray-500 w-1/3">
                <span className="sr-only">{t("publicSite.chart")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {c.byGoal.map((g) => (
              <tr key={g.id} className="border-b border-gray-200">
                <th scope="row" className="text-left font-normal p-2">
                  {g.title}
                </th>
                <td className="text-right p-2 tabular-nums">{formatKr(g.amountOre, locale)}</td>
                <td className="p-2" aria-hidden="true">
                  <div
                    className="h-4 bg-brand-700 rounded-sm"
                    style={{ width: `${Math.round((g.amountOre / max) * 100)}%` }}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="calls" className="mb-10">
        <h2 id="calls" className="text-2xl font-semibold mb-3">
          {t("public.openCalls")}
        </h2>
        {c.calls.length ? (
          <ul className="space-y-3">
            {c.calls.map((call) => (
              <li key={call.id} className="border-l-4 border-brand-600 pl-4">
                <p className="font-semibold">
                  <Link href={`/opslag/${call.slug}`} className="underline">
                    {call.title}
                  </Link>
                </p>
                <p className="text-muted">
                  {formatKr(call.amountOre, locale)}
                  {call.deadline
                    ? ` · ${t("public.deadline", { date: formatDate(new Date(call.deadline), locale) })}`
                    : ""}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("public.noOpenCalls")}</p>
        )}
      </section>

      <section aria-labelledby="minutes" className="mb-10">
        <h2 id="minutes" className="text-2xl font-semibold mb-3">
          {t("publicMinutes.listTitle")}
        </h2>
        {minutes.length ? (
          <ul className="space-y-2" data-testid="published-minutes">
            {minutes.map((m) => (
              <li key={m.id}>
                <Link href={`/udvalg/${c.slug}/moeder/${m.id}`} className="underline font-semibold">
                  {m.title}
                </Link>{" "}
                <span className="text-muted">({formatDate(m.startsAt, locale)})</span>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("publicMinutes.none")}</p>
        )}
      </section>

      <section aria-labelledby="portraits" className="mb-10">
        <h2 id="portraits" className="text-2xl font-semibold mb-3">
          {t("publicSite.latestPortraits")}
        </h2>
        {c.portraits.length ? (
          <ul className="space-y-3">
            {c.portraits.map((p) => (
              <li key={p.slug}>
                <Link href={`/portraetter/${p.slug}`} className="underline font-semibold">
                  {p.title}
                </Link>{" "}
                <span className="text-muted">
                  ({formatMonth(new Date(p.month).getUTCFullYear(), new Date(p.month).getUTCMonth() + 1, locale)})
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("publicSite.noPortraits")}</p>
        )}
      </section>

      <section aria-labelledby="latest">
        <h2 id="latest" className="text-2xl font-semibold mb-1">
          {t("publicSite.latestInitiatives")}
        </h2>
        <p className="text-muted mb-3" data-testid="initiative-count">
          {t("common.initiatives", { count: c.initiativeCount })}
        </p>
        {c.latest.length ? (
          <ul className="grid gap-6 md:grid-cols-2">
            {c.latest.map((i) => (
              <InitiativeCard key={i.id} item={i} level={3} />
            ))}
          </ul>
        ) : (
          <p>{t("public.noneYet")}</p>
        )}
        <p className="mt-4">
          <Link href={`/initiativer?udvalg=${c.slug}`} className="underline">
            {t("publicSite.allFrom", { name: c.name })}
          </Link>
        </p>
      </section>
    </div>
  );
}
