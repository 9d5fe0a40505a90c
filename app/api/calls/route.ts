import { apiActor, forbiddenResponse } from "@/lib/api";
import { can } from "@/lib/auth/permissions";
import { listCallsForExport } from "@/lib/scoring/queries";

export const dynamic = "force-dynamic";

/** GET /api/calls — the calls the staff user may export, with id and title. */
export async function GET() {
  const { actor, error } = await apiActor();
  if (error) return error;
  if (!can(actor, "call:manage")) return forbiddenResponse();
  const calls = await listCallsForExport(actor);
  return Response.json(
    calls.map((c) => ({ id: c.id, title: c.title, status: c.status, deadline: c.deadline })),
    { headers: { "Cache-Control": "no-store" } },
  );
}
