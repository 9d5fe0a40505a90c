import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/session";
import { getCallRanking } from "@/lib/scoring/queries";
import { formatNumber } from "@/lib/i18n/format";
import { type Locale } from "@/lib/i18n/config";
import { getLocale, getTranslations } from "next-intl/server";
import { callPageTitle } from "../_lib/title";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return callPageTitle((await params).id, "ranking.title");
}

const two = (v: number | null, locale: Locale) => (v === null ? "–" : formatNumber(Math.round(v * 100) / 100, locale));

export default async function RankingPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePermission("call:read", `/calls/${id}/ranking`);
  const [t, locale, data] = await Promise.all([getTranslations(), getLocale(), getCallRanking(actor, id)]);
  if (!data) notFound();
  const { ranking, criteria, members } = data;
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
            <Td numeric>{a.rank ?? "–"}</Td>
            <Td>{a.reference}</Td>
            <Td>{a.title}</Td>
            <Td numeric>
              <span data-testid="weighted-score">{two(a.weightedScore, locale)}</span>
            </Td>
            <Td numeric>{a.nScores}</Td>
            <Td>{a.spread ? `${two(a.spread.min, locale)}–${two(a.spread.max, locale)}` : "–"}</Td>
            {a.perCriterion.map((c) => (
              <Td key={c.criterionId} numeric>
                {two(c.mean, locale)}
              </Td>
            ))}
            <Td>{a.missingUserIds.map((u) => members[u] ?? u).join(", ") || "–"}</Td>
            <Td numeric>
              {two(a.normalizedScore, locale)}
              {a.normalizedRank !== null ? ` (${a.normalizedRank})` : ""}
            </Td>
          </tr>
        ))}
      </Table>
    </div>
  );
}
