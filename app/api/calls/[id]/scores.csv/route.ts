import { apiActor, csvResponse, forbiddenResponse, notFoundResponse } from "@/lib/api";
import { can } from "@/lib/auth/permissions";
import { toCsv } from "@/lib/csv";
import { listCallScoresForExport } from "@/lib/scoring/queries";

export const dynamic = "force-dynamic";

/** One row per member, application and criterion; conflicted scores are kept and marked. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { actor, error } = await apiActor();
  if (error) return error;
  if (!can(actor, "call:manage")) return forbiddenResponse();
  const rows = await listCallScoresForExport(actor, (await params).id);
  if (!rows) return notFoundResponse();
  const body = toCsv(
    [
      "application_id",
      "application_title",
      "member_email",
      "criterion",
      "weight",
      "score",
      "excluded",
      "excluded_reason",
    ],
    rows.map((r) => [
      r.applicationId,
      r.applicationTitle,
      r.memberEmail,
      r.criterion,
      r.weight,
      r.score,
      r.excluded,
      r.excludedReason,
    ]),
  );
  return csvResponse(body, "scores.csv");
}
