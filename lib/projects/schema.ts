import { z } from "zod";
import { maxVersion } from "@/lib/actions/version";
import { ProjectStatus } from "@/lib/generated/prisma/enums";
import { documentFromForm, type ProjectFormValues } from "./editor-form";
import { projectDocumentSchema, type ParsedDocument } from "./document-schema";
import { importLimits } from "./import/limits";

// The project forms' schemas, shared by each form's resolver in the browser and
// its action on the server. Messages are translation keys.
export * from "./document-schema";

const id = z.string().min(1).max(100);
const version = z.coerce.number().int().min(1).max(maxVersion);

/** The editor: the posted form read as a document, saved over the version it was loaded at. */
export const projectSaveSchema = z.preprocess(
  documentFromForm,
  z.intersection(z.object({ projectId: id, version }), projectDocumentSchema),
) as unknown as z.ZodType<ProjectSaveInput, ProjectFormValues>;
export type ProjectSaveInput = ParsedDocument & { projectId: string; version: number };

export const restoreVersionSchema = z.object({ projectId: id, version, from: version });

export const newProjectSchema = z.object({
  committeeId: z.string().min(1, "projectEdit.committeeRequired"),
  templateId: z.string().optional().default(""),
  title: z.string().trim().min(2, "projectEdit.titleRequired").max(300, "projectEdit.tooLong"),
});
export type NewProjectInput = z.infer<typeof newProjectSchema>;

export const projectStatusSchema = z.object({
  projectId: id,
  expected: z.enum(ProjectStatus),
  to: z.enum(ProjectStatus, "projectWorkflow.errors.chooseStatus"),
  reason: z.string().max(4000, "projectEdit.tooLong").optional().default(""),
});

/** A chosen file over the cap is refused in the browser, before it is sent (the server reads the file itself). */
const fileWithinLimit = z
  .unknown()
  .optional()
  .refine((files) => {
    const first = (files as { length?: number; 0?: { size?: unknown } } | null | undefined)?.[0];
    return typeof first?.size !== "number" || first.size <= importLimits.maxBytes;
  }, "projectSafety.actionTooLarge");

export const importPreviewSchema = z.object({
  text: z.string().max(importLimits.maxBytes, "projectEdit.importTooLarge").optional().default(""),
  file: fileWithinLimit,
  // The committee's form to read against first ("" for the known headings only).
  templateId: z.string().max(100).optional().default(""),
});

export const importSaveSchema = z.object({
  text: z.string().min(1, "projectEdit.importEmpty").max(importLimits.maxBytes, "projectEdit.importTooLarge"),
  committeeId: z.string().min(1, "projectEdit.committeeRequired"),
  templateId: z.string().optional().default(""),
});
