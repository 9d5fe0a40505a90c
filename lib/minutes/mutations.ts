import "server-only";
import { db, type Tx } from "@/lib/db";
import { audit } from "@/lib/audit";
import { assertCan, committeesWhere, type Actor } from "@/lib/auth/permissions";
import { ConflictError, NotFoundError, UserError } from "@/lib/actions/errors";
import { minutesEditable } from "@/lib/meetings/model";
import { outstandingItems } from "@/lib/meetings/outstanding";
import type { MinutesFormInput, MinutesStepInput } from "./schema";

const who = (actor: Actor) => ({ actorId: actor.id, actorLabel: actor.email });

/** The meeting, if it belongs to a committee where the actor manages meetings. */
async function managedMeeting(actor: Actor, meetingId: string) {
  assertCan(actor, "meeting:manage");
  const meeting = await db().meeting.findFirst({
    where: { id: meetingId, deletedAt: null, committeeId: { in: committeesWhere(actor, "meeting:manage") } },
    select: { id: true, committeeId: true, status: true, version: true },
  });
  if (!meeting) throw new NotFoundError();
  assertCan(actor, "meeting:manage", meeting.committeeId);
  return meeting;
}

/** Claims the meeting at the version the editor saw; a stale page changes nothing. */
async function claim(tx: Tx, input: { meetingId: string; version: number }, data: object, where: object = {}) {
  const { count } = await tx.meeting.updateMany({
    where: { id: input.meetingId, version: input.version, ...where },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) throw new ConflictError("meeting version");
}

/**
 * The minutes' texts (the meeting's own words and each item's Beslutning), until approval. Every save is a
 * MinutesVersion with all the texts, written with the audit entry in the claim's transaction.
 */
export async function saveMinutes(actor: Actor, input: MinutesFormInput): Promise<{ number: number }> {
  const meeting = await managedMeeting(actor, input.meetingId);
  if (!minutesEditable(meeting.status)) throw new UserError("minutes.locked");
  return db().$transaction(async (tx) => {
    await claim(tx, input, { minutes: input.minutes }, { status: { in: ["PLANNED", "AGENDA_SENT", "HELD"] } });
    const items = await tx.agendaItem.findMany({
      where: { meetingId: meeting.id, deletedAt: null },
      select: { id: true, minutesText: true },
    });
    const posted = new Map(input.items.map((i) => [i.id, i.text]));
    const changed: string[] = [];
    for (const item of items) {
      const text = posted.get(item.id);
      if (text === undefined || text === item.minutesText) continue;
      // The item's version moves too: meeting mode typing into a stale item gets a conflict, not an overwrite.
      await tx.agendaItem.update({
        where: { id: item.id },
        data: { minutesText: text, version: { increment: 1 } },
      });
      changed.push(item.id);
    }
    const texts = Object.fromEntries(items.map((i) => [i.id, posted.get(i.id) ?? i.minutesText]));
    const last = await tx.minutesVersion.findFirst({
      where: { meetingId: meeting.id },
      orderBy: { number: "desc" },
      select: { number: true },
    });
    const number = (last?.number ?? 0) + 1;
    await tx.minutesVersion.create({
      data: { meetingId: meeting.id, number, texts: { minutes: input.minutes, items: texts }, byId: actor.id },
    });
    await audit(tx, {
      ...who(actor),
      action: "minutes.save",
      entityType: "Meeting",
      entityId: meeting.id,
      committeeId: meeting.committeeId,
      changes: { version: number, items: changed },
    });
    return { number };
  });
}

/**
 * Approves the minutes of a held meeting whose decision items all have their decision; approved minutes are
 * locked. Refused with the items still lacking one.
 */
export async function approveMinutes(actor: Actor, input: MinutesStepInput, now = new Date()): Promise<void> {
  const meeting = await managedMeeting(actor, input.meetingId);
  if (meeting.status !== "HELD") throw new UserError("minutes.notHeld");
  await db().$transaction(async (tx) => {
    const open = await outstandingItems(tx, meeting.id);
    if (open.length)
      throw new UserError("minutes.outstanding", { items: open.map((i) => `${i.position}. ${i.title}`).join(", ") });
    await claim(
      tx,
      input,
      { status: "MINUTES_APPROVED", minutesApprovedAt: now, minutesApprovedById: actor.id },
      { status: "HELD" },
    );
    await audit(tx, {
      ...who(actor),
      action: "minutes.approve",
      entityType: "Meeting",
      entityId: meeting.id,
      committeeId: meeting.committeeId,
    });
  });
}

/** Publishes approved minutes on the committee's public page. */
export async function publishMinutes(actor: Actor, input: MinutesStepInput, now = new Date()): Promise<void> {
  const meeting = await managedMeeting(actor, input.meetingId);
  if (meeting.status !== "MINUTES_APPROVED") throw new UserError("minutes.notApproved");
  await db().$transaction(async (tx) => {
    await claim(tx, input, { status: "MINUTES_PUBLISHED", minutesPublishedAt: now }, { status: "MINUTES_APPROVED" });
    await audit(tx, {
      ...who(actor),
      action: "minutes.publish",
      entityType: "Meeting",
      entityId: meeting.id,
      committeeId: meeting.committeeId,
    });
  });
}
