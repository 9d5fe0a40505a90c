// Meetings for the meeting-mode tests: written straight to the test database (the agenda's own mutations are
// another helper's), with the decision form's input as the form posts it.
import { db } from "@/lib/db";
import type { MeetingDecisionInput } from "@/lib/meetings/live-schema";

export function decisionInput(item: { id: string; version: number }): MeetingDecisionInput {
  return {
    agendaItemId: item.id,
    itemVersion: item.version,
    applicationId: "",
    applicationVersion: 0,
    projectId: "",
    poolId: "",
    outcome: "GRANT",
    amount: "",
    years: [],
    conditions: "",
    reasons: "",
    reasonsPersonal: false,
    aboveRequestConfirmed: false,
    aboveRequestReason: "",
    votesFor: "",
    votesAgainst: "",
    votesAbstain: "",
  };
}

/** A meeting of a committee whose agenda went out, with the given items (application, round or project). */
export async function meetingWith(
  committeeId: string,
  items: { title: string; applicationId?: string; callId?: string; projectId?: string }[],
  status: "PLANNED" | "AGENDA_SENT" | "HELD" | "MINUTES_APPROVED" = "AGENDA_SENT",
) {
  const meeting = await db().meeting.create({
    data: { committeeId, title: "Lokaludvalgsmøde", startsAt: new Date("2026-11-30T17:00:00Z"), status },
  });
  const created = [];
  for (const [i, item] of items.entries())
    created.push(await db().agendaItem.create({ data: { meetingId: meeting.id, position: i + 1, ...item } }));
  return { meeting, items: created };
}
