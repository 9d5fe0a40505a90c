"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { z } from "zod";
import { getActor } from "@/lib/auth/session";
import { assertCan, UnauthenticatedError } from "@/lib/auth/permissions";
import { runAction } from "@/lib/run-action";
import { ConflictError, UserError } from "@/lib/actions/errors";
import { fieldErrorsFrom, type ActionResult } from "@/lib/actions/legacy";
import { handleForm, type FormState } from "@/lib/form-action";
import type { MessageKey } from "@/lib/i18n/messages";
import { getTranslations } from "next-intl/server";
import { budgetLinesOf, budgetTotal } from "./model";
import { changeProjectStatus, createProject, restoreVersion, saveProject } from "./mutations";
import { parseKroner } from "@/lib/applications/model";
import { ProjectStatus } from "@/lib/generated/prisma/enums";
import { importText } from "./import/parse";
import { importLimits, importSourceText } from "./import/source";
import { asDocument, projectDocumentSchema } from "./schema";

export type ImportPreview = {
  text: string;
  title: string;
  kind: string;
  mapped: { heading: string; part: string }[];
  free: string[];
  budgetOre: number;
  hours: number | null;
  criteria: number;
  timeline: number;
  children: number;
  people: { name: string; uncertain: boolean }[];
  spans: number;
};

/** The same limits as the import API: a file or text over the cap is refused before it is read or parsed. */
async function readSource(formData: FormData) {
  const file = formData.get("file");
  const pasted = formData.get("text");
  if (file && typeof file !== "string" && file.size > importLimits.maxBytes)
    throw new UserError("projectEdit.importTooLarge");
  if (typeof pasted === "string" && pasted.length > importLimits.maxBytes)
    throw new UserError("projectEdit.importTooLarge");
  return importSourceText({
    text: String(formData.get("text") ?? ""),
    file:
      file && typeof file !== "string" && file.size > 0
        ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }
        : undefined,
  });
}

/** Reads a pasted text or an uploaded .txt/.docx and shows how it was understood; nothing is saved yet. */
export async function previewImportAction(formData: FormData): Promise<ActionResult<ImportPreview>> {
  return runAction(async () => {
    const actor = await getActor();
    if (!actor) throw new UnauthenticatedError();
    assertCan(actor, "project:create");
    const text = await readSource(formData);
    const { doc, mapped, free } = importText(text);
    return {
      ok: true,
      data: {
        text,
        title: doc.title,
        kind: doc.kind,
        mapped,
        free,
        budgetOre: budgetTotal(budgetLinesOf(doc.budget)),
        hours: doc.secretariatHoursEstimate === undefined ? null : doc.secretariatHoursEstimate / 60,
        criteria: doc.criteria?.length ?? 0,
        timeline: doc.timeline?.length ?? 0,
        children: doc.children?.length ?? 0,
        people: (doc.people ?? []).map((p) => ({ name: p.name, uncertain: p.uncertain === true })),
        spans: doc.quarterPlan?.length ?? 0,
      },
    };
  });
}

const saveSchema = z.object({
  text: z
    .string()
    .min(1)
    .max(5 * 1024 * 1024),
  committeeId: z.string().min(1),
  templateId: z.string().optional().default(""),
});

/** Saves the reviewed import: the same text is read again on the server and written as a new project. */
export async function saveImportAction(formData: FormData): Promise<ActionResult<{ id: string }>> {
  return runAction<{ id: string }>(async () => {
    const actor = await getActor();
    if (!actor) throw new UnauthenticatedError();
    const pasted = formData.get("text");
    if (typeof pasted === "string" && pasted.length > importLimits.maxBytes)
      throw new UserError("projectEdit.importTooLarge");
    const input = saveSchema.safeParse(Object.fromEntries(formData.entries()));
    if (!input.success) return { ok: false, message: (await getTranslations())("errors.validation") };
    const text = await importSourceText({ text: input.data.text });
    const parsed = projectDocumentSchema.safeParse(importText(text).doc);
    if (!parsed.success) return { ok: false, message: (await getTranslations())("errors.validation") };
    const { id } = await createProject(actor, input.data.committeeId, asDocument(parsed.data), {
      templateId: input.data.templateId || undefined,
      note: "Importeret",
    });
    revalidatePath("/projects", "layout");
    return { ok: true, data: { id } };
  });
}

