import { apiActor, forbiddenResponse } from "@/lib/api";
import { can, committeesWhere } from "@/lib/auth/permissions";
import { createProject } from "@/lib/projects/mutations";
import { asDocument, projectDocumentSchema } from "@/lib/projects/schema";

export const dynamic = "force-dynamic";

const maxBytes = 5 * 1024 * 1024;
const bad = (error: string, status = 400, extra: Record<string, unknown> = {}) => Response.json({ error, ...extra }, { status });

/**
 * Creates a project from a JSON document (as GET /api/projects/{id} gives it).
 * The committee is the document's `committeeId`, or the caller's only one.
 * Answers 201 with { id }. Bad input gets 400/413/415 with a reason, never 500.
 */
export async function POST(request: Request) {
  const { actor, error } = await apiActor();
  if (error) return error;
  if (!can(actor, "project:create")) return forbiddenResponse();
  const type = request.headers.get("content-type") ?? "";
  if (!type.startsWith("application/json")) return bad("unsupported media type: send application/json", 415);
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > maxBytes) return bad("too large", 413);
  const raw = await request.text();
  if (raw.length > maxBytes) return bad("too large", 413);
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return bad("not JSON");
  }
  const committees = committeesWhere(actor, "project:create");
  const requested = typeof body === "object" && body !== null && "committeeId" in body ? String((body as { committeeId: unknown }).committeeId) : committees.length === 1 ? committees[0]! : "";
  if (!committees.includes(requested)) return bad("committeeId: choose one of your committees", 400, { committees });
  const parsed = projectDocumentSchema.safeParse(body);
  if (!parsed.success) return bad("invalid project document", 400, { issues: parsed.error.issues.slice(0, 20).map((i) => ({ path: i.path.join("."), message: i.message })) });
  const { id } = await createProject(actor, requested, asDocument(parsed.data), { note: "Importeret via API" });
  return Response.json({ id }, { status: 201, headers: { Location: `/api/projects/${id}` } });
}
