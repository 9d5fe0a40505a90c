"use server";
import { redirect } from "next/navigation";
import { handleForm, type FormState } from "@/lib/form-action";
import { changeCallStatus, saveCall } from "./mutations";
import { callFormSchema, callStatusSchema } from "./schema";

/** Creates or updates a call; a new call opens on its own page. */
export async function saveCallAction(_previous: FormState, formData: FormData): Promise<FormState> {
  let created: string | null = null;
  const state = await handleForm(
    formData,
    callFormSchema,
    async (actor, input) => {
      const { id } = await saveCall(actor, input);
      if (!input.callId) created = id;
    },
    "/calls",
  );
  if (state?.ok && created) redirect(`/calls/${created}`);
  return state;
}

export async function changeCallStatusAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, callStatusSchema, (actor, input) => changeCallStatus(actor, input), "/");
}
