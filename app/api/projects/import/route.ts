import { apiActor, forbiddenResponse } from "@/lib/api";
import { crossSiteRefusal } from "@/lib/same-origin";
import { can, committeesWhere } from "@/lib/auth/permissions";
import { createProject } from "@/lib/projects/mutations";
import { asDocument, projectDocumentSchema } from "@/lib/projects/schema";
import { UserError } from "@/lib/action-result";
import { importText } from "@/lib/projects/import/parse";
import { importSourceText } from "@/lib/projects/import/source";

export const dynamic = "force-dynamic";

const maxBytes = 5 * 1024 * 1024;
const bad = (error: string, status = 400, extra: Record<string, unknown> = {}) => Response.json({ error, ...extra }, { status });
const issuesOf = (error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }) => ({ issues: error.issues.slice(0, 20).map((i) => ({ path: i.path.map(String).join("."), message: i.message })) });
const created = (id: string) => Response.json({ id }, { status: 201, headers: { Location: `/api/projects/${id}` } });

/**
 * Creates a project from a JSON document (as GET /api/projects/{id} gives it),
 * from text/plain, or from a .docx (the request body itself, or a multipart
 * field "file"). The committee is `committeeId` (in the JSON, or as a query
 * parameter), or the caller's only one. Answers 201 with { id }. Bad input
 * gets 400/413/415 with a reason, never 500.
 */
export async function POST(request: Request) {
  // A cookie-authenticated change: only from the site itself (Origin), as server actions.
  const crossSite = crossSiteRefusal(request);
  if (crossSite) return crossSite;
  const { actor, error } = await apiActor();
  if (error) return error;
  if (!can(actor, "project:create")) return forbiddenResponse();
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > maxBytes) return bad("too large", 413);
  const supported = ["application/json", "text/plain", "multipart/form-data", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"];
  if (!supported.some((s) => type.startsWith(s))) return bad("unsupported media type: send application/json, text/plain, a .docx or multipart/form-data", 415);
  const committees = committeesWhere(actor, "project:create");
  const query = new URL(request.url).searchParams.get("committeeId");

  if (type.startsWith("application/json")) {
    const raw = await request.text();
    if (raw.length > maxBytes) return bad("too large", 413);
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      return bad("not JSON");
    }
    const fromBody = typeof body === "object" && body !== null && "committeeId" in body ? String((body as { committeeId: unknown }).committeeId) : null;
    const committeeId = fromBody ?? query ?? (committees.length === 1 ? committees[0]! : "");
    if (!committees.includes(committeeId)) return bad("committeeId: choose one of your committees", 400, { committees });
    const parsed = projectDocumentSchema.safeParse(body);
    if (!parsed.success) return bad("invalid project document", 400, issuesOf(parsed.error));
    return created((await createProject(actor, committeeId, asDocument(parsed.data), { note: "Importeret via API (JSON)" })).id);
  }

  const committeeId = query ?? (committees.length === 1 ? committees[0]! : "");
  if (!committees.includes(committeeId)) return bad("committeeId: choose one of your committees (query parameter)", 400, { committees });
  let input: { text?: string; file?: { name: string; bytes: Uint8Array } };
  if (type.startsWith("text/plain")) input = { text: await request.text() };
  else if (type.startsWith("multipart/form-data")) {
    const form = await request.formData().catch(() => null);
    const file = form?.get("file");
    if (!file || typeof file === "string") return bad('multipart: send the document in the field "file"');
    input = { file: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } };
  } else input = { file: { name: "upload.docx", bytes: new Uint8Array(await request.arrayBuffer()) } };

  try {
    const text = await importSourceText(input);
    const { doc } = importText(text);
    const parsed = projectDocumentSchema.safeParse(doc);
    if (!parsed.success) return bad("the document could not be read into a valid project", 400, issuesOf(parsed.error));
    return created((await createProject(actor, committeeId, asDocument(parsed.data), { note: "Importeret via API" })).id);
  } catch (e) {
    if (e instanceof UserError) return bad(e.messageKey, e.messageKey === "projectEdit.importTooLarge" ? 413 : e.messageKey === "projectEdit.importBinary" || e.messageKey === "projectEdit.importType" ? 415 : 400);
    throw e;
  }
}
