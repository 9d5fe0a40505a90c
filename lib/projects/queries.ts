import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { can, committeesWhere, type Actor } from "@/lib/auth/permissions";
import type { ProjectDocument } from "./document";
import { missingRequiredSections, readProjectDocument } from "./read";
import { actorOnProject, mayEditProject } from "./access";
import { availableTransitions } from "./workflow";
import { oreToNumber } from "@/lib/money";
import type { Prisma } from "@/lib/generated/prisma/client";
import { projectListPageSize, type ProjectListFilters } from "./model";

// Reads start from the actor: the committee filter sits in the where clause.
const readable = (actor: Actor) => ({
  deletedAt: null,
  committeeId: { in: committeesWhere(actor, "project:read") },
});

/** One page of the projects the actor may read, filtered; the total tells how many pages there are. */
export const listProjects = cache(async (actor: Actor, filters: ProjectListFilters) => {
  const committees = committeesWhere(actor, "project:read");
  const where: Prisma.ProjectWhereInput = {
    committeeId: { in: committees },
    deletedAt: null,
    parentId: null,
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.q ? { title: { contains: filters.q, mode: "insensitive" as const } } : {}),
  };
  const [rows, total] = await Promise.all([
    db().project.findMany({
      where,
      orderBy: [{ committee: { name: "asc" } }, { updatedAt: "desc" }, { id: "asc" }],
      skip: (filters.page - 1) * projectListPageSize,
      take: projectListPageSize,
      select: {
        id: true,
        title: true,
        kind: true,
        status: true,
        periodText: true,
        updatedAt: true,
        committee: { select: { name: true } },
      },
    }),
    db().project.count({ where }),
  ]);
  return { items: rows.map((r) => ({ ...r, committee: r.committee.name })), total };
});

export const getProjectView = cache(async (actor: Actor, id: string) => {
  const committees = committeesWhere(actor, "project:read");
  const p = await db().project.findFirst({
    where: { id, committeeId: { in: committees }, deletedAt: null },
    include: {
      committee: { select: { id: true, name: true } },
      template: { select: { name: true, formTitle: true, sections: { orderBy: { position: "asc" } } } },
      people: { orderBy: { position: "asc" } },
      targetGroups: { orderBy: { position: "asc" } },
      goals: { orderBy: { position: "asc" } },
      planGoals: { select: { planGoal: { select: { code: true, title: true } } } },
      criteria: { orderBy: { position: "asc" }, include: { measurements: { orderBy: { measuredOn: "desc" } } } },
      partners: { orderBy: { position: "asc" } },
      communication: { orderBy: { position: "asc" } },
      timeline: { orderBy: { position: "asc" } },
      quarterSpans: { orderBy: { position: "asc" } },
      workRows: { orderBy: { position: "asc" }, include: { cells: true } },
      workRoles: { orderBy: { position: "asc" } },
      secretariatTasks: { orderBy: { position: "asc" } },
      staffing: { orderBy: { position: "asc" } },
      budgetLines: { orderBy: { position: "asc" } },
      funding: { orderBy: { position: "asc" } },
      statusReports: { orderBy: { createdAt: "asc" } },
      freeSections: { orderBy: { position: "asc" } },
      children: {
        where: { deletedAt: null },
        orderBy: { position: "asc" },
        include: { targetGroups: { orderBy: { position: "asc" } }, goals: { orderBy: { position: "asc" } } },
      },
    },
  });
  if (!p) return null;
  return {
    ...p,
    approvedAmountOre: oreToNumber(p.approvedAmountOre),
    budgetLines: p.budgetLines.map((l) => ({ ...l, amountOre: oreToNumber(l.amountOre) })),
    funding: p.funding.map((f) => ({ ...f, amountOre: oreToNumber(f.amountOre) })),
    workCells: p.workRows.flatMap((r) => r.cells),
  };
});

export type ProjectView = NonNullable<Awaited<ReturnType<typeof getProjectView>>>;

/**
 * A project's page: the project in its form, whether this person may edit it,
 * the status moves the workflow gives them, the status history, and what the
 * form still requires before a recommendation (only when they could make it).
 */
export const getProjectPage = cache(async (actor: Actor, id: string) => {
  const project = await getProjectView(actor, id);
  if (!project) return null;
  const canEdit = mayEditProject(actor, {
    committeeId: project.committee.id,
    people: project.people.filter((p) => p.userId === actor.id),
  });
  const moves = availableTransitions(project.status, {
    canEdit,
    canTransition: can(actor, "project:transition", project.committee.id),
  }).map((m) => ({ to: m.to, reason: m.needs?.reason === true }));
  const [history, missing] = await Promise.all([
    statusHistoryOf(project.id),
    moves.some((m) => m.to === "RECOMMENDED") ? missingRequiredSections(db(), project.id) : [],
  ]);
  return { project, canEdit, moves, history, missing };
});

