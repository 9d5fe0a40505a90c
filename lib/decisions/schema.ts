import { z } from "zod";
import { applicationVersion } from "@/lib/applications/schema";
import { checkbox } from "@/lib/calls/schema";

export const decisionFormSchema = z.object({
  applicationId: z.string().min(1),
  version: applicationVersion,
  outcome: z.enum(["GRANT", "PARTIAL_GRANT", "REFUSAL", "POSTPONED"], { message: "decision.outcomeRequired" }),
  amount: z.string().trim().max(30, "decision.amountInvalid"),
  fundsYear: z.coerce.number({ message: "decision.fundsYearRange" }).int("decision.fundsYearRange"),
  reasons: z.string().trim().max(8000, "decision.tooLong"),
  /** "Gem alligevel": save over the ledger's warning that the funds year's available goes below zero. */
  overCommitConfirmed: checkbox.optional(),
});
export type DecisionFormInput = z.infer<typeof decisionFormSchema>;
