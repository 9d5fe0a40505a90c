import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/actions/errors";
import { templateChanges, templateIssues } from "./model";
import type { TemplateFormInput } from "./schema";
import { managedWhere } from "./queries";

const sectionFields = { id: true, part: true, heading: true, helpText: true, inline: true, required: true } as const;

/** A template the actor may manage (its committee's, or a shared one if they manage templates anywhere). */
async function managedTemplate(actor: Actor, id: string) {
  const template = await db().template.findFirst({
    where: { id, ...managedWhere(actor) },
    select: {
      id: true,
      committeeId: true,
      version: true,
      name: true,
      formTitle: true,
      projectKind: true,
      sections: { orderBy: { position: "asc" }, select: sectionFields },
    },
  });
  if (!template) throw new NotFoundError();
  return template;
}

/**
 * Creates a template, or saves one over the version the editor started from
 * (a later save is a conflict). Sections keep their ids, so the history can
 * say which heading changed; every save is audited with before and after.
 */
export async function saveTemplate(actor: Actor, input: TemplateFormInput): Promise<{ id: string; version: number }> {
  assertCan(actor, "template:manage");
  const existing = input.templateId ? await managedTemplate(actor, input.templateId) : null;
  const committeeId = existing ? existing.committeeId : input.committeeId;
  if (committeeId) assertCan(actor, "template:manage", committeeId);
  const issues = templateIssues(input.sections);
  if (Object.keys(issues).length) throw new ValidationError(issues);
  if (existing && existing.version !== input.version) throw new ConflictError("template version");

  return db().$transaction(async (tx) => {
    const data = { name: input.name, formTitle: input.formTitle, projectKind: input.projectKind };
    let id: string;
    let version: number;
    if (existing) {
      const { count } = await tx.template.updateMany({
        where: { id: existing.id, version: input.version },
        data: { ...data, version: { increment: 1 } },
      });
      if (count === 0) throw new ConflictError("template version");
      id = existing.id;
      version = input.version + 1;
    } else {
      ({ id, version } = await tx.template.create({
        data: { ...data, committeeId },
        select: { id: true, version: true },
      }));
    }
    const known = new Set((existing?.sections ?? []).map((s) => s.id));
    const keep = new Set(input.sections.map((s) => s.id).filter((sid) => known.has(sid)));
    const gone = [...known].filter((sid) => !keep.has(sid));
    if (gone.length) {
      // A project's free section keeps its text and prints under its own heading.
      await tx.freeSection.updateMany({
        where: { templateSectionId: { in: gone } },
        data: { templateSectionId: null },
      });
      await tx.templateSection.deleteMany({ where: { id: { in: gone } } });
    }
    for (const [position, s] of input.sections.entries()) {
      const row = {
        position,
        part: s.part,
        heading: s.heading,
        helpText: s.helpText,
        inline: s.inline,
        required: s.required,
      };
      if (keep.has(s.id)) await tx.templateSection.update({ where: { id: s.id }, data: row });
      else await tx.templateSection.create({ data: { ...row, templateId: id } });
    }
    const after = await tx.templateSection.findMany({
      where: { templateId: id },
      orderBy: { position: "asc" },
      select: sectionFields,
    });
    await audit(tx, {
      actorId: actor.id,
      actorLabel: actor.email,
      action: existing ? "template.update" : "template.create",
      entityType: "Template",
      entityId: id,
      committeeId,
      changes: {
        version,
        ...(existing && (existing.name !== input.name || existing.formTitle !== input.formTitle)
          ? { name: [existing.name, input.name], formTitle: [existing.formTitle, input.formTitle] }
          : {}),
        sections: templateChanges(existing?.sections ?? [], after),
        after: after.map(({ part, heading, helpText, inline, required }) => ({
          part,
          heading,
          helpText,
          inline,
          required,
        })),
      },
    });
    return { id, version };
  });
}

/** A copy to adapt: for another committee's form, or a new year's. */
export async function copyTemplate(
  actor: Actor,
  templateId: string,
  committeeId: string,
  name: string,
): Promise<{ id: string }> {
  const source = await managedTemplate(actor, templateId);
  assertCan(actor, "template:manage", committeeId);
  const { id } = await saveTemplate(actor, {
    templateId: "",
    version: 0,
    committeeId,
    name,
    formTitle: source.formTitle,
    projectKind: source.projectKind,
    sections: source.sections.map((s) => ({ ...s, id: "" })),
  });
  return { id };
}

/** Archived, not deleted: projects written on it still print in its words; it is no longer offered for new projects. */
export async function archiveTemplate(actor: Actor, templateId: string, version: number): Promise<void> {
  const template = await managedTemplate(actor, templateId);
  await db().$transaction(async (tx) => {
    const { count } = await tx.template.updateMany({
      where: { id: template.id, version, deletedAt: null },
      data: { deletedAt: new Date(), version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError("template version");
    await audit(tx, {
      actorId: actor.id,
      actorLabel: actor.email,
      action: "template.archive",
      entityType: "Template",
      entityId: template.id,
      committeeId: template.committeeId,
      changes: { name: template.name },
    });
  });
}
