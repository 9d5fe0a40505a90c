import { apiActor, csvResponse, forbiddenResponse, notFoundResponse } from "@/lib/api";
import { can } from "@/lib/auth/permissions";
import { toCsv } from "@/lib/csv";
import { listConflicts } from "@/lib/scoring/queries";

export const dynamic = "force-dynamic";

/** Declarations of conflict of interest and the committee's rulings, for the minutes. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { actor, error } = await apiActor();
  if (error) return error;
  if (!can(actor, "conflict:rule")) return forbiddenResponse();
  const data = await listConflicts(actor, (await params).id);
  if (!data) return notFoundResponse();
  const body = toCsv(
    [
      "application_reference",
      "application_title",
      "member",
      "ground",
      "description",
      "declared_at",
      "excluded",
      "ruling_reason",
      "ruled_at",
    ],
    data.declarations.map((d) => [
      d.application.reference,
      d.application.title,
      d.user.name,
      d.ground,
      d.description,
      d.declaredAt.toISOString(),
      d.excluded === null ? null : d.excluded,
      d.rulingReason,
      d.ruledAt?.toISOString() ?? null,
    ]),
  );
  return csvResponse(body, "conflicts.csv");
}
