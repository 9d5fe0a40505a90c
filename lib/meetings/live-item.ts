import "server-only";
import { db, type Tx } from "@/lib/db";
import { assertCan, committeesWhere, type Actor } from "@/lib/auth/permissions";
import { ConflictError, NotFoundError, UserError, ValidationError } from "@/lib/actions/errors";
import { parseKroner } from "@/lib/applications/model";
import { translatorFor } from "@/lib/i18n/translator";
import { ledgerRows, type YearAmount } from "@/lib/decisions/model";
import { bodyKey, decisionMinutesText, type DecisionForMinutes } from "./decision-text";
import { conflictsByItem } from "./conflicts";
import { decisionsOpen, openStatuses } from "./model";
import type { MeetingDecisionInput } from "./live-schema";

// What every decision at a meeting shares: the item, read with the committee in the where clause; its version
// claimed; the voters in the room; the typed money parsed; the words in the minutes.

export async function itemForDecision(actor: Actor, agendaItemId: string) {
  assertCan(actor, "meeting:manage");
  const item = await db().agendaItem.findFirst({
    where: {
      id: agendaItemId,
      deletedAt: null,
      meeting: { deletedAt: null, committeeId: { in: committeesWhere(actor, "meeting:manage") } },
    },
    select: {
      id: true,
      kind: true,
      title: true,
      applicationId: true,
      callId: true,
      projectId: true,
      minutesText: true,
      meeting: {
        select: { id: true, kind: true, status: true, committeeId: true, committee: { select: { kind: true } } },
      },
    },
  });
  if (!item) throw new NotFoundError();
  assertCan(actor, "meeting:manage", item.meeting.committeeId);
  assertCan(actor, "decision:record", item.meeting.committeeId);
  if (!decisionsOpen(item.meeting.status)) throw new UserError("meetingLive.errors.closed");
  if (item.kind !== "DECISION") throw new UserError("meetingLive.errors.notDecisionItem");
  return item;
}
export type ItemForDecision = Awaited<ReturnType<typeof itemForDecision>>;

/** Claims the item over the version the secretary saw and writes its minutes text: a second typist gets a conflict. */
export async function claimItem(tx: Tx, id: string, version: number, minutesText: string): Promise<void> {
  const { count } = await tx.agendaItem.updateMany({
    // The meeting is re-checked in the same statement: minutes approved in another tab since the form was read
    // take no more decisions.
    where: { id, version, deletedAt: null, meeting: { status: { in: openStatuses } } },
    data: { version: { increment: 1 }, minutesText },
  });
  if (count !== 1) throw new ConflictError("agenda item changed");
}

/** Members present with a vote, less those out of the room for this case (of a round item: for this application). */
export async function votersFor(item: ItemForDecision, applicationId: string | null): Promise<number> {
  const out = ((await conflictsByItem(db(), [item])).get(item.id) ?? [])
    .filter((c) => applicationId === null || c.applicationId === applicationId)
    .map((c) => c.userId);
  return db().meetingAttendee.count({
    where: {
      meetingId: item.meeting.id,
      attendance: "PRESENT",
      voting: true,
      ...(out.length ? { OR: [{ userId: null }, { userId: { notIn: out } }] } : {}),
    },
  });
}

/** The typed amount and years in øre; a figure that is not kroner is refused on its field. */
export function typedMoney(input: MeetingDecisionInput): { amountOre: number | null; years: YearAmount[] } {
  const errors: Record<string, string> = {};
  const amountOre = input.amount === "" ? null : parseKroner(input.amount);
  if (input.amount !== "" && amountOre === null) errors.amount = "decision.amountInvalid";
  const years = input.years.map((y, i) => {
    const ore = y.amount === "" ? 0 : parseKroner(y.amount);
    if (ore === null) errors[`years.${i}.amount`] = "decision.amountInvalid";
    return { year: y.year, amountOre: ore ?? 0 };
  });
  if (Object.keys(errors).length) throw new ValidationError(errors);
  return { amountOre, years };
}

export const typedVotes = (input: MeetingDecisionInput) =>
  input.votesFor === "" && input.votesAgainst === "" && input.votesAbstain === ""
    ? null
    : {
        for: Number(input.votesFor || 0),
        against: Number(input.votesAgainst || 0),
        abstain: Number(input.votesAbstain || 0),
      };

/** The decision's words in the internal minutes, in Danish: the record. */
export function minutesWords(
  item: ItemForDecision,
  input: MeetingDecisionInput,
  money: { amountOre: number | null; years: YearAmount[] },
  requestedOre: number | null,
  now: Date,
): string {
  const t = translatorFor("da");
  const d: DecisionForMinutes = {
    outcome: input.outcome,
    amountOre: money.amountOre,
    requestedOre,
    years: ledgerRows(money.years, now),
    conditions: input.conditions,
    reasons: input.reasons,
    reasonsPersonal: input.reasonsPersonal,
    aboveRequestReason: input.aboveRequestReason || null,
    votes: typedVotes(input),
  };
  return decisionMinutesText(t, "da", t(bodyKey(item.meeting.committee.kind)), d, "internal");
}

/** A funds year the pool has no budget for (refused by commitYears) comes back on the form's years. */
export async function yearsOnField<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ValidationError && error.fieldErrors.fundsYear)
      throw new ValidationError({ years: error.fieldErrors.fundsYear });
    throw error;
  }
}
