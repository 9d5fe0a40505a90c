import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { can, committeesWhere, type Actor } from "@/lib/auth/permissions";
import { notRuledOut } from "@/lib/calls/queries";
import { getCallRanking } from "@/lib/scoring/queries";
import { budgetTotal, budgetLineColumns } from "@/lib/projects/model";
import { oreToNumber } from "@/lib/money";
import type { DecisionOutcome } from "@/lib/generated/prisma/enums";
import { conflictsByItem } from "./conflicts";
import { decisionsOpen } from "./model";
import { roundCoversWhere } from "./outstanding";

const caseSelect = {
  id: true,
  reference: true,
  title: true,
  version: true,
  status: true,
  requestedOre: true,
  organisation: { select: { name: true } },
  recommendations: {
    orderBy: { createdAt: "desc" as const },
    take: 1,
    select: { outcome: true, amountOre: true, text: true },
  },
  decisions: { select: { id: true, outcome: true, amountOre: true } },
} as const;

type CaseRow = {
  id: string;
  reference: string | null;
  title: string;
  version: number;
  status: string;
  requestedOre: bigint;
  organisation: { name: string };
  recommendations: { outcome: DecisionOutcome; amountOre: bigint | null; text: string }[];
  decisions: { id: string; outcome: DecisionOutcome; amountOre: bigint | null }[];
};

const caseDto = (a: CaseRow) => ({
  id: a.id,
  reference: a.reference ?? "",
  title: a.title,
  version: a.version,
  organisation: a.organisation.name,
  requestedOre: oreToNumber(a.requestedOre) ?? 0,
  recommendation: a.recommendations[0]
    ? { ...a.recommendations[0], amountOre: oreToNumber(a.recommendations[0].amountOre) }
    : null,
  decision: a.decisions[0]
    ? { outcome: a.decisions[0].outcome, amountOre: oreToNumber(a.decisions[0].amountOre) }
    : null,
});
export type LiveCase = ReturnType<typeof caseDto>;

/**
 * Meeting mode: the meeting's items with their cases, rankings, recommendations and who is out of the room, read
 * for the secretariat of the meeting's committee. A case the reader is ruled out of is left out (its scores too).
 */
export const getLivePage = cache(async (actor: Actor, meetingId: string) => {
  const meeting = await db().meeting.findFirst({
    where: { id: meetingId, deletedAt: null, committeeId: { in: committeesWhere(actor, "meeting:manage") } },
    select: {
      id: true,
      title: true,
      startsAt: true,
      status: true,
      version: true,
      committeeId: true,
      attendees: {
        orderBy: { name: "asc" },
        select: { id: true, name: true, title: true, attendance: true, voting: true },
      },
      agendaItems: {
        where: { deletedAt: null },
        orderBy: { position: "asc" },
        select: {
          id: true,
          position: true,
          kind: true,
          title: true,
          body: true,
          recommendation: true,
          minutesText: true,
          version: true,
          applicationId: true,
          callId: true,
          projectId: true,
          call: { select: { decidedBy: true } },
          application: { select: { callId: true } },
          project: {
            select: {
              id: true,
              title: true,
              status: true,
              budgetLines: { select: budgetLineColumns },
              decisions: { select: { id: true, outcome: true, amountOre: true } },
            },
          },
        },
      },
    },
  });
  if (!meeting) return null;
  const out = await conflictsByItem(db(), meeting.agendaItems);
  const pools = await db().pool.findMany({
    where: { committeeId: meeting.committeeId, deletedAt: null },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
  const items = [];
  for (const item of meeting.agendaItems) {
    let cases: LiveCase[] = [];
    let ranking: { applicationId: string; rank: number | null; weightedScore: number | null }[] = [];
    if (item.applicationId || item.callId) {
      const apps = await db().application.findMany({
        where: {
          ...(item.applicationId ? { id: item.applicationId, deletedAt: null } : roundCoversWhere(item.callId!)),
          ...notRuledOut(actor),
        },
        orderBy: { reference: "asc" },
        select: caseSelect,
      });
      cases = apps.map(caseDto);
      const callId = item.callId ?? item.application?.callId;
      const read = callId ? await getCallRanking(actor, callId) : null;
      ranking = (read?.ranking.applications ?? [])
        .filter((r) => cases.some((c) => c.id === r.applicationId))
        .map((r) => ({ applicationId: r.applicationId, rank: r.rank, weightedScore: r.weightedScore }));
    }
    let project = null;
    if (item.project) {
      const lines = item.project.budgetLines;
      const d = item.project.decisions.find(() => true);
      project = {
        id: item.project.id,
        title: item.project.title,
        status: item.project.status,
        budgetOre: budgetTotal(lines.map((l) => ({ ...l, amountOre: oreToNumber(l.amountOre) ?? 0 }))),
        decision: d ? { outcome: d.outcome, amountOre: oreToNumber(d.amountOre) } : null,
      };
    }
    items.push({
      id: item.id,
      position: item.position,
      kind: item.kind,
      title: item.title,
      body: item.body,
      recommendation: item.recommendation,
      minutesText: item.minutesText,
      version: item.version,
      round: item.callId !== null,
      free: !item.applicationId && !item.callId && !item.projectId,
      // A case item whose only case the reader is ruled out of: shown, but neither its scores nor its form.
      hiddenCase: item.applicationId !== null && cases.length === 0,
      cases,
      ranking,
      project,
      outOfRoom: (out.get(item.id) ?? []).map((c) => ({ name: c.name, reference: c.reference })),
    });
  }
  return {
    meeting: {
      id: meeting.id,
      title: meeting.title,
      startsAt: meeting.startsAt,
      status: meeting.status,
      version: meeting.version,
    },
    attendees: meeting.attendees,
    items,
    pools,
    canDecide: decisionsOpen(meeting.status) && can(actor, "decision:record", meeting.committeeId),
    canEnd: meeting.status === "PLANNED" || meeting.status === "AGENDA_SENT",
  };
});
export type LivePage = NonNullable<Awaited<ReturnType<typeof getLivePage>>>;
export type LiveItem = LivePage["items"][number];

// What a round item covers, whichever the call (roundCoversWhere is the one rule).
const { callId: _anyCall, ...coveredByRound } = roundCoversWhere("");

/** "Møder" on a case file or a project: every meeting the case was on, and the decision taken there. */
export async function getCaseMeetings(actor: Actor, of: { applicationId: string } | { projectId: string }) {
  const committees = committeesWhere(actor, "meeting:read");
  const caseWhere =
    "applicationId" in of
      ? {
          OR: [
            { applicationId: of.applicationId },
            { call: { applications: { some: { ...coveredByRound, id: of.applicationId } } } },
          ],
        }
      : { projectId: of.projectId };
  const items = await db().agendaItem.findMany({
    where: { deletedAt: null, meeting: { deletedAt: null, committeeId: { in: committees } }, ...caseWhere },
    orderBy: { meeting: { startsAt: "desc" } },
    select: {
      id: true,
      meeting: { select: { id: true, title: true, startsAt: true, status: true } },
      decisions: {
        where: "applicationId" in of ? { applicationId: of.applicationId } : { projectId: of.projectId },
        select: { outcome: true, amountOre: true, decidedOn: true },
      },
    },
  });
  return items.map((i) => ({
    ...i.meeting,
    decision: i.decisions[0] ? { ...i.decisions[0], amountOre: oreToNumber(i.decisions[0].amountOre) } : null,
  }));
}
