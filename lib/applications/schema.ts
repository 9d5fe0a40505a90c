import { z } from "zod";
import { maxVersion } from "@/lib/actions/version";
import { chosenFilesProblem, parseKroner } from "./model";

// The application form, shared by the browser and the server. Messages are translation keys.

/**
 * The application's version as the page showed it: every form that changes
 * an application sends it back, and the change is made only over that version.
 */
export const applicationVersion = z.coerce
  .number({ message: "errors.staleForm" })
  .int("errors.staleForm")
  .min(1, "errors.staleForm")
  .max(maxVersion, "errors.staleForm");
const amount = z
  .string()
  .trim()
  .min(1, "apply.amountRequired")
  .refine((v) => parseKroner(v) !== null, "apply.amountInvalid");

export const budgetLineSchema = z.object({
  kind: z.enum(["expense", "income"]),
  label: z.string().trim().min(1, "apply.budgetLabelRequired").max(200, "apply.tooLong"),
  amount,
});

export const applicationFormSchema = z.object({
  callId: z.string().min(1),
  submitKey: z.string().uuid(),
  organisationName: z.string().trim().min(2, "apply.organisationRequired").max(200, "apply.tooLong"),
  organisationKind: z.enum(["ASSOCIATION", "INSTITUTION", "PRIVATE_PERSON", "OTHER"], {
    message: "apply.kindRequired",
  }),
  cvr: z
    .string()
    .trim()
    .refine((v) => v === "" || /^\d{8}$/.test(v), "apply.cvrInvalid"),
  contactName: z.string().trim().min(2, "apply.contactRequired").max(200, "apply.tooLong"),
  contactEmail: z
    .string()
    .trim()
    .min(1, "apply.emailRequired")
    .max(320, "apply.emailInvalid")
    .pipe(z.email("apply.emailInvalid")),
  contactPhone: z
    .string()
    .trim()
    .refine((v) => v === "" || /^\+?[\d\s-]{8,20}$/.test(v), "apply.phoneInvalid"),
  title: z.string().trim().min(3, "apply.titleRequired").max(200, "apply.tooLong"),
  description: z.string().trim().min(20, "apply.descriptionShort").max(3000, "apply.descriptionLong"),
  targetGroup: z.string().trim().min(2, "apply.targetRequired").max(500, "apply.tooLong"),
  periodText: z.string().trim().min(2, "apply.periodRequired").max(200, "apply.tooLong"),
  requested: amount,
  budget: z.array(budgetLineSchema).min(1, "apply.budgetRequired").max(40, "apply.tooLong"),
  // The private link's token when the form continues a saved draft; "" otherwise.
  draftToken: z.string().max(64),
});
export type ApplicationFormInput = z.infer<typeof applicationFormSchema>;
export const descriptionMax = 3000;

/**
 * The form as the browser checks it before sending: the same fields, and the
 * chosen files (how many, how large, of which type). The action reads the
 * files from the posted form and the mutation checks their bytes again.
 */
export const applicationSubmitSchema = applicationFormSchema.extend({
  attachments: z.custom<FileList | File[] | undefined>().superRefine((files, ctx) => {
    const problem = chosenFilesProblem(files ? Array.from(files) : []);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  }),
});

const loose = (max: number) => z.string().trim().max(max, "apply.tooLong").default("");

/**
 * A draft keeps whatever has been typed so far, within the same length
 * limits; only the e-mail must be valid, because the link to continue goes there.
 */
export const applicationDraftSchema = z.object({
  callId: z.string().min(1),
  draftToken: z.string().max(64).optional().default(""),
  organisationName: loose(200),
  organisationKind: z.enum(["ASSOCIATION", "INSTITUTION", "PRIVATE_PERSON", "OTHER"]).catch("ASSOCIATION"),
  cvr: loose(20),
  contactName: loose(200),
  contactEmail: z
    .string()
    .trim()
    .min(1, "apply.draftEmailRequired")
    .max(320, "apply.emailInvalid")
    .pipe(z.email("apply.emailInvalid")),
  contactPhone: loose(30),
  title: loose(200),
  description: z.string().trim().max(3000, "apply.descriptionLong").default(""),
  targetGroup: loose(500),
  periodText: loose(200),
  requested: loose(30),
  budget: z
    .array(z.object({ kind: z.enum(["expense", "income"]).catch("expense"), label: loose(200), amount: loose(30) }))
    .max(40, "apply.tooLong")
    .default([]),
});
export type ApplicationDraftInput = z.infer<typeof applicationDraftSchema>;

// What the applicant does through the private link: the token is the authority.
const privateToken = z.string().min(20).max(64);

export const applicantReplySchema = z.object({
  token: privateToken,
  version: applicationVersion,
  body: z.string().trim().min(2, "follow.replyRequired").max(4000, "common.tooLong"),
});

export const withdrawSchema = z.object({
  token: privateToken,
  confirm: z.literal("yes", { message: "follow.withdrawConfirm" }),
  reason: z.string().trim().max(2000, "common.tooLong"),
});
