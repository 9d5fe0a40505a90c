import { z } from "zod";
import { versionField } from "@/lib/actions/version";
import { checkbox } from "@/lib/calls/schema";

const id = z.string().trim().min(1).max(100);
const version = versionField;
const text = (max: number) => z.string().trim().max(max, "meetingLive.errors.tooLong").default("");
/** An optional count of votes: empty means the votes were not counted. */
const votes = z
  .string()
  .trim()
  .max(4, "meetingLive.errors.votesInvalid")
  .default("")
  .refine((v) => v === "" || /^\d+$/.test(v), "meetingLive.errors.votesInvalid");

export const decisionOutcomes = ["GRANT", "PARTIAL_GRANT", "REFUSAL", "POSTPONED", "APPROVED", "SCALED_DOWN"] as const;

/** A decision typed once at a meeting, on an application (its own item or a round's) or a project. */
export const meetingDecisionSchema = z.object({
  agendaItemId: id,
  itemVersion: version,
  applicationId: z.string().trim().max(100).default(""),
  applicationVersion: versionField.default(0),
  projectId: z.string().trim().max(100).default(""),
  poolId: z.string().trim().max(100).default(""),
  outcome: z.enum(decisionOutcomes, { message: "meetingLive.errors.outcomeRequired" }),
  amount: z.string().trim().max(30, "decision.amountInvalid").default(""),
  years: z
    .array(
      z.object({
        // Bounded, so a forged year never reaches the database's integer column.
        year: z.coerce
          .number({ message: "decision.fundsYearRange" })
          .int("decision.fundsYearRange")
          .min(2000, "decision.fundsYearRange")
          .max(2100, "decision.fundsYearRange"),
        amount: z.string().trim().max(30, "decision.amountInvalid").default(""),
      }),
    )
    .max(10, "meetingLive.errors.tooManyYears")
    .default([]),
  conditions: text(4000),
  reasons: text(8000),
  reasonsPersonal: checkbox,
  aboveRequestConfirmed: checkbox,
  aboveRequestReason: text(2000),
  /** "Gem alligevel": save over the ledger's warning that a funds year's available goes below zero. */
  overCommitConfirmed: checkbox.optional(),
  votesFor: votes,
  votesAgainst: votes,
  votesAbstain: votes,
});
export type MeetingDecisionInput = z.output<typeof meetingDecisionSchema>;

/** A free decision item's words in the minutes (Beslutning). */
export const freeDecisionSchema = z.object({
  agendaItemId: id,
  itemVersion: version,
  text: z.string().trim().min(1, "meetingLive.errors.textRequired").max(8000, "meetingLive.errors.tooLong"),
});
export type FreeDecisionInput = z.output<typeof freeDecisionSchema>;

/** "Afslut mødet": the meeting is held. */
export const endMeetingSchema = z.object({ meetingId: id, version });
export type EndMeetingInput = z.output<typeof endMeetingSchema>;
