"use server";
import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { defineAction } from "@/lib/actions/define";
import { clientAddress } from "@/lib/auth/client-address";
import { siteUrl } from "@/lib/installation/site";
import { replyAsApplicant, withdrawApplication } from "./follow";
import { saveDraft, submitApplication, type RequestMeta, type UploadedFile } from "./mutations";
import { applicantReplySchema, applicationDraftSchema, applicationFormSchema, withdrawSchema } from "./schema";

// Public by design: applying needs no account, and the private link is the
// applicant's authority afterwards. The mutations re-check everything: the
// deadline on the server's clock, limits per address, repeats of a submit key,
// the token's one application.

async function requestMeta(): Promise<RequestMeta> {
  const [h, locale, origin] = await Promise.all([headers(), getLocale(), siteUrl()]);
  // Links in mail come from the configured address, never from (forgeable) request headers.
  return { address: clientAddress(h), origin, locale };
}

/** The chosen files as they were posted; the schema reads only the text fields. */
async function postedFiles(formData: FormData): Promise<UploadedFile[]> {
  const files: UploadedFile[] = [];
  for (const entry of formData.getAll("attachments")) {
    if (typeof entry === "string" || entry.size === 0) continue;
    files.push({ name: entry.name, size: entry.size, bytes: new Uint8Array(await entry.arrayBuffer()) });
  }
  return files;
}

export const submitApplicationAction = defineAction({
  schema: applicationFormSchema,
  permission: null,
  run: async (input, { formData }) => submitApplication(input, await postedFiles(formData), await requestMeta()),
});

/** Saves what is typed so far and mails the private link to continue it; only the e-mail must be valid. */
export const saveDraftAction = defineAction({
  schema: applicationDraftSchema,
  permission: null,
  run: async (input) => saveDraft(input, await requestMeta()),
});

export const replyAsApplicantAction = defineAction({
  schema: applicantReplySchema,
  permission: null,
  revalidate: "/ansoegning",
  run: async ({ token, body, version }) => {
    await replyAsApplicant(token, body, version);
    return null;
  },
});

export const withdrawApplicationAction = defineAction({
  schema: withdrawSchema,
  permission: null,
  revalidate: "/ansoegning",
  run: async ({ token, reason }) => {
    await withdrawApplication(token, reason);
    return null;
  },
});
