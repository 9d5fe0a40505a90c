import { z } from "zod";
import { versionField } from "@/lib/actions/version";
import { checkbox } from "@/lib/calls/schema";

// The money forms, shared by the browser and the server. Messages are translation keys.

const isoDate = (message: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, message);
const id = z.string().min(1).max(64);

/** The grant letter: the decision's conditions as the letter states them, the accounts deadline, the advance. */
export const sendLetterSchema = z.object({
  applicationId: id,
  version: versionField,
  conditions: z.string().trim().max(8000, "letters.tooLong"),
  accountsDueOn: isoDate("letters.dueRequired"),
  payAdvance: checkbox,
});
export type SendLetterInput = z.infer<typeof sendLetterSchema>;

/**
 * The applicant's key as a form carries it (the same shape as `applicantKeyFields` in ./applicant-access.ts, which
 * is server-only and so cannot be imported by a client form's schema).
 */
const applicantKey = {
  token: z
    .string()
    .regex(/^[A-Za-z0-9_-]{20,64}$/)
    .optional(),
  applicationId: z.string().min(1).max(64).optional(),
};

/** The applicant's acceptance, through the private link or signed in. */
export const acceptGrantSchema = z.object({
  ...applicantKey,
  acceptedName: z.string().trim().min(2, "letters.nameRequired").max(200, "letters.tooLong"),
});
export type AcceptGrantInput = z.infer<typeof acceptGrantSchema>;

/** The kinds of step a payment form approves; the amount is the server's, re-computed on save. */
export const paymentSteps = ["advance", "final", "repaymentReceived"] as const;
export type PaymentStep = (typeof paymentSteps)[number];

export const paymentSchema = z.object({
  applicationId: id,
  step: z.enum(paymentSteps),
  // Kroner as shown ("4.000" or "4.000,50"); a sign or other text is refused by the mutation on this field.
  amount: z.string().trim().min(1, "payments.amountInvalid").max(30, "payments.amountInvalid"),
  paidOn: isoDate("payments.paidOnRequired"),
  reference: z.string().trim().min(1, "payments.referenceRequired").max(100, "letters.tooLong"),
  note: z.string().trim().max(2000, "letters.tooLong").default(""),
});
export type PaymentInput = z.infer<typeof paymentSchema>;

/** The claim for repayment when the advance exceeds what is owed: the amount the server computes, and a note. */
export const claimRepaymentSchema = z.object({
  applicationId: id,
  amount: z.string().trim().min(1, "payments.amountInvalid").max(30, "payments.amountInvalid"),
  note: z.string().trim().max(2000, "letters.tooLong").default(""),
});
export type ClaimRepaymentInput = z.infer<typeof claimRepaymentSchema>;

/** Closing a settled grant: one button. */
export const closeGrantSchema = z.object({ applicationId: id });
export type CloseGrantInput = z.infer<typeof closeGrantSchema>;
