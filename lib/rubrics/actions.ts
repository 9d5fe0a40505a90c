"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { handleForm, handleRowsForm, type FormState } from "@/lib/form-action";
import { copyRubric, saveRubric } from "./mutations";
import { rubricFormSchema, rubricFromForm } from "./schema";

/** Saves a rubric posted as criteria.N.field; a new one opens on its own page. */
export async function saveRubricAction(_previous: FormState, formData: FormData): Promise<FormState> {
  let created: string | null = null;
  const state = await handleRowsForm(
    formData,
    rubricFromForm,
    rubricFormSchema,
    async (actor, input) => {
      const { id } = await saveRubric(actor, input);
      if (!input.rubricId) created = id;
    },
    "/rubrics",
  );
  if (state?.ok && created) redirect(`/rubrics/${created}`);
  return state;
}

const copySchema = z.object({
  rubricId: z.string().min(1),
  name: z.string().trim().min(2, "rubric.nameRequired").max(200, "apply.tooLong"),
});

export async function copyRubricAction(_previous: FormState, formData: FormData): Promise<FormState> {
  let created: string | null = null;
  const state = await handleForm(
    formData,
    copySchema,
    async (actor, input) => {
      created = (await copyRubric(actor, input.rubricId, input.name)).id;
    },
    "/rubrics",
  );
  if (state?.ok && created) redirect(`/rubrics/${created}`);
  return state;
}
