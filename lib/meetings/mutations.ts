import "server-only";
import { db, type Tx } from "@/lib/db";
import { audit } from "@/lib/audit";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { ConflictError, UserError, ValidationError } from "@/lib/actions/errors";
import { copenhagenLocalToUtc, utcToCopenhagenLocal } from "@/lib/calls/model";
import { translatorFor } from "@/lib/i18n/translator";
import { manageableMeeting, who } from "./access";
import { agendaOpen, attendanceError, openStatuses } from "./model";
import type { AttendanceInput, MeetingFormInput, MeetingRefInput } from "./schema";

export { sendAgenda } from "./send-agenda";

/** The instants a meeting's form gives: the start in Danish time, and the end the same day, if any. */
function times(input: MeetingFormInput) {
  const startsAt = copenhagenLocalToUtc(input.startsAt)!;
  const day = utcToCopenhagenLocal(startsAt).slice(0, 10);
  const endsAt = input.endsAt
    ? copenhagenLocalToUtc(`${day}T${input.endsAt.replace(".", ":").padStart(5, "0")}`)
    : null;
  return { startsAt, endsAt };
}

async function checkWorkingGroup(tx: Tx, committeeId: string, input: MeetingFormInput) {
  if (input.kind !== "WORKING_GROUP") return null;
  const group = await tx.workingGroup.findFirst({
    where: { id: input.workingGroupId, committeeId, deletedAt: null },
    select: { id: true },
  });
  if (!group) throw new ValidationError({ workingGroupId: "meetings.errors.workingGroupRequired" });
  return group.id;
}

const alive = { deletedAt: null, disabledAt: null };

/** Who is invited: the committee's active members, or the working group's live members; name and title as today. */
async function invitees(tx: Tx, committeeId: string, workingGroupId: string | null, startsAt: Date) {
  const current = { deletedAt: null, OR: [{ endsOn: null }, { endsOn: { gte: startsAt } }] };
  const titles = await tx.membership.findMany({
    where: { committeeId, role: "MEMBER", ...current, user: alive },
    orderBy: { user: { name: "asc" } },
    select: { userId: true, title: true, user: { select: { name: true } } },
  });
  if (!workingGroupId) return titles.map((m) => ({ userId: m.userId, name: m.user.name, title: m.title ?? "" }));
  const members = await tx.workingGroupMember.findMany({
    where: { workingGroupId, deletedAt: null, user: alive },
    orderBy: { user: { name: "asc" } },
    select: { userId: true, user: { select: { name: true } } },
  });
  const titleOf = new Map(titles.map((m) => [m.userId, m.title ?? ""]));
  return members.map((m) => ({ userId: m.userId, name: m.user.name, title: titleOf.get(m.userId) ?? "" }));
}

/** The standing items every agenda opens and closes with (Danish: the agenda is a record). */
export function standingItems() {
  const t = translatorFor("da");
  return {
    first: [
      { title: t("meetings.standing.approveAgenda"), kind: "DECISION" as const },
      { title: t("meetings.standing.approveMinutes"), kind: "DECISION" as const },
    ],
    last: [
      { title: t("meetings.standing.announcements"), kind: "INFORMATION" as const },
      { title: t("meetings.standing.anyOther"), kind: "DISCUSSION" as const },
    ],
  };
}

/** A new meeting with its invited attendees and the standing items, in one transaction. */
export async function createMeeting(actor: Actor, input: MeetingFormInput): Promise<{ id: string }> {
  assertCan(actor, "meeting:manage", input.committeeId);
  const { startsAt, endsAt } = times(input);
  return db().$transaction(async (tx) => {
    const workingGroupId = await checkWorkingGroup(tx, input.committeeId, input);
    const meeting = await tx.meeting.create({
      data: {
        committeeId: input.committeeId,
        title: input.title,
        kind: input.kind,
        workingGroupId,
        startsAt,
        endsAt,
        venue: input.venue,
        createdById: actor.id,
      },
      select: { id: true },
    });
    const people = await invitees(tx, input.committeeId, workingGroupId, startsAt);
    await tx.meetingAttendee.createMany({
      data: people.map((p) => ({ meetingId: meeting.id, ...p, attendance: "INVITED" as const })),
    });
    const { first, last } = standingItems();
    await tx.agendaItem.createMany({
      data: [...first, ...last].map((item, i) => ({ meetingId: meeting.id, position: i + 1, ...item })),
    });
    await audit(tx, {
      ...who(actor),
      action: "meeting.create",
      entityType: "Meeting",
      entityId: meeting.id,
      committeeId: input.committeeId,
      changes: { title: input.title, kind: input.kind, startsAt: startsAt.toISOString(), invited: people.length },
    });
    return meeting;
  });
}

