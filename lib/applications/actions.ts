"use server";
import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { defineAction } from "@/lib/actions/define";
import { clientAddress } from "@/lib/auth/client-address";
import { siteUrl } from "@/lib/installation/site";
import { replyAsApplicant, withdrawApplication } from "./follow";
import { saveDraft, submitApplication, type RequestMeta } from "./mutations";
import { postedFiles } from "@/lib/actions/files";
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

export const submitApplicationAction = defineAction({
  schema: applicationFormSchema,
  permission: null,
  run: async (input, { formData }) =>
    submitApplication(input, await postedFiles(formData, "attachments"), await requestMeta()),
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
