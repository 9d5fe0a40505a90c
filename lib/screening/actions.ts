"use server";
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { UnauthenticatedError } from "@/lib/auth/permissions";
import { fieldErrorsFrom } from "@/lib/actions/legacy";
import { formValues, handleForm, type FormState } from "@/lib/form-action";
import { runAction } from "@/lib/run-action";
import { getTranslations } from "next-intl/server";
import type { MessageKey } from "@/lib/i18n/messages";
import type { UploadedFile } from "@/lib/applications/mutations";
import {
  askForInformation,
  recommend,
  recordVisit,
  saveAssignments,
  setEligibility,
  setShortlisted,
} from "./mutations";
import {
  assignmentsSchema,
  eligibilitySchema,
  messageSchema,
  recommendationSchema,
  shortlistSchema,
  visitSchema,
} from "./schema";

export async function setEligibilityAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, eligibilitySchema, setEligibility, "/calls");
}

export async function askForInformationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, messageSchema, askForInformation, "/calls");
}

export async function setShortlistedAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, shortlistSchema, setShortlisted, "/calls");
}

export async function recommendAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, recommendationSchema, recommend, "/calls");
}

/** A visit posts its participants as repeated "participants" fields and its photos as "photos". */
export async function recordVisitAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await runAction<{ submitted?: boolean }>(async () => {
    const actor = await getActor();
    if (!actor) throw new UnauthenticatedError();
    const t = await getTranslations();
    const parsed = visitSchema.safeParse({ ...values, participants: formData.getAll("participants").map(String) });
    if (!parsed.success)
      return {
        ok: false,
        message: t("errors.validation"),
        fieldErrors: fieldErrorsFrom(parsed.error.issues, (k) => t(k as MessageKey)),
      };
    const photos: UploadedFile[] = [];
    for (const entry of formData.getAll("photos")) {
      if (typeof entry === "string" || entry.size === 0) continue;
      photos.push({ name: entry.name, size: entry.size, bytes: new Uint8Array(await entry.arrayBuffer()) });
    }
    await recordVisit(actor, parsed.data, photos);
    revalidatePath("/calls", "layout");
    return { ok: true, data: {} };
  });
  return { ...result, values };
}

/** The assignment grid posts one checkbox "pair" per assigned application and member, as "applicationId:userId". */
export async function saveAssignmentsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const result = await runAction<{ submitted?: boolean }>(async () => {
    const actor = await getActor();
    if (!actor) throw new UnauthenticatedError();
    const pairs = formData.getAll("pair").map((v) => {
      const [applicationId = "", userId = ""] = String(v).split(":");
      return { applicationId, userId };
    });
    const parsed = assignmentsSchema.safeParse({ callId: String(formData.get("callId") ?? ""), pairs });
    if (!parsed.success) return { ok: false, message: (await getTranslations())("errors.validation") };
    await saveAssignments(actor, parsed.data);
    revalidatePath("/calls", "layout");
    return { ok: true, data: {} };
  });
  return result;
}
