import "server-only";
import { randomUUID } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import { audit } from "@/lib/audit";
import { assertCan, can, committeesWhere, ForbiddenError, type Actor } from "@/lib/auth/permissions";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/actions/errors";
import { slugify } from "@/lib/calls/model";
import type { ProjectDocument } from "./document";
import { readProjectDocument } from "./read";
import { versionNote } from "./notes";
import { actorOnProject, mayEditProject } from "./access";
import { writeProject, type WriteContext } from "./write";
import { asDocument, projectDocumentSchema, slugPattern } from "./document-schema";
import { importText } from "./import/parse";
import { templateForCommittee } from "@/lib/templates/queries";
import { importSourceText } from "./import/source";

/** Staff with project:edit edit every project of their committee; a member edits only the projects they are on. */
export async function assertCanEditProject(actor: Actor, projectId: string) {
  const project = await db().project.findFirst({
    where: { id: projectId, deletedAt: null, committeeId: { in: committeesWhere(actor, "project:read") } },
    select: { id: true, committeeId: true, version: true, parentId: true, templateId: true, ...actorOnProject(actor) },
  });
  if (!project) throw new NotFoundError();
  if (!mayEditProject(actor, project)) throw new ForbiddenError("project:edit");
  return project;
}

async function contextFor(
  tx: Tx,
  committeeId: string,
  actor: Actor,
  doc: ProjectDocument,
  note: string,
): Promise<WriteContext> {
  const emails = new Set<string>();
  const walk = (d: ProjectDocument) => {
    for (const p of d.people ?? []) if (p.userEmail) emails.add(p.userEmail);
    d.children?.forEach(walk);
  };
  walk(doc);
  const [users, goals, pool] = await Promise.all([
    tx.user.findMany({ where: { email: { in: [...emails] } }, select: { id: true, email: true } }),
    tx.planGoal.findMany({
      where: { deletedAt: null, plan: { committeeId, deletedAt: null } },
      select: { id: true, code: true },
    }),
    tx.pool.findFirst({ where: { committeeId, deletedAt: null }, select: { id: true } }),
  ]);
  return {
    committeeId,
    poolId: pool?.id,
    createdById: actor.id,
    userIdByEmail: new Map(users.map((u) => [u.email, u.id])),
    planGoalIdByCode: new Map(goals.map((g) => [g.code, g.id])),
    note,
  };
}

/** A slug is unique across projects; a taken one is a message next to the field, not a database error. */
async function assertSlugFree(tx: Tx, projectId: string, slug: string) {
  if (!slugPattern.test(slug)) throw new ValidationError({ slug: "projectSafety.slugInvalid" });
  const taken = await tx.project.findFirst({ where: { slug, id: { not: projectId } }, select: { id: true } });
  if (taken) throw new ValidationError({ slug: "projectSafety.slugTaken" });
}

/**
 * A person linked to a user account may edit the project, so linking an
 * account the project (or intervention) did not have takes project:people.
 * Names, roles and links already there may be edited by any editor.
 */
async function assertMayLinkPeople(
  tx: Tx,
  actor: Actor,
  committeeId: string,
  doc: ProjectDocument,
  userIdByEmail: Map<string, string>,
) {
  if (can(actor, "project:people", committeeId)) return;
  const ids: string[] = [];
  const collect = (d: ProjectDocument) => (ids.push(d.id), d.children?.forEach(collect));
  collect(doc);
  const linked = await tx.projectPerson.findMany({
    where: { projectId: { in: ids }, userId: { not: null } },
    select: { projectId: true, userId: true },
  });
  const had = new Set(linked.map((p) => `${p.projectId}:${p.userId}`));
  const errors: Record<string, string> = {};
  const walk = (d: ProjectDocument, path: string) => {
    d.people?.forEach((p, i) => {
      const userId = p.userEmail ? userIdByEmail.get(p.userEmail) : undefined;
      if (userId && !had.has(`${d.id}:${userId}`))
        errors[`${path}people.${i}.userEmail`] = "projectSafety.peopleLinkForbidden";
    });
    d.children?.forEach((c, i) => walk(c, `${path}children.${i}.`));
  };
  walk(doc, "");
  if (Object.keys(errors).length) throw new ValidationError(errors);
}

