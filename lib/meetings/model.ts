// Pure rules for a committee's meetings, shared by the agenda, meeting mode and the minutes:
// planned → agenda sent → held → minutes approved → minutes published.
import type { Attendance, MeetingStatus } from "@/lib/generated/prisma/enums";

export const meetingStatuses: readonly MeetingStatus[] = [
  "PLANNED",
  "AGENDA_SENT",
  "HELD",
  "MINUTES_APPROVED",
  "MINUTES_PUBLISHED",
];

const rank = (s: MeetingStatus) => meetingStatuses.indexOf(s);

/** A status is reached or passed: "held or later". */
export const atLeast = (status: MeetingStatus, than: MeetingStatus): boolean => rank(status) >= rank(than);

/** The statuses in which the agenda (and the meeting's head) may still change: for `where` clauses. */
export const openStatuses: MeetingStatus[] = ["PLANNED", "AGENDA_SENT", "HELD"];

/** The agenda may change until the minutes are approved; after that the meeting is a record. */
export const agendaOpen = (status: MeetingStatus): boolean => rank(status) < rank("MINUTES_APPROVED");

/** Decisions are taken at a meeting once its agenda is out, until the minutes are approved. */
export const decisionsOpen = (status: MeetingStatus): boolean =>
  rank(status) >= rank("PLANNED") && rank(status) < rank("MINUTES_APPROVED");

/** The minutes' texts may be edited until they are approved; approved minutes are locked. */
export const minutesEditable = (status: MeetingStatus): boolean => rank(status) < rank("MINUTES_APPROVED");

/**
 * An item added after the agenda went out, or to a meeting whose date has passed, must say why (eftersendt
 * materiale); the reason is printed with the item. Returns the error key, or null.
 */
export function lateItemError(
  meeting: { status: MeetingStatus; startsAt: Date },
  reason: string | null | undefined,
  now: Date,
): "lateReasonRequired" | "closed" | null {
  if (!agendaOpen(meeting.status)) return "closed";
  const late = meeting.status !== "PLANNED" || meeting.startsAt.getTime() < now.getTime();
  return late && !(reason ?? "").trim() ? "lateReasonRequired" : null;
}

/** Only a member present may vote: an absent member (with or without notice) or one only invited cannot. */
export function attendanceError(a: { attendance: Attendance; voting: boolean }): "absentCannotVote" | null {
  return a.voting && a.attendance !== "PRESENT" ? "absentCannotVote" : null;
}

/** Moves the list so the item at `from` ends at `to`; positions are the array's order (1-based when stored). */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= items.length || to < 0 || to >= items.length) return [...items];
  const next = [...items];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved!);
  return next;
}
