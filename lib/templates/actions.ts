"use server";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define";
import { UserError } from "@/lib/actions/errors";
import { readBlankForm } from "@/lib/projects/import/blank-form";
import { importSourceFromForm } from "@/lib/projects/import/source";
import { importPreviewSchema } from "@/lib/projects/schema";
import { archiveTemplate, copyTemplate, saveTemplate } from "./mutations";
import { archiveTemplateSchema, copyTemplateSchema, templateFormSchema } from "./schema";

/**
 * Reads a committee's blank form (.docx, .txt or pasted) into sections to
 * review in the template editor; nothing is saved until the editor saves.
 */
export const readBlankFormAction = defineAction({
  schema: importPreviewSchema,
  permission: "template:manage",
  run: async (_input, { formData }) => {
    const form = readBlankForm(await importSourceFromForm(formData));
    if (!form) throw new UserError("templates.import.noHeadings");
    return form;
  },
});

/** Saves a template (sections.N.field) over the version the editor started from; a new one opens on its own page. */
export const saveTemplateAction = defineAction({
  schema: templateFormSchema,
  permission: "template:manage",
  revalidate: "/templates",
  run: async (input, { actor }) => {
    const saved = await saveTemplate(actor, input);
    if (!input.templateId) redirect(`/templates/${saved.id}`);
    return saved;
  },
});

export const copyTemplateAction = defineAction({
  schema: copyTemplateSchema,
  permission: "template:manage",
  revalidate: "/templates",
  run: async (input, { actor }) => {
    const { id } = await copyTemplate(actor, input.templateId, input.committeeId, input.name);
    redirect(`/templates/${id}`);
  },
});

/** No longer offered for new projects; the list shows what is left. */
export const archiveTemplateAction = defineAction({
  schema: archiveTemplateSchema,
  permission: "template:manage",
  revalidate: "/templates",
  run: async (input, { actor }) => {
    await archiveTemplate(actor, input.templateId, input.version);
    redirect("/templates");
  },
});
