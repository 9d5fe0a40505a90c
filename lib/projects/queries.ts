import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { committeesWhere, type Actor } from "@/lib/auth/permissions";
import type { ProjectDocument } from "./document";
import { readProjectDocument } from "./read";
import { actorOnProject, mayEditProject } from "./access";
import { oreToNumber } from "@/lib/money";

// Reads start from the actor: the committee filter sits in the where clause.

export const listProjects = cache(async (actor: Actor) => {
  const committees = committeesWhere(actor, "project:read");
  const rows = await db().project.findMany({
    where: { committeeId: { in: committees }, deletedAt: null, parentId: null },
    orderBy: [{ committee: { name: "asc" } }, { updatedAt: "desc" }],
    select: {
      id: true,
      title: true,
      kind: true,
      status: true,
      periodText: true,
      updatedAt: true,
      committee: { select: { name: true } },
    },
  });
  return rows.map((r) => ({ ...r, committee: r.committee.name }));
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

/** A project as its editor opens it: the document, the version it starts from, and whether this actor may edit. */
export async function getProjectForEdit(actor: Actor, id: string) {
  const p = await db().project.findFirst({
    where: { id, deletedAt: null, committeeId: { in: committeesWhere(actor, "project:read") } },
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
}

/** Users' names by id, for "who" columns ("–" where unknown). */
async function namesOf(ids: readonly (string | null)[]): Promise<(id: string | null) => string> {
  const users = await db().user.findMany({
    where: { id: { in: ids.filter((x): x is string => Boolean(x)) } },
    select: { id: true, name: true },
  });
  const name = new Map(users.map((u) => [u.id, u.name]));
  return (id) => (id ? (name.get(id) ?? "–") : "–");
}

/** The version history, newest first, with who saved each version (the snapshots are read only for the two compared). */
export async function getProjectHistory(actor: Actor, id: string) {
  const p = await db().project.findFirst({
    where: { id, deletedAt: null, committeeId: { in: committeesWhere(actor, "project:read") } },
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
}

/** Saved versions' documents by number (for a project the caller has already read). */
export async function getVersionSnapshots(
  projectId: string,
  versions: readonly number[],
): Promise<Map<number, ProjectDocument>> {
  const rows = await db().projectVersion.findMany({
    where: { projectId, version: { in: [...versions] } },
    select: { version: true, snapshot: true },
  });
  return new Map(rows.map((r) => [r.version, r.snapshot as unknown as ProjectDocument]));
}

/** The status history, oldest first, with who made each move (for a project the caller has already read). */
export async function getStatusHistory(projectId: string) {
  const changes = await db().projectStatusChange.findMany({
    where: { projectId },
    orderBy: { at: "asc" },
    select: { id: true, from: true, to: true, note: true, at: true, byId: true },
  });
  const by = await namesOf(changes.map((c) => c.byId));
  return changes.map((c) => ({ ...c, by: by(c.byId) }));
}

/** Committees where the actor may create projects, each with its forms (templates) still in use: for "new" and "import". */
export async function committeesForNewProjects(actor: Actor) {
  return db().committee.findMany({
    where: { id: { in: committeesWhere(actor, "project:create") }, deletedAt: null },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      templates: { where: { deletedAt: null }, orderBy: { createdAt: "desc" }, select: { id: true, name: true } },
    },
  });
}
