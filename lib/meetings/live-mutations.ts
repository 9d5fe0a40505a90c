import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { assertCan, committeesWhere, type Actor } from "@/lib/auth/permissions";
import { ConflictError, NotFoundError, UserError, ValidationError } from "@/lib/actions/errors";
import { notRuledOut } from "@/lib/calls/queries";
import { canDecide } from "@/lib/screening/model";
import { applicationForDecisionSelect, decideApplication } from "@/lib/decisions/decide";
import { decideProjectAtMeeting } from "@/lib/projects/decision";
import { aboveRequest, applicationOutcomes, checkMeetingDecision } from "./live-rules";
import { yearsOnField, claimItem, itemForDecision, minutesWords, typedMoney, typedVotes, votersFor } from "./live-item";
import { roundCoversWhere } from "./outstanding";
import type { EndMeetingInput, FreeDecisionInput, MeetingDecisionInput } from "./live-schema";

/**
 * A decision typed once at a meeting: the Decision (with the meeting, the item and the body that decided), its
 * money per funds year, and the item's words in the minutes, in one transaction with the audit entry. The case must
 * be the item's own, or covered by the item's round; the item is claimed over the version the secretary saw.
 */
export async function recordMeetingDecision(
  actor: Actor,
  input: MeetingDecisionInput,
  now = new Date(),
): Promise<{ id: string; itemVersion: number }> {
  const item = await itemForDecision(actor, input.agendaItemId);
  if (input.projectId) {
    if (item.projectId !== input.projectId) throw new UserError("meetingLive.errors.notOnAgenda");
    return decideProjectAtMeeting(actor, item, input, now);
  }
  const onAgenda =
    input.applicationId !== "" &&
    (item.applicationId === input.applicationId ||
      (item.callId !== null &&
        (await db().application.count({ where: { ...roundCoversWhere(item.callId), id: input.applicationId } })) ===
          1));
  if (!onAgenda) throw new UserError("meetingLive.errors.notOnAgenda");
  const app = await db().application.findFirst({
    where: {
      id: input.applicationId,
      deletedAt: null,
      call: { committeeId: item.meeting.committeeId },
      ...notRuledOut(actor),
    },
    select: applicationForDecisionSelect,
  });
  if (!app) throw new NotFoundError();
  if (!canDecide(app.status)) throw new UserError("decision.notDecidable");
  if (!(applicationOutcomes as readonly string[]).includes(input.outcome))
    throw new ValidationError({ outcome: "meetingLive.errors.outcomeRequired" });
  const money = typedMoney(input);
  const requestedOre = Number(app.requestedOre);
  const votes = typedVotes(input);
  const errors = checkMeetingDecision({
    ...input,
    ...money,
    requestedOre,
    votes,
    voters: await votersFor(item, app.id),
    decidedOn: now,
  });
  if (Object.keys(errors).length) throw new ValidationError(errors);
  const above = aboveRequest({ amountOre: money.amountOre, requestedOre });
  const typed = { ...input, aboveRequestReason: above ? input.aboveRequestReason : "" };
  const words = minutesWords(item, typed, money, requestedOre, now);
  // A round item's minutes read one paragraph per application, headed by its reference and title.
  const text = item.callId
    ? [item.minutesText.trim(), `${app.reference ?? ""} ${app.title}`.trim() + "\n" + words]
        .filter(Boolean)
        .join("\n\n")
    : words;
  return yearsOnField(() =>
    db().$transaction(async (tx) => {
      await claimItem(tx, item.id, input.itemVersion, text);
      const decision = await decideApplication(
        tx,
        actor,
        app,
        input.applicationVersion,
        {
          outcome: input.outcome,
          amountOre: money.amountOre,
          years: money.years,
          reasons: input.reasons,
          conditions: input.conditions,
          reasonsPersonal: input.reasonsPersonal,
          aboveRequestReason: typed.aboveRequestReason || null,
          votes,
          meetingId: item.meeting.id,
          agendaItemId: item.id,
          decidingBody: app.call.decidedBy,
          overCommitConfirmed: input.overCommitConfirmed ?? false,
        },
        now,
      );
      return { id: decision.id, itemVersion: input.itemVersion + 1 };
    }),
  );
}

/** A free decision item's words in the minutes (Beslutning), claimed over the item's version. */
export async function recordFreeDecision(actor: Actor, input: FreeDecisionInput): Promise<{ itemVersion: number }> {
  const item = await itemForDecision(actor, input.agendaItemId);
  if (item.applicationId || item.callId || item.projectId) throw new UserError("meetingLive.errors.notFreeItem");
  await db().$transaction(async (tx) => {
    await claimItem(tx, item.id, input.itemVersion, input.text);
    await audit(tx, {
      actorId: actor.id,
      actorLabel: actor.email,
      action: "meeting.itemDecision",
      entityType: "AgendaItem",
      entityId: item.id,
      committeeId: item.meeting.committeeId,
      changes: { minutesText: input.text },
    });
  });
  return { itemVersion: input.itemVersion + 1 };
}

/** "Afslut mødet": a planned meeting, or one whose agenda went out, is held. */
export async function endMeeting(actor: Actor, input: EndMeetingInput, now = new Date()): Promise<void> {
  assertCan(actor, "meeting:manage");
  const meeting = await db().meeting.findFirst({
    where: { id: input.meetingId, deletedAt: null, committeeId: { in: committeesWhere(actor, "meeting:manage") } },
    select: { id: true, committeeId: true, status: true },
  });
  if (!meeting) throw new NotFoundError();
  assertCan(actor, "meeting:manage", meeting.committeeId);
  if (meeting.status !== "PLANNED" && meeting.status !== "AGENDA_SENT")
    throw new UserError("meetingLive.errors.notEndable");
  await db().$transaction(async (tx) => {
    const { count } = await tx.meeting.updateMany({
      where: { id: meeting.id, version: input.version, status: { in: ["PLANNED", "AGENDA_SENT"] } },
      data: { status: "HELD", heldAt: now, version: { increment: 1 } },
    });
    if (count !== 1) throw new ConflictError("meeting changed");
    await audit(tx, {
      actorId: actor.id,
      actorLabel: actor.email,
      action: "meeting.held",
      entityType: "Meeting",
      entityId: meeting.id,
      committeeId: meeting.committeeId,
      changes: { from: meeting.status, to: "HELD" },
    });
  });
}
