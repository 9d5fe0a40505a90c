"use server";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define";
import { copyRubric, saveRubric } from "./mutations";
import { copyRubricSchema, rubricFormSchema } from "./schema";

/** Saves a rubric posted as criteria.N.field; a new one opens on its own page. */
export const saveRubricAction = defineAction({
  schema: rubricFormSchema,
  permission: "call:manage",
  revalidate: "/rubrics",
  run: async (input, { actor }) => {
    const { id } = await saveRubric(actor, input);
    if (!input.rubricId) redirect(`/rubrics/${id}`);
    return { id };
  },
});

/** The copy opens on its own page, ready to edit. */
export const copyRubricAction = defineAction({
  schema: copyRubricSchema,
  permission: "call:manage",
  revalidate: "/rubrics",
  run: async (input, { actor }) => {
    const { id } = await copyRubric(actor, input.rubricId, input.name);
    redirect(`/rubrics/${id}`);
  },
});