export type ProjectPage = NonNullable<Awaited<ReturnType<typeof getProjectPage>>>;

/** The whole project (with its interventions) as one document, with its committee and version: the JSON export. */
export async function getProjectDocument(actor: Actor, id: string) {
  const visible = await db().project.findFirst({
    where: { id, ...readable(actor) },
    select: { id: true, version: true, committeeId: true },
  });
  if (!visible) return null;
  const doc = await readProjectDocument(db(), id);
  return doc ? { ...doc, committeeId: visible.committeeId, version: visible.version } : null;
}

/** The sections the project's form requires that are not written yet (for a project this person may read). */
export async function missingForRecommendation(actor: Actor, id: string) {
  const visible = await db().project.findFirst({ where: { id, ...readable(actor) }, select: { id: true } });
  return visible ? missingRequiredSections(db(), id) : [];
}

/** A project as its editor opens it: the document, the version it starts from, and whether this actor may edit. */
export const getProjectForEdit = cache(async (actor: Actor, id: string) => {
  const p = await db().project.findFirst({
    where: { id, ...readable(actor) },
    select: {
      id: true,
      title: true,
      version: true,
      updatedAt: true,
      committeeId: true,
      ...actorOnProject(actor),
      template: {
        select: {
          name: true,
          sections: {
            orderBy: { position: "asc" },
            select: { part: true, heading: true, helpText: true, required: true },
          },
        },
      },
    },
  });
  if (!p) return null;
  const doc = await readProjectDocument(db(), id);
  return { ...p, doc: doc!, canEdit: mayEditProject(actor, p) };
});

/** Users' names by id, for "who" columns ("–" where unknown). */
async function namesOf(ids: readonly (string | null)[]): Promise<(id: string | null) => string> {
  const users = await db().user.findMany({
    where: { id: { in: ids.filter((x): x is string => Boolean(x)) } },
    select: { id: true, name: true },
  });
  const name = new Map(users.map((u) => [u.id, u.name]));
  return (id) => (id ? (name.get(id) ?? "–") : "–");
}

/** The version history, newest first, with who saved each version (snapshots are read only for the two compared). */
export const getProjectHistory = cache(async (actor: Actor, id: string) => {
  const p = await db().project.findFirst({
    where: { id, ...readable(actor) },
    select: { id: true, title: true, version: true, committeeId: true, ...actorOnProject(actor) },
  });
  if (!p) return null;
  const versions = await db().projectVersion.findMany({
    where: { projectId: id },
    orderBy: { version: "desc" },
    select: { version: true, note: true, createdAt: true, createdById: true },
  });
  const by = await namesOf(versions.map((v) => v.createdById));
  return {
    ...p,
    canEdit: mayEditProject(actor, p),
    versions: versions.map((v) => ({
      version: v.version,
      note: v.note,
      createdAt: v.createdAt,
      by: by(v.createdById),
    })),
  };
});

/** Saved versions' documents by number, of a project this person may read. */
export async function getVersionSnapshots(
  actor: Actor,
  projectId: string,
  versions: readonly number[],
): Promise<Map<number, ProjectDocument>> {
  const rows = await db().projectVersion.findMany({
    where: { projectId, version: { in: [...versions] }, project: readable(actor) },
    select: { version: true, snapshot: true },
  });
  return new Map(rows.map((r) => [r.version, r.snapshot as unknown as ProjectDocument]));
}

/** The status history, oldest first, with who made each move, of a project this person may read. */
export async function getStatusHistory(actor: Actor, projectId: string) {
  const visible = await db().project.findFirst({ where: { id: projectId, ...readable(actor) }, select: { id: true } });
  return visible ? statusHistoryOf(projectId) : [];
}

async function statusHistoryOf(projectId: string) {
  const changes = await db().projectStatusChange.findMany({
    where: { projectId },
    orderBy: { at: "asc" },
    select: { id: true, from: true, to: true, note: true, at: true, byId: true },
  });
  const by = await namesOf(changes.map((c) => c.byId));
  return changes.map((c) => ({ ...c, by: by(c.byId) }));
}

/** Committees where the actor may create projects, each with its forms (templates) in use: for "new" and "import". */
export async function committeesForNewProjects(actor: Actor) {
  return db().committee.findMany({
    where: { id: { in: committeesWhere(actor, "project:create") }, deletedAt: null, archivedAt: null },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      templates: { where: { deletedAt: null }, orderBy: { createdAt: "desc" }, select: { id: true, name: true } },
    },
  });
}
