import { z } from "zod";
import { maxVersion } from "@/lib/actions/version";
import { ProjectKind, SectionPart } from "@/lib/generated/prisma/enums";

// The template forms, shared by the browser and the server. Messages are translation keys.

/** A ticked checkbox: true from react-hook-form, "on" when the browser posts the form itself. */
const ticked = z
  .union([z.boolean(), z.string()])
  .optional()
  .transform((v) => v === true || v === "on" || v === "true");

export const sectionSchema = z.object({
  id: z.string().max(100).optional().default(""),
  part: z.enum(SectionPart, { message: "templates.errors.partRequired" }),
  heading: z.string().trim().max(200, "templates.errors.tooLong"),
  helpText: z.string().trim().max(2000, "templates.errors.tooLong").default(""),
  inline: ticked,
  required: ticked,
});

const sections = z.array(sectionSchema).min(1, "templates.errors.titleMissing").max(60, "templates.errors.tooLong");

export const templateFormSchema = z.object({
  templateId: z.string().optional().default(""),
  version: z.coerce.number<string>().int().min(0).max(maxVersion),
  committeeId: z.string().min(1, "templates.errors.committeeRequired"),
  name: z.string().trim().min(2, "templates.errors.nameRequired").max(200, "templates.errors.tooLong"),
  formTitle: z.string().trim().max(200, "templates.errors.tooLong").default(""),
  projectKind: z.enum(ProjectKind, { message: "templates.errors.kindRequired" }),
  // A form whose every section was removed posts none.
  sections: z.preprocess((v) => v ?? [], sections) as unknown as typeof sections,
});
export type TemplateFormInput = z.output<typeof templateFormSchema>;

export const copyTemplateSchema = z.object({
  templateId: z.string().min(1),
  committeeId: z.string().min(1, "templates.errors.committeeRequired"),
  name: z.string().trim().min(2, "templates.errors.nameRequired").max(200, "templates.errors.tooLong"),
});

export const archiveTemplateSchema = z.object({
  templateId: z.string().min(1),
  version: z.coerce.number<string>().int().min(1).max(maxVersion),
});
