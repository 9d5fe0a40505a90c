import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { committeesWhere, type Actor } from "@/lib/auth/permissions";
import { templateHeadings } from "@/lib/projects/import/blank-form";
import type { TemplateChange } from "./model";

// Reads start from the actor: the committee filter sits in the where clause.
/** The templates the actor manages: their committees', and the shared ones if they manage templates anywhere. */
export const managedWhere = (actor: Actor) => {
  const committees = committeesWhere(actor, "template:manage");
  return {
    deletedAt: null,
    OR: [{ committeeId: { in: committees } }, ...(committees.length ? [{ committeeId: null }] : [])],
  };
};

export async function listTemplates(actor: Actor) {
  const rows = await db().template.findMany({
    where: managedWhere(actor),
    orderBy: [{ committee: { name: "asc" } }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      projectKind: true,
      updatedAt: true,
      committee: { select: { name: true } },
      _count: { select: { sections: true, projects: { where: { deletedAt: null } } } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    projectKind: r.projectKind,
    updatedAt: r.updatedAt,
    committee: r.committee?.name ?? null,
    sections: r._count.sections,
    projects: r._count.projects,
  }));
}

/** A template to edit, with the projects written on it and its history (who, when, what) from the audit log. */
export const getTemplate = cache(async (actor: Actor, id: string) => {
  const template = await db().template.findFirst({
    where: { id, ...managedWhere(actor) },
    select: {
      id: true,
      committeeId: true,
      name: true,
      formTitle: true,
      projectKind: true,
      version: true,
      committee: { select: { name: true } },
      sections: {
        orderBy: { position: "asc" },
        select: { id: true, part: true, heading: true, helpText: true, inline: true, required: true },
      },
      projects: {
        where: { deletedAt: null, parentId: null },
        orderBy: { title: "asc" },
        select: { id: true, title: true },
      },
    },
  });
  if (!template) return null;
  const history = await db().auditEntry.findMany({
    where: { entityType: "Template", entityId: id },
    orderBy: { at: "desc" },
    take: 50,
    select: { id: true, at: true, action: true, changes: true, actor: { select: { name: true } }, actorLabel: true },
  });
  return {
    ...template,
    history: history.map((h) => {
      const c = (h.changes ?? {}) as { version?: number; sections?: TemplateChange[]; name?: [string, string] };
      return {
        id: h.id,
        at: h.at,
        action: h.action,
        by: h.actor?.name ?? h.actorLabel,
        version: c.version ?? null,
        changes: c.sections ?? [],
        renamed: c.name && c.name[0] !== c.name[1] ? c.name : null,
      };
    }),
  };
});

/** Committees where the actor may make templates, for the "new" and "copy" forms. */
export async function templateCommittees(actor: Actor) {
  return db().committee.findMany({
    where: { id: { in: committeesWhere(actor, "template:manage") }, deletedAt: null, archivedAt: null },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

/**
 * A form an import is read against: a template of a committee where the actor
 * may create projects, or a shared one; null when there is no such template.
 */
export async function templateForImport(actor: Actor, templateId: string) {
  if (!templateId) return null;
  const committees = committeesWhere(actor, "project:create");
  const template = await db().template.findFirst({
    where: {
      id: templateId,
      deletedAt: null,
      OR: [{ committeeId: { in: committees } }, ...(committees.length ? [{ committeeId: null }] : [])],
    },
    select: {
      id: true,
      committeeId: true,
      formTitle: true,
      sections: { orderBy: { position: "asc" }, select: { part: true, heading: true } },
    },
  });
  if (!template) return null;
  return { ...template, reading: { formTitle: template.formTitle, headings: templateHeadings(template.sections) } };
}

/**
 * The form a project of `committeeId` is imported on: null when none is asked
 * for, "invalid" when the template is neither that committee's nor shared, or
 * one the actor cannot use. The one rule for the import page and the API.
 */
export async function templateForCommittee(actor: Actor, committeeId: string, templateId: string | null | undefined) {
  if (!templateId) return null;
  const template = await templateForImport(actor, templateId);
  if (!template || (template.committeeId !== null && template.committeeId !== committeeId)) return "invalid" as const;
  return template;
}
