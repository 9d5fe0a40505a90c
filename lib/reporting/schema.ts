import { z } from "zod";
import { amountProblem } from "./model";
import { checkbox } from "@/lib/calls/schema";

// The forms of reporting back, the secretariat's review and the spot check. Messages are keys in the
// "reporting", "accountsReview" and "spotChecks" namespaces. Safe on the client.

/** The applicant's authority, as a hidden field: the private link's token, or their own application's id. */
const applicantKey = {
  token: z
    .string()
    .regex(/^[A-Za-z0-9_-]{20,64}$/)
    .optional(),
  applicationId: z.string().min(1).max(64).optional(),
};

const amount = z
  .string()
  .trim()
  .max(30, "reporting.amountInvalid")
  .superRefine((text, ctx) => {
    const problem = amountProblem(text);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

const text = (max: number) => z.string().trim().max(max, "reporting.tooLong");

/** The chosen files, as the browser sees them: the server checks the bytes again. */
const files = z.custom<FileList | File[] | undefined>().optional();

export const accountsFormSchema = z.object({
  ...applicantKey,
  /** The accounts' version the form showed (0: none yet). */
  version: z.coerce.number().int().min(0),
  lines: z.array(z.object({ budgetLineId: z.string().max(64), actual: amount })).max(100, "reporting.lineUnknown"),
  income: z
    .array(z.object({ label: text(200).pipe(z.string().min(1, "reporting.incomeLabelRequired")), amount }))
    .max(50, "reporting.tooManyIncome")
    .default([]),
  text: text(8000).pipe(z.string().min(2, "reporting.textRequired")),
  participants: z
    .string()
    .trim()
    .max(9, "reporting.participantsInvalid")
    .regex(/^\d*$/, "reporting.participantsInvalid"),
  criteriaText: text(8000),
  answer: text(8000).default(""),
  submittedName: text(200).pipe(z.string().min(2, "reporting.nameRequired")),
  receipts: files,
  documents: files,
});
export type AccountsFormInput = z.infer<typeof accountsFormSchema>;

const review = { applicationId: z.string().min(1).max(64), version: z.coerce.number().int().min(1) };

export const approveAccountsSchema = z.object({
  ...review,
  /** Expenses not accepted (kroner, empty: none). */
  rejected: z
    .string()
    .trim()
    .max(30, "accountsReview.rejectedInvalid")
    .refine((v) => v === "" || amountProblem(v) === null, "accountsReview.rejectedInvalid"),
  rejectionReason: text(4000),
  /** The applicant's latest evaluation goes on the initiative's public page (once the initiative is published). */
  publishEvaluation: checkbox,
});
export type ApproveAccountsInput = z.infer<typeof approveAccountsSchema>;

export const requestMoreSchema = z.object({
  ...review,
  text: text(4000).pipe(z.string().min(2, "accountsReview.requestRequired")),
});
export type RequestMoreInput = z.infer<typeof requestMoreSchema>;

export const drawSpotCheckSchema = z.object({
  poolId: z.string().min(1).max(64),
  year: z.coerce.number().int().min(2000).max(2100),
});
export type DrawSpotCheckInput = z.infer<typeof drawSpotCheckSchema>;
