"use server";
import { defineAction } from "@/lib/actions/define";
import { siteUrl } from "@/lib/installation/site";
import { postedFiles } from "@/lib/actions/files";
import { approveAccounts, requestMoreAccounts } from "./review";
import { accountsFormSchema, approveAccountsSchema, drawSpotCheckSchema, requestMoreSchema } from "./schema";
import { drawSpotCheck } from "./spot-checks";
import { submitAccounts } from "./submit";

/** Public: the private link's token or the signed-in applicant's own application is the authority (applicantGrant). */
export const submitAccountsAction = defineAction({
  schema: accountsFormSchema,
  permission: null,
  run: async (input, { actor, formData }) => {
    const [receipts, documents] = await Promise.all([
      postedFiles(formData, "receipts"),
      postedFiles(formData, "documents"),
    ]);
    await submitAccounts(actor, input, { receipts, documents });
    return null;
  },
});

export const approveAccountsAction = defineAction({
  schema: approveAccountsSchema,
  permission: "grant:manage",
  revalidate: "/calls",
  run: async (input, { actor }) => {
    await approveAccounts(actor, input);
    return null;
  },
});

export const requestMoreAccountsAction = defineAction({
  schema: requestMoreSchema,
  permission: "grant:manage",
  revalidate: "/calls",
  run: async (input, { actor }) => {
    await requestMoreAccounts(actor, input, { origin: await siteUrl() });
    return null;
  },
});

export const drawSpotCheckAction = defineAction({
  schema: drawSpotCheckSchema,
  permission: "grant:manage",
  revalidate: "/pools",
  run: async (input, { actor }) => drawSpotCheck(actor, input),
});