/**
 * Saves the editor's document over the version it started from. Field errors
 * come back by path ("budget.0.amountOre"); a newer version saved by someone
 * else comes back as a conflict message, and nothing is written.
 */
export async function saveProjectAction(
  projectId: string,
  version: number,
  json: string,
): Promise<ActionResult<{ version: number }>> {
  return runAction<{ version: number }>(async () => {
    const actor = await getActor();
    if (!actor) throw new UnauthenticatedError();
    const t = await getTranslations();
    let raw: unknown;
    try {
      raw = JSON.parse(json);
    } catch {
      return { ok: false, message: t("errors.validation") };
    }
    const parsed = projectDocumentSchema.safeParse(raw);
    if (!parsed.success)
      return {
        ok: false,
        message: t("errors.validation"),
        fieldErrors: fieldErrorsFrom(parsed.error.issues, (k) => t(k as MessageKey)),
      };
    try {
      const saved = await saveProject(actor, projectId, version, asDocument(parsed.data), "Gemt i editoren");
      revalidatePath(`/projects/${projectId}`, "layout");
      return { ok: true, data: saved };
    } catch (e) {
      if (e instanceof ConflictError) return { ok: false, message: t("projectEdit.conflict") };
      throw e;
    }
  });
}

const restoreSchema = z.object({
  projectId: z.string().min(1),
  version: z.coerce.number().int().min(1),
  from: z.coerce.number().int().min(1),
});

export async function restoreVersionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return handleForm(
    formData,
    restoreSchema,
    (actor, input) => restoreVersion(actor, input.projectId, input.version, input.from),
    "/projects",
  );
}

const newProjectSchema = z.object({
  committeeId: z.string().min(1, "callForm.committeeRequired"),
  templateId: z.string().optional().default(""),
  title: z.string().trim().min(2, "projectEdit.titleRequired").max(300, "apply.tooLong"),
});

/** A new, empty project on a committee's template, opened in the editor. */
export async function createProjectAction(_previous: FormState, formData: FormData): Promise<FormState> {
  let created: string | null = null;
  const state = await handleForm(
    formData,
    newProjectSchema,
    async (actor, input) => {
      const template = input.templateId
        ? await db().template.findFirst({
            where: { id: input.templateId, deletedAt: null },
            select: { projectKind: true },
          })
        : null;
      const { id } = await createProject(
        actor,
        input.committeeId,
        { id: "new", slug: "new", kind: template?.projectKind ?? "INTERNAL", title: input.title, status: "DRAFT" },
        { templateId: input.templateId || undefined, note: "Oprettet" },
      );
      created = id;
    },
    "/projects",
  );
  if (state?.ok && created) redirect(`/projects/${created}/edit`);
  return state;
}

const statusSchema = z.object({
  projectId: z.string().min(1),
  expected: z.enum(ProjectStatus),
  to: z.enum(ProjectStatus, "projectWorkflow.errors.chooseStatus"),
  amount: z
    .string()
    .trim()
    .max(30, "callForm.amountInvalid")
    .refine((v) => v === "" || parseKroner(v) !== null, "callForm.amountInvalid")
    .optional()
    .default(""),
  reason: z.string().max(4000, "apply.tooLong").optional().default(""),
});

/** A move in the project's workflow, as the workflow allows this person; the form keeps what was typed. */
export async function changeProjectStatusAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return handleForm(
    formData,
    statusSchema,
    (actor, input) =>
      changeProjectStatus(actor, input.projectId, input.expected, {
        to: input.to,
        amountOre: input.amount === "" ? null : parseKroner(input.amount),
        reason: input.reason,
      }),
    "/projects",
  );
}
