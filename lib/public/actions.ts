"use server";
import { revalidatePath, updateTag } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { UnauthenticatedError } from "@/lib/auth/permissions";
import { fieldErrorsFrom } from "@/lib/actions/legacy";
import { formValues, handleForm, type FormState } from "@/lib/form-action";
import { runAction } from "@/lib/run-action";
import { getTranslations } from "next-intl/server";
import type { MessageKey } from "@/lib/i18n/messages";
import { publishInitiative, unpublishInitiative } from "./mutations";
import { publicTag } from "./queries";
import { publishSchema, unpublishSchema } from "./schema";

/** Publishing posts the chosen photos as repeated "photoIds" fields. */
export async function publishInitiativeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = { ...formValues(formData), photoIds: formData.getAll("photoIds").map(String).join(",") };
  const result = await runAction<{ submitted?: boolean }>(async () => {
    const actor = await getActor();
    if (!actor) throw new UnauthenticatedError();
    const t = await getTranslations();
    const parsed = publishSchema.safeParse({ ...values, photoIds: formData.getAll("photoIds").map(String) });
    if (!parsed.success)
      return {
        ok: false,
        message: t("errors.validation"),
        fieldErrors: fieldErrorsFrom(parsed.error.issues, (k) => t(k as MessageKey)),
      };
    await publishInitiative(actor, parsed.data);
    updateTag(publicTag);
    revalidatePath("/", "layout");
    return { ok: true, data: {} };
  });
  return { ...result, values };
}

export async function unpublishInitiativeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const state = await handleForm(
    formData,
    unpublishSchema,
    (actor, input) => unpublishInitiative(actor, input.applicationId),
    "/",
  );
  if (state?.ok) updateTag(publicTag);
  return state;
}
