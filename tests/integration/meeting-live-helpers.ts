// Meetings for the meeting-mode tests: written straight to the test database (the agenda's own mutations are
// another helper's), with the decision form's input as the form posts it.
import { db } from "@/lib/db";
import type { MeetingDecisionInput } from "@/lib/meetings/live-schema";
import { createCallWithApplications, createCommittee, createUser } from "@/tests/factories";

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

/** A committee with a pool for 2026 (not 2028), a round of three applications (two recommended) and a meeting. */
export async function setting() {
  const committee = await createCommittee();
  const { actor: secretariat } = await createUser({ roles: [{ committeeId: committee.id, role: "SECRETARIAT" }] });
  const pool = await db().pool.create({
    data: {
      committeeId: committee.id,
      name: "Puljen",
      years: { create: [2026, 2027].map((year) => ({ year, budgetOre: 100_000_000n })) },
    },
  });
  const { call, applications } = await createCallWithApplications(committee.id, 3);
  await db().call.update({ where: { id: call.id }, data: { poolId: pool.id } });
  for (const [i, a] of applications.entries()) {
    await db().application.update({
      where: { id: a.id },
      data: { reference: `${committee.slug}-00${i + 1}`, eligible: true },
    });
    if (i > 0) await db().recommendation.create({ data: { applicationId: a.id, outcome: "GRANT", text: "Støttes" } });
  }
  const { meeting, items } = await meetingWith(committee.id, [
    { title: "Ansøgning 1", applicationId: applications[0]!.id },
    { title: "Puljerunden", callId: call.id },
    { title: "Eventuelt" },
  ]);
  return { committee, secretariat, pool, call, applications, meeting, items };
}