/**
 * Interventions the project already has (deleted ones too: a restore brings
 * them back) keep their id, slug and status; new ones, or ids that are not
 * this project's, get fresh ids and start as drafts. Only the workflow moves
 * a status, and only the project's own slug is the editor's to change.
 */
async function withKnownInterventions(tx: Tx, doc: ProjectDocument): Promise<ProjectDocument> {
  if (!doc.children) return doc;
  const rows = await tx.project.findMany({
    where: { parentId: doc.id },
    select: { id: true, slug: true, status: true },
  });
  const known = new Map(rows.map((c) => [c.id, c]));
  const slugs = new Map<string, string>();
  const children: ProjectDocument[] = [];
  for (const c of doc.children) {
    const had = known.get(c.id);
    const fresh = {
      id: randomUUID(),
      slug: `${slugify(c.title).slice(0, 60) || "indsats"}-${randomUUID().slice(0, 8)}`,
      status: "DRAFT" as const,
    };
    const next = had ? { ...c, slug: had.slug, status: had.status } : { ...c, ...fresh };
    slugs.set(c.slug, next.slug);
    children.push(await withKnownInterventions(tx, next));
  }
  return relinkInterventions({ ...doc, children }, slugs);
}

/** A document whose interventions got new slugs, with its budget lines and quarter plan pointing at the new ones. */
function relinkInterventions(doc: ProjectDocument, slugs: Map<string, string>): ProjectDocument {
  const to = (slug?: string) => (slug === undefined ? undefined : (slugs.get(slug) ?? slug));
  return {
    ...doc,
    budget: doc.budget?.map((l) => ({ ...l, interventionSlug: to(l.interventionSlug) })),
    quarterPlan: doc.quarterPlan?.map((s) => ({ ...s, interventionSlug: to(s.interventionSlug) })),
  };
}

/** New ids and slugs for a document and its interventions; references between them follow. */
export function withFreshIds(doc: ProjectDocument): ProjectDocument {
  const suffix = randomUUID().slice(0, 8);
  const slugs = new Map<string, string>();
  const renew = (d: ProjectDocument): ProjectDocument => {
    const slug = `${slugify(d.title).slice(0, 60) || "projekt"}-${suffix}${slugs.size ? `-${slugs.size}` : ""}`;
    slugs.set(d.slug, slug);
    return { ...d, id: randomUUID(), slug, children: d.children?.map(renew) };
  };
  const fresh = renew(doc);
  const relink = (d: ProjectDocument): ProjectDocument => ({
    ...d,
    budget: d.budget?.map((l) => ({
      ...l,
      interventionSlug: l.interventionSlug ? (slugs.get(l.interventionSlug) ?? undefined) : undefined,
    })),
    quarterPlan: d.quarterPlan?.map((s) => ({
      ...s,
      interventionSlug: s.interventionSlug ? (slugs.get(s.interventionSlug) ?? undefined) : undefined,
    })),
    children: d.children?.map(relink),
  });
  return relink(fresh);
}

/** A new project from a document (the editor's "new", an import, the API). */
export async function createProject(
  actor: Actor,
  committeeId: string,
  doc: ProjectDocument,
  opts: { templateId?: string; note?: string } = {},
): Promise<{ id: string }> {
  assertCan(actor, "project:create", committeeId);
  const fresh = withFreshIds(doc);
  const template = opts.templateId
    ? await db().template.findFirst({
        where: { id: opts.templateId, deletedAt: null, OR: [{ committeeId }, { committeeId: null }] },
        select: { id: true },
      })
    : null;
  return db().$transaction(async (tx) => {
    const ctx = await contextFor(tx, committeeId, actor, fresh, opts.note ?? versionNote("created"));
    await assertMayLinkPeople(tx, actor, committeeId, fresh, ctx.userIdByEmail);
    await writeProject(tx, fresh, { ...ctx, templateId: template?.id });
    await audit(tx, {
      actorId: actor.id,
      actorLabel: actor.email,
      action: "project.create",
      entityType: "Project",
      entityId: fresh.id,
      committeeId,
      changes: { title: fresh.title, note: opts.note ?? "" },
    });
    return { id: fresh.id };
  });
}

