import { z } from "zod";
import { applicationVersion } from "@/lib/applications/schema";

export const decisionFormSchema = z.object({
  applicationId: z.string().min(1),
  version: applicationVersion,
  outcome: z.enum(["GRANT", "PARTIAL_GRANT", "REFUSAL", "POSTPONED"], { message: "decision.outcomeRequired" }),
  amount: z.string().trim().max(30, "decision.amountInvalid"),
  fundsYear: z.coerce.number({ message: "decision.fundsYearRange" }).int("decision.fundsYearRange"),
  reasons: z.string().trim().max(8000, "decision.tooLong"),
});
export type DecisionFormInput = z.infer<typeof decisionFormSchema>;
