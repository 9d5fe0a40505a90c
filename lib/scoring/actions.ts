"use server";
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { UnauthenticatedError } from "@/lib/auth/permissions";
import { fieldErrorsFrom } from "@/lib/actions/legacy";
import { formValues, handleForm, type FormState } from "@/lib/form-action";
import { runAction } from "@/lib/run-action";
import { getTranslations } from "next-intl/server";
import type { MessageKey } from "@/lib/i18n/messages";
import { declareConflict, reopenScoreSheet, ruleConflict, saveScoreSheet } from "./mutations";
import { declareConflictSchema, reopenSheetSchema, ruleConflictSchema, scoreSheetSchema } from "./schema";

async function requireActor() {
  const actor = await getActor();
  if (!actor) throw new UnauthenticatedError();
  return actor;
}

/** The score sheet posts natively: score-<criterionId> is a number or "na", comment-<criterionId> text; intent save|submit. */
export async function saveScoresAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await runAction(async () => {
    const actor = await requireActor();
    const criterionIds = String(formData.get("criteria") ?? "")
      .split(",")
      .filter(Boolean);
    const input = {
      applicationId: String(formData.get("applicationId") ?? ""),
      submit: formData.get("intent") === "submit",
      scores: criterionIds.map((id) => {
        const raw = String(formData.get(`score-${id}`) ?? "");
        return {
          criterionId: id,
          value: raw === "" || raw === "na" ? null : Number(raw),
          notApplicable: raw === "na",
          comment: String(formData.get(`comment-${id}`) ?? ""),
        };
      }),
    };
    const parsed = scoreSheetSchema.safeParse(input);
    const t = await getTranslations();
    if (!parsed.success)
      return {
        ok: false,
        message: t("errors.validation"),
        fieldErrors: fieldErrorsFrom(parsed.error.issues, (k) => t(k as MessageKey)),
      };
    const saved = await saveScoreSheet(actor, parsed.data);
    revalidatePath("/calls", "layout");
    return { ok: true, data: saved };
  });
  return { ...result, values };
}

export async function declareConflictAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, declareConflictSchema, (actor, input) => declareConflict(actor, input), "/calls");
}

export async function ruleConflictAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ruleConflictSchema, (actor, input) => ruleConflict(actor, input), "/calls");
}

export async function reopenScoreSheetAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, reopenSheetSchema, (actor, input) => reopenScoreSheet(actor, input), "/calls");
}
