"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { handleForm, handleRowsForm, type FormState } from "@/lib/form-action";
import { archiveTemplate, copyTemplate, saveTemplate } from "./mutations";
import { templateFormSchema, templateFromForm } from "./schema";

/** Saves a template posted as sections.N.field over the version the editor started from; a new one opens on its own page. */
export async function saveTemplateAction(_previous: FormState, formData: FormData): Promise<FormState> {
  let created: string | null = null;
  const state = await handleRowsForm(
    formData,
    templateFromForm,
    templateFormSchema,
    async (actor, input) => {
      const { id } = await saveTemplate(actor, input);
      if (!input.templateId) created = id;
    },
    "/templates",
  );
  if (state?.ok && created) redirect(`/templates/${created}`);
  return state;
}

const copySchema = z.object({
  templateId: z.string().min(1),
  committeeId: z.string().min(1, "callForm.committeeRequired"),
  name: z.string().trim().min(2, "templates.errors.nameRequired").max(200, "apply.tooLong"),
});

export async function copyTemplateAction(_previous: FormState, formData: FormData): Promise<FormState> {
  let created: string | null = null;
  const state = await handleForm(
    formData,
    copySchema,
    async (actor, input) => {
      created = (await copyTemplate(actor, input.templateId, input.committeeId, input.name)).id;
    },
    "/templates",
  );
  if (state?.ok && created) redirect(`/templates/${created}`);
  return state;
}

const archiveSchema = z.object({ templateId: z.string().min(1), version: z.coerce.number().int().min(1) });

export async function archiveTemplateAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const state = await handleForm(
    formData,
    archiveSchema,
    (actor, input) => archiveTemplate(actor, input.templateId, input.version),
    "/templates",
  );
  if (state?.ok) redirect("/templates");
  return state;
}
