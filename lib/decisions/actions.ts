"use server";
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { UnauthenticatedError } from "@/lib/auth/permissions";
import { fieldErrorsFrom } from "@/lib/action-result";
import { runAction } from "@/lib/run-action";
import { getT } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n/translate";
import type { FormState } from "@/lib/scoring/actions";
import { recordDecision } from "./mutations";
import { decisionFormSchema } from "./schema";

export async function recordDecisionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = Object.fromEntries(["applicationId", "outcome", "amount", "fundsYear", "reasons"].map((k) => [k, String(formData.get(k) ?? "")]));
  const result = await runAction(async () => {
    const actor = await getActor();
    if (!actor) throw new UnauthenticatedError();
    const t = await getT();
    const parsed = decisionFormSchema.safeParse(values);
    if (!parsed.success) return { ok: false, message: t("errors.validation"), fieldErrors: fieldErrorsFrom(parsed.error.issues, (k) => t(k as MessageKey)) };
    await recordDecision(actor, parsed.data);
    revalidatePath("/calls", "layout");
    return { ok: true, data: {} };
  });
  return { ...result, values };
}
