"use server";
import { defineAction } from "@/lib/actions/define";
import { recordDecision } from "./mutations";
import { decisionFormSchema } from "./schema";

/** The decision, and the letter to the applicant (sent after the response). */
export const recordDecisionAction = defineAction({
  schema: decisionFormSchema,
  permission: "decision:record",
  revalidate: "/calls",
  run: async (input, { actor }) => {
    await recordDecision(actor, input);
    return null;
  },
});
