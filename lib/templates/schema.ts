import { z } from "zod";
import { ProjectKind, SectionPart } from "@/lib/generated/prisma/enums";
import { rowsFromForm } from "@/lib/form-rows";

// The template form, shared by the browser and the server. Messages are translation keys.
export const sectionSchema = z.object({
  id: z.string().max(100).optional().default(""),
  part: z.enum(SectionPart, { message: "templates.errors.partRequired" }),
  heading: z.string().trim().max(200, "apply.tooLong"),
  helpText: z.string().trim().max(2000, "apply.tooLong").default(""),
  inline: z.boolean().default(false),
  required: z.boolean().default(false),
});

export const templateFormSchema = z.object({
  templateId: z.string().optional().default(""),
  version: z.coerce.number().int().min(0).default(0),
  committeeId: z.string().min(1, "callForm.committeeRequired"),
  name: z.string().trim().min(2, "templates.errors.nameRequired").max(200, "apply.tooLong"),
  formTitle: z.string().trim().max(200, "apply.tooLong").default(""),
  projectKind: z.enum(ProjectKind, { message: "templates.errors.kindRequired" }),
  sections: z.array(sectionSchema).min(1, "templates.errors.titleMissing").max(60, "apply.tooLong"),
});
export type TemplateFormInput = z.infer<typeof templateFormSchema>;

/** A native form's "sections.N.field" entries → the nested shape the schema reads. */
export function templateFromForm(formData: FormData): unknown {
  const field = (k: string) => formData.get(k) ?? "";
  return {
    templateId: field("templateId"),
    version: field("version") || 0,
    committeeId: field("committeeId"),
    name: field("name"),
    formTitle: field("formTitle"),
    projectKind: field("projectKind"),
    sections: rowsFromForm(formData, "sections", ["inline", "required"]).slice(0, 100),
  };
}