/**
 * Saves a new version of a project over the version the editor started from.
 * If someone saved in between, nothing is written: a ConflictError, and the
 * history shows the other change.
 */
export async function saveProject(
  actor: Actor,
  projectId: string,
  expectedVersion: number,
  doc: ProjectDocument,
  note = "",
): Promise<{ version: number }> {
  const project = await assertCanEditProject(actor, projectId);
  if (project.version !== expectedVersion) throw new ConflictError("project version");
  return db().$transaction(async (tx) => {
    const { count } = await tx.project.updateMany({
      where: { id: projectId, version: expectedVersion },
      data: { version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError("project version");
    const kept = await withKnownInterventions(tx, { ...doc, id: projectId });
    await assertSlugFree(tx, projectId, kept.slug);
    const ctx = await contextFor(tx, project.committeeId, actor, kept, note);
    await assertMayLinkPeople(tx, actor, project.committeeId, kept, ctx.userIdByEmail);
    await writeProject(
      tx,
      kept,
      { ...ctx, templateId: project.templateId ?? undefined },
      project.parentId ?? undefined,
      0,
      "replace",
    );
    const version = expectedVersion + 1;
    const snapshot = await readProjectDocument(tx, projectId);
    await tx.projectVersion.create({
      data: { projectId, version, snapshot: JSON.parse(JSON.stringify(snapshot)), note, createdById: actor.id },
    });
    await audit(tx, {
      actorId: actor.id,
      actorLabel: actor.email,
      action: "project.save",
      entityType: "Project",
      entityId: projectId,
      committeeId: project.committeeId,
      changes: { version, note },
    });
    return { version };
  });
}

/** Restores an earlier version as a new version (nothing in between is lost: it stays in the history). */
export async function restoreVersion(
  actor: Actor,
  projectId: string,
  expectedVersion: number,
  restoreFrom: number,
): Promise<{ version: number }> {
  await assertCanEditProject(actor, projectId);
  const old = await db().projectVersion.findUnique({
    where: { projectId_version: { projectId, version: restoreFrom } },
    select: { snapshot: true },
  });
  if (!old) throw new NotFoundError();
  return saveProject(
    actor,
    projectId,
    expectedVersion,
    old.snapshot as unknown as ProjectDocument,
    versionNote("restored", { from: restoreFrom }),
  );
}

/** A new, empty project on one of the committee's forms (its kind follows the form). */
export async function createProjectOnTemplate(
  actor: Actor,
  input: { committeeId: string; templateId: string; title: string },
  note: string,
): Promise<{ id: string }> {
  assertCan(actor, "project:create", input.committeeId);
  const template = input.templateId
    ? await db().template.findFirst({
        where: { id: input.templateId, deletedAt: null },
        select: { projectKind: true },
      })
    : null;
  return createProject(
    actor,
    input.committeeId,
    { id: "new", slug: "new", kind: template?.projectKind ?? "INTERNAL", title: input.title, status: "DRAFT" },
    { templateId: input.templateId || undefined, note },
  );
}

/** The import page's reviewed text, read again here and written as a new project. */
export async function importProjectText(
  actor: Actor,
  input: { text: string; committeeId: string; templateId: string },
  note: string,
): Promise<{ id: string }> {
  assertCan(actor, "project:create", input.committeeId);
  const text = await importSourceText({ text: input.text });
  const template = await templateForCommittee(actor, input.committeeId, input.templateId);
  if (template === "invalid") throw new ValidationError({ templateId: "projectEdit.templateInvalid" });
  const parsed = projectDocumentSchema.safeParse(importText(text, template?.reading).doc);
  if (!parsed.success) throw new ValidationError({});
  return createProject(actor, input.committeeId, asDocument(parsed.data), {
    templateId: input.templateId || undefined,
    note,
  });
}
