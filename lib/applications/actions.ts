"use server";
import { headers } from "next/headers";
import { clientAddress } from "@/lib/auth/client-address";
import { fieldErrorsFrom, type ActionResult } from "@/lib/actions/legacy";
import { runAction } from "@/lib/run-action";
import { getTranslations } from "next-intl/server";
import type { MessageKey } from "@/lib/i18n/messages";
import { deliverSoon } from "@/lib/mail/outbox";
import { publicOrigin } from "@/lib/public/site-url";
import { handlePublicForm, type FormState } from "@/lib/form-action";
import { applicantReplySchema, withdrawSchema } from "@/lib/screening/schema";
import { replyAsApplicant, withdrawApplication } from "./follow";
import { saveDraft, submitApplication, type UploadedFile } from "./mutations";
import { applicationDraftSchema, applicationFormSchema } from "./schema";

async function requestMeta() {
  const h = await headers();
  const address = clientAddress(h);
  // Links in mail come from the configured address, never from (forgeable) request headers.
  const origin = publicOrigin();
  return { address, origin };
}

/**
 * Public by design (no account needed to apply). Everything is re-validated;
 * the mutation enforces the deadline, limits per address and ignores repeats.
 * The form sends its fields as JSON in "payload" and its files as "attachments".
 */
export async function submitApplicationAction(
  formData: FormData,
): Promise<ActionResult<{ reference: string; link: string | null; duplicate: boolean }>> {
  return runAction(async () => {
    const t = await getTranslations();
    let raw: unknown;
    try {
      raw = JSON.parse(String(formData.get("payload") ?? ""));
    } catch {
      return { ok: false, message: t("errors.validation") };
    }
    const parsed = applicationFormSchema.safeParse(raw);
    if (!parsed.success)
      return {
        ok: false,
        message: t("errors.validation"),
        fieldErrors: fieldErrorsFrom(parsed.error.issues, (k) => t(k as MessageKey)),
      };
    const files: UploadedFile[] = [];
    for (const entry of formData.getAll("attachments")) {
      if (typeof entry === "string" || entry.size === 0) continue;
      files.push({ name: entry.name, size: entry.size, bytes: new Uint8Array(await entry.arrayBuffer()) });
    }
    const result = await submitApplication(parsed.data, files, await requestMeta());
    deliverSoon();
    return { ok: true, data: result };
  });
}

/** Public, with the private link as its authority: the mutation finds the one application the token opens. */
export async function replyAsApplicantAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return handlePublicForm(
    formData,
    applicantReplySchema,
    (input) => replyAsApplicant(input.token, input.body, input.version),
    "/ansoegning",
  );
}

export async function withdrawApplicationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return handlePublicForm(
    formData,
    withdrawSchema,
    (input) => withdrawApplication(input.token, input.reason),
    "/ansoegning",
  );
}

/** Public, like applying: saves a draft and mails the private link to continue it (only the e-mail must be valid). */
export async function saveDraftAction(payload: string): Promise<ActionResult<{ link: string | null; token: string }>> {
  return runAction(async () => {
    const t = await getTranslations();
    let raw: unknown;
    try {
      raw = JSON.parse(payload);
    } catch {
      return { ok: false, message: t("errors.validation") };
    }
    const parsed = applicationDraftSchema.safeParse(raw);
    if (!parsed.success)
      return {
        ok: false,
        message: t("errors.validation"),
        fieldErrors: fieldErrorsFrom(parsed.error.issues, (k) => t(k as MessageKey)),
      };
    const result = await saveDraft(parsed.data, await requestMeta());
    deliverSoon();
    return { ok: true, data: result };
  });
}
