"use server";
import { defineAction } from "@/lib/actions/define";
import { endMeeting, recordFreeDecision, recordMeetingDecision } from "./live-mutations";
import { endMeetingSchema, freeDecisionSchema, meetingDecisionSchema } from "./live-schema";

/** A decision typed once at a meeting: the Decision, its money, the letter and the minutes' words. */
export const recordMeetingDecisionAction = defineAction({
  schema: meetingDecisionSchema,
  permission: "meeting:manage",
  revalidate: "/meetings",
  run: (input, { actor }) => recordMeetingDecision(actor, input),
});

/** A free decision item's words in the minutes. */
export const recordFreeDecisionAction = defineAction({
  schema: freeDecisionSchema,
  permission: "meeting:manage",
  revalidate: "/meetings",
  run: (input, { actor }) => recordFreeDecision(actor, input),
});

/** "Afslut mødet". */
export const endMeetingAction = defineAction({
  schema: endMeetingSchema,
  permission: "meeting:manage",
  revalidate: "/meetings",
  run: async (input, { actor }) => {
    await endMeeting(actor, input);
    return null;
  },
});
