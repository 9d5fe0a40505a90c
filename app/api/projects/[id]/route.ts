import { apiActor, forbiddenResponse, notFoundResponse } from "@/lib/api";
import { can } from "@/lib/auth/permissions";
import { getProjectDocument } from "@/lib/projects/queries";

export const dynamic = "force-dynamic";

/** The whole project (with its interventions) as one JSON document, for those who may read it. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { actor, error } = await apiActor();
  if (error) return error;
  if (!can(actor, "project:read")) return forbiddenResponse();
  const doc = await getProjectDocument(actor, (await params).id);
  if (!doc) return notFoundResponse();
  return Response.json(doc, { headers: { "Cache-Control": "no-store" } });
}