/** The meeting's details, at the version the editor saw. The invited stay as they were. */
export async function updateMeeting(actor: Actor, input: MeetingFormInput): Promise<void> {
  const meeting = await manageableMeeting(actor, input.meetingId);
  // Approved minutes are a record: their head (title, date, place, kind) no longer changes.
  if (!agendaOpen(meeting.status)) throw new UserError("meetings.errors.closed");
  const { startsAt, endsAt } = times(input);
  await db().$transaction(async (tx) => {
    const workingGroupId = await checkWorkingGroup(tx, meeting.committeeId, input);
    const data = { title: input.title, kind: input.kind, workingGroupId, startsAt, endsAt, venue: input.venue };
    const { count } = await tx.meeting.updateMany({
      where: { id: meeting.id, version: input.version, deletedAt: null, status: { in: openStatuses } },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError("meeting version");
    const before = meeting as unknown as Record<string, unknown>;
    const shown = (v: unknown) => (v instanceof Date ? v.toISOString() : String(v ?? ""));
    const changed = Object.entries(data).filter(([k, v]) => shown(before[k]) !== shown(v));
    await audit(tx, {
      ...who(actor),
      action: "meeting.update",
      entityType: "Meeting",
      entityId: meeting.id,
      committeeId: meeting.committeeId,
      changes: Object.fromEntries(changed.map(([k, v]) => [k, { from: shown(before[k]), to: shown(v) }])),
    });
  });
}

/** Soft delete: only a planned meeting no decision points to. */
export async function deleteMeeting(actor: Actor, input: MeetingRefInput): Promise<void> {
  const meeting = await manageableMeeting(actor, input.meetingId);
  await db().$transaction(async (tx) => {
    const decided = await tx.decision.count({
      where: { OR: [{ meetingId: meeting.id }, { agendaItem: { meetingId: meeting.id } }] },
    });
    if (meeting.status !== "PLANNED" || decided > 0) throw new UserError("meetings.errors.cannotDelete");
    const { count } = await tx.meeting.updateMany({
      where: { id: meeting.id, version: input.version, deletedAt: null },
      data: { deletedAt: new Date(), version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError("meeting version");
    await audit(tx, {
      ...who(actor),
      action: "meeting.delete",
      entityType: "Meeting",
      entityId: meeting.id,
      committeeId: meeting.committeeId,
      changes: { title: meeting.title },
    });
  });
}

/** Who came, who votes, who stood in, arrivals and departures: the whole table at the meeting's version. */
export async function saveAttendance(actor: Actor, input: AttendanceInput): Promise<void> {
  const meeting = await manageableMeeting(actor, input.meetingId);
  if (!agendaOpen(meeting.status)) throw new UserError("meetings.errors.closed");
  input.attendees.forEach((a, i) => {
    const error = attendanceError(a);
    if (error) throw new ValidationError({ [`attendees.${i}.voting`]: `meetings.errors.${error}` });
  });
  await db().$transaction(async (tx) => {
    const { count } = await tx.meeting.updateMany({
      where: { id: meeting.id, version: input.version, deletedAt: null },
      data: { version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError("meeting version");
    const changes: Record<string, unknown> = {};
    for (const a of input.attendees) {
      const data = {
        attendance: a.attendance,
        voting: a.voting,
        substituteName: a.substituteName,
        note: a.note,
      };
      const { count: found } = await tx.meetingAttendee.updateMany({
        where: { id: a.attendeeId, meetingId: meeting.id },
        data,
      });
      if (found === 0) throw new ConflictError("attendee");
      changes[a.attendeeId] = data;
    }
    await audit(tx, {
      ...who(actor),
      action: "meeting.attendance",
      entityType: "Meeting",
      entityId: meeting.id,
      committeeId: meeting.committeeId,
      changes: changes as Record<string, never>,
    });
  });
}
