// Pure rules for a decision typed once at a meeting: the application's rules (lib/decisions/model.ts) extended
// with what only a meeting has: funds years that add up, votes no more than the voters in the room, an amount
// above the request confirmed with a reason, and a project's own outcomes.
import type { DecisionOutcome, MeetingKind } from "@/lib/generated/prisma/enums";
import { checkDecision, type Outcome, type YearAmount } from "@/lib/decisions/model";

export const applicationOutcomes = ["GRANT", "PARTIAL_GRANT", "REFUSAL", "POSTPONED"] as const;
export const projectOutcomes = ["APPROVED", "SCALED_DOWN", "REFUSAL", "POSTPONED"] as const;

export type MeetingDecisionDraft = {
  outcome: DecisionOutcome;
  amountOre: number | null;
  /** What was applied for (an application) or budgeted (a project; 0 when there is no budget). */
  requestedOre: number;
  years: readonly YearAmount[];
  reasons: string;
  aboveRequestConfirmed: boolean;
  aboveRequestReason: string;
  votes: { for: number; against: number; abstain: number } | null;
  /** Members present with a vote, less those out of the room for this case. */
  voters: number;
  decidedOn: Date;
};

const granting = (o: DecisionOutcome) =>
  o === "GRANT" || o === "PARTIAL_GRANT" || o === "APPROVED" || o === "SCALED_DOWN";

/** An amount above what was applied for: allowed only when confirmed with a reason. */
export const aboveRequest = (d: Pick<MeetingDecisionDraft, "amountOre" | "requestedOre">) =>
  d.amountOre !== null && d.requestedOre > 0 && d.amountOre > d.requestedOre;

/** The funds years add up to the amount; a decision without money has no years. */
export function yearsError(amountOre: number | null, years: readonly YearAmount[]): string | null {
  const total = years.reduce((s, y) => s + y.amountOre, 0);
  if ((amountOre ?? 0) === 0) return total === 0 ? null : "meetingLive.errors.yearsWithoutAmount";
  if (years.length === 0) return "meetingLive.errors.yearsRequired";
  if (new Set(years.map((y) => y.year)).size !== years.length) return "meetingLive.errors.yearTwice";
  return total === amountOre ? null : "meetingLive.errors.yearsSum";
}

/** No more votes than members present with a vote, less those out of the room. */
export function votesError(votes: MeetingDecisionDraft["votes"], voters: number): string | null {
  if (!votes) return null;
  if (votes.for < 0 || votes.against < 0 || votes.abstain < 0) return "meetingLive.errors.votesInvalid";
  return votes.for + votes.against + votes.abstain > voters ? "meetingLive.errors.tooManyVotes" : null;
}

/** Field → message key; empty when the decision may be recorded. */
export function checkMeetingDecision(d: MeetingDecisionDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  const firstYear = [...d.years].sort((a, b) => a.year - b.year)[0]?.year ?? d.decidedOn.getUTCFullYear();
  const project = d.outcome === "APPROVED" || d.outcome === "SCALED_DOWN";
  // An application's rules as they stand; a project maps onto them (approved ~ grant, scaled down ~ partial).
  const asApplication: Outcome =
    d.outcome === "APPROVED" ? "GRANT" : d.outcome === "SCALED_DOWN" ? "PARTIAL_GRANT" : d.outcome;
  Object.assign(
    errors,
    checkDecision({
      outcome: asApplication,
      amountOre: d.amountOre,
      requestedOre: d.requestedOre,
      reasons: d.reasons,
      fundsYear: firstYear,
      decidedOn: d.decidedOn,
    }),
  );
  // A project is approved "op til X kr.", not necessarily its whole budget; a project without a budget has no
  // ceiling to scale down from.
  if (errors.amount === "decision.grantMustEqualRequest" && (project || aboveRequest(d))) delete errors.amount;
  if (errors.amount === "decision.partialBelowRequest" && d.requestedOre === 0) delete errors.amount;
  // Approving a project, or granting more than asked with the reason for it, needs no other reasons.
  if (
    errors.reasons &&
    (d.outcome === "APPROVED" || (d.outcome === "GRANT" && aboveRequest(d) && d.aboveRequestReason.trim()))
  )
    delete errors.reasons;
  if (granting(d.outcome) && aboveRequest(d) && d.outcome !== "APPROVED") {
    if (!d.aboveRequestConfirmed) errors.aboveRequestConfirmed = "meetingLive.errors.aboveRequestConfirm";
    if (!d.aboveRequestReason.trim()) errors.aboveRequestReason = "meetingLive.errors.aboveRequestReason";
  }
  if (errors.fundsYear) {
    errors["years.0.year"] = errors.fundsYear;
    delete errors.fundsYear;
  }
  const years = yearsError(d.amountOre, d.years);
  if (years && !errors.amount) errors.years = years;
  const votes = votesError(d.votes, d.voters);
  if (votes) errors.votesFor = votes;
  return errors;
}

/** Who decides a project at a meeting: the meeting's body (an extraordinary meeting is the plenary's). */
export function decidingBodyOf(kind: MeetingKind): "PLENARY" | "CHAIR_GROUP" | "WORKING_GROUP" {
  if (kind === "CHAIR_GROUP") return "CHAIR_GROUP";
  if (kind === "WORKING_GROUP" || kind === "STEERING_GROUP") return "WORKING_GROUP";
  return "PLENARY";
}

/** A project's status after the committee's decision. */
export const projectStatusAfter = (outcome: DecisionOutcome) =>
  outcome === "APPROVED"
    ? ("APPROVED" as const)
    : outcome === "SCALED_DOWN"
      ? ("SCALED_DOWN" as const)
      : outcome === "POSTPONED"
        ? ("POSTPONED" as const)
        : ("REFUSED" as const);

/** Decisions outside a meeting are the secretariat's only where the call delegates them. */
export const delegated = (call: { decidedBy: string; fastTrack: boolean }) =>
  call.decidedBy === "SECRETARIAT" || call.fastTrack;
