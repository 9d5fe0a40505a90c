"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getActor } from "@/lib/auth/session";
import { UnauthenticatedError } from "@/lib/auth/permissions";
import { fieldErrorsFrom } from "@/lib/action-result";
import { formValues, handleForm, type FormState } from "@/lib/form-action";
import { runAction } from "@/lib/run-action";
import { getT } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n/translate";
import { copyRubric, saveRubric } from "./mutations";
import { rubricFormSchema, rubricFromForm } from "./schema";

/** Saves a rubric posted as criteria.N.field; a new one opens on its own page. */
export async function saveRubricAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  let created: string | null = null;
  const result = await runAction<{ submitted?: boolean }>(async () => {
    const actor = await getActor();
    if (!actor) throw new UnauthenticatedError();
    const t = await getT();
    const parsed = rubricFormSchema.safeParse(rubricFromForm(formData));
    if (!parsed.success) return { ok: false, message: t("errors.validation"), fieldErrors: fieldErrorsFrom(parsed.error.issues, (k) => t(k as MessageKey)) };
    const { id } = await saveRubric(actor, parsed.data);
    if (!parsed.data.rubricId) created = id;
    revalidatePath("/rubrics", "layout");
    return { ok: true, data: {} };
  });
  if (result.ok && created) redirect(`/rubrics/${created}`);
  return { ...result, values };
}

const copySchema = z.object({ rubricId: z.string().min(1), name: z.string().trim().min(2, "rubric.nameRequired").max(200, "apply.tooLong") });

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
