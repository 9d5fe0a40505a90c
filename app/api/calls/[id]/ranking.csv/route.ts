import { apiActor, csvResponse, forbiddenResponse, notFoundResponse } from "@/lib/api";
import { can } from "@/lib/auth/permissions";
import { toCsv } from "@/lib/csv";
import { getCallRanking } from "@/lib/scoring/queries";

export const dynamic = "force-dynamic";

/** The raw (not normalised) ranking in rank order; unranked applications last with an empty rank. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { actor, error } = await apiActor();
  if (error) return error;
  if (!can(actor, "call:manage")) return forbiddenResponse();
  const data = await getCallRanking(actor, (await params).id);
  if (!data || !can(actor, "call:manage", data.call.committeeId)) return notFoundResponse();
  const body = toCsv(
    ["rank", "application_id", "application_title", "weighted_score", "n_scores"],
    data.ranking.applications.map((a) => [
      a.rank,
      a.applicationId,
      a.title,
      a.weightedScore === null ? null : Number(a.weightedScore.toFixed(4)),
      a.nScores,
    ]),
  );
  return csvResponse(body, "ranking.csv");
}
