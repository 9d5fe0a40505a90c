import { apiActor, forbiddenResponse } from "@/lib/api";
import { crossSiteRefusal } from "@/lib/same-origin";
import { can, committeesWhere } from "@/lib/auth/permissions";
import { createProject } from "@/lib/projects/mutations";
import { asDocument, projectDocumentSchema } from "@/lib/projects/schema";
import { UserError, ValidationError } from "@/lib/actions/errors";
import { ForbiddenError, type Actor } from "@/lib/auth/permissions";
import { importText } from "@/lib/projects/import/parse";
import { importLimits, importSourceText } from "@/lib/projects/import/source";
import { versionNote } from "@/lib/projects/notes";
import { readCappedBody } from "@/lib/projects/import/body";
import { templateForCommittee } from "@/lib/templates/queries";
import { translatorFor } from "@/lib/i18n/translator";
import type { MessageKey } from "@/lib/i18n/messages";
import { isLocale } from "@/lib/i18n/config";

export const dynamic = "force-dynamic";

const maxBytes = importLimits.maxBytes;
// A multipart body carries the file plus its boundaries and headers.
const multipartOverhead = 64 * 1024;
const tooLarge = new Set([
  "projectEdit.importTooLarge",
  "projectSafety.bodyTooLarge",
  "projectSafety.docxTooLarge",
  "projectSafety.docxTooManyEntries",
  "projectSafety.tooManyLines",
]);
const unsupported = new Set(["projectEdit.importBinary", "projectEdit.importType"]);
const bad = (error: string, status = 400, extra: Record<string, unknown> = {}) =>
  Response.json({ error, ...extra }, { status });
const issuesOf = (error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }) => ({
  issues: error.issues.slice(0, 20).map((i) => ({ path: i.path.map(String).join("."), message: i.message })),
});
const created = (id: string) => Response.json({ id }, { status: 201, headers: { Location: `/api/projects/${id}` } });

/**
 * Creates a project from a JSON document (as GET /api/projects/{id} gives it),
 * from text/plain, or from a .docx (the request body itself, or a multipart
 * field "file"). The committee is `committeeId` (in the JSON, or as a query
 * parameter), or the caller's only one. `templateId` (optional, in the JSON or
 * as a query parameter) names the committee's form: a text or .docx is read
 * against it first, and the project is written on it. Answers 201 with { id }. Bad input
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
  if (length > maxBytes + multipartOverhead) return bad("too large", 413);
  const supported = [
    "application/json",
    "text/plain",
    "multipart/form-data",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ];
  if (!supported.some((s) => type.startsWith(s)))
    return bad("unsupported media type: send application/json, text/plain, a .docx or multipart/form-data", 415);
  try {
    return await importBody(request, actor, type);
  } catch (e) {
    // Expected refusals answer with the reason in the caller's language; anything else is a real error.
    const t = translatorFor(isLocale(actor.locale) ? actor.locale : "da");
    if (e instanceof UserError) {
      const status = tooLarge.has(e.messageKey) ? 413 : unsupported.has(e.messageKey) ? 415 : 400;
      return bad(e.messageKey, status, { message: t(e.messageKey as MessageKey) });
    }
    if (e instanceof ValidationError) {
      const issues = Object.entries(e.fieldErrors).map(([path, key]) => ({ path, message: t(key as MessageKey) }));
      return bad("invalid project document", 400, { message: t("errors.validation"), issues });
    }
    if (e instanceof ForbiddenError) return forbiddenResponse();
    throw e;
  }
}

/** The body, read with a cap that holds while it streams (a chunked body sends no Content-Length). */
async function importBody(request: Request, actor: Actor, type: string): Promise<Response> {
  const committees = committeesWhere(actor, "project:create");
  const params = new URL(request.url).searchParams;
  const query = params.get("committeeId");
  const multipart = type.startsWith("multipart/form-data");
  const bytes = await readCappedBody(request.body, multipart ? maxBytes + multipartOverhead : maxBytes);

  if (type.startsWith("application/json")) {
    let body: unknown;
    try {
      body = JSON.parse(new TextDecoder().decode(bytes));
    } catch {
      return bad("not JSON");
    }
    const fromBody =
      typeof body === "object" && body !== null && "committeeId" in body
        ? String((body as { committeeId: unknown }).committeeId)
        : null;
    const committeeId = fromBody ?? query ?? (committees.length === 1 ? committees[0]! : "");
    if (!committees.includes(committeeId))
      return bad("committeeId: choose one of your committees", 400, { committees });
    const field = typeof body === "object" && body !== null && "templateId" in body ? body.templateId : undefined;
    const template = await templateForCommittee(
      actor,
      committeeId,
      typeof field === "string" ? field : params.get("templateId"),
    );
    if (template === "invalid") return bad("templateId: choose one of the committee's templates");
    const parsed = projectDocumentSchema.safeParse(body);
    if (!parsed.success) return bad("invalid project document", 400, issuesOf(parsed.error));
    const opts = { note: versionNote("importedJson"), templateId: template?.id };
    return created((await createProject(actor, committeeId, asDocument(parsed.data), opts)).id);
  }

  const committeeId = query ?? (committees.length === 1 ? committees[0]! : "");
  if (!committees.includes(committeeId))
    return bad("committeeId: choose one of your committees (query parameter)", 400, { committees });
  const template = await templateForCommittee(actor, committeeId, params.get("templateId"));
  if (template === "invalid") return bad("templateId: choose one of the committee's templates (query parameter)");
  let input: { text?: string; file?: { name: string; bytes: Uint8Array } };
  if (type.startsWith("text/plain")) input = { text: new TextDecoder().decode(bytes) };
  else if (multipart) {
    // The boundary is case-sensitive: parse with the header as sent.
    const headers = { "content-type": request.headers.get("content-type") ?? type };
    const form = await new Response(bytes, { headers }).formData().catch(() => null);
    const file = form?.get("file");
    if (!file || typeof file === "string") return bad('multipart: send the document in the field "file"');
    input = { file: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } };
  } else input = { file: { name: "upload.docx", bytes } };

  const text = await importSourceText(input);
  // Read against the committee's form first, and written on it: the project prints in the form's order and words.
  const { doc } = importText(text, template?.reading);
  const parsed = projectDocumentSchema.safeParse(doc);
  if (!parsed.success) return bad("the document could not be read into a valid project", 400, issuesOf(parsed.error));
  const opts = { note: versionNote("importedApi"), templateId: template?.id };
  return created((await createProject(actor, committeeId, asDocument(parsed.data), opts)).id);
}
