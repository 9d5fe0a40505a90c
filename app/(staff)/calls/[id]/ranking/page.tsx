import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Table, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/session";
import { getCallRanking } from "@/lib/scoring/queries";
import { numberFormatter } from "@/lib/i18n/format";
import { type Locale } from "@/lib/i18n/config";
import { getLocale, getTranslations } from "next-intl/server";
import { callPageTitle } from "../_lib/title";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return callPageTitle((await params).id, "ranking.title");
}

/** Two decimals in the user's language ("3,45"), "–" for none: one formatter for the page's thousands of cells. */
function twoDecimals(locale: Locale) {
  const format = numberFormatter(locale);
  return (v: number | null) => (v === null ? "–" : format(Math.round(v * 100) / 100));
}

export default async function RankingPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePermission("call:read", `/calls/${id}/ranking`);
  const [t, locale, data] = await Promise.all([getTranslations(), getLocale(), getCallRanking(actor, id)]);
  if (!data) notFound();
  const { ranking, criteria, members } = data;
  const two = twoDecimals(locale);
  return (
    <div>
      <h1 className="text-3xl font-bold mb-2">{t("ranking.title")}</h1>
      <p className="text-muted mb-4">{data.call.title}</p>
      <p className="mb-4 max-w-3xl">{t("ranking.explain", { min: ranking.scale.min, max: ranking.scale.max })}</p>
      {data.canExport ? (
        <p className="mb-6 flex gap-4">
          <a className="underline" href={`/api/calls/${data.call.id}/ranking.csv`} download>
            {t("ranking.downloadRanking")}
          </a>
          <a className="underline" href={`/api/calls/${data.call.id}/scores.csv`} download>
            {t("ranking.downloadScores")}
          </a>
        </p>
      ) : null}
      <Table
        leanCells
        caption={t("ranking.caption")}
        head={
          <tr>
            <Th numeric>{t("ranking.rank")}</Th>
            <Th>{t("dashboard.reference")}</Th>
            <Th>{t("dashboard.titleColumn")}</Th>
            <Th numeric>{t("ranking.weighted")}</Th>
            <Th numeric>{t("ranking.nScores")}</Th>
            <Th>{t("ranking.spread")}</Th>
            {criteria.map((c) => (
              <Th key={c.id} numeric>
                {c.title} ({c.weight})
              </Th>
            ))}
            <Th>{t("ranking.missing")}</Th>
            <Th numeric>{t("ranking.normalized")}</Th>
          </tr>
        }
      >
        {ranking.applications.map((a) => (
          <tr key={a.applicationId} data-testid="ranking-row" data-application-id={a.applicationId}>
            <td className="num">{a.rank ?? "–"}</td>
            <td>{a.reference}</td>
            <td>{a.title}</td>
            <td className="num">
              <span data-testid="weighted-score">{two(a.weightedScore)}</span>
            </td>
            <td className="num">{a.nScores}</td>
            <td>{a.spread ? `${two(a.spread.min)}–${two(a.spread.max)}` : "–"}</td>
            {a.perCriterion.map((c) => (
              <td key={c.criterionId} className="num">
                {two(c.mean)}
              </td>
            ))}
            <td>{a.missingUserIds.map((u) => members[u] ?? u).join(", ") || "–"}</td>
            <td className="num">
              {two(a.normalizedScore)}
              {a.normalizedRank !== null ? ` (${a.normalizedRank})` : ""}
            </td>
          </tr>
        ))}
      </Table>
    </div>
  );
}
