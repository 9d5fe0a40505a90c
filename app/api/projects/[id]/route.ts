import { apiActor, forbiddenResponse, notFoundResponse } from "@/lib/api";
import { can, committeesWhere } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { readProjectDocument } from "@/lib/projects/read";

export const dynamic = "force-dynamic";

/** The whole project (with its interventions) as one JSON document, for those who may read it. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { actor, error } = await apiActor();
  if (error) return error;
  if (!can(actor, "project:read")) return forbiddenResponse();
  const { id } = await params;
  const visible = await db().project.findFirst({
    where: { id, deletedAt: null, committeeId: { in: committeesWhere(actor, "project:read") } },
    select: { id: true, version: true, committeeId: true },
  });
  if (!visible) return notFoundResponse();
  const doc = await readProjectDocument(db(), id);
  return Response.json(
    { ...doc, committeeId: visible.committeeId, version: visible.version },
    { headers: { "Cache-Control": "no-store" } },
  );
}
