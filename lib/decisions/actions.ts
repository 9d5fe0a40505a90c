"use server";
import { handleForm, type FormState } from "@/lib/form-action";
import { recordDecision } from "./mutations";
import { decisionFormSchema } from "./schema";

export async function recordDecisionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, decisionFormSchema, (actor, input) => recordDecision(actor, input), "/calls");
}
