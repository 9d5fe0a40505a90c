import "server-only";
import { asTx, type Reader } from "@/lib/db";
import { oreToNumber } from "@/lib/money";
import { conflictsByItem } from "@/lib/meetings/conflicts";
import { roundCoversWhere } from "@/lib/meetings/outstanding";
import type { MinutesSource, SourceDecision } from "./model";
import { privateNames } from "./redact";

// What a meeting recorded, read for its minutes: the caller has already found the meeting where the actor (or the
// public) may read it.

const decisionSelect = {
  id: true,
  outcome: true,
  amountOre: true,
  conditions: true,
  reasons: true,
  reasonsPersonal: true,
  aboveRequestReason: true,
  votesFor: true,
  votesAgainst: true,
  votesAbstain: true,
  fundsYear: true,
  conditional: true,
  years: { orderBy: { year: "asc" as const }, select: { year: true, amountOre: true, conditional: true } },
  application: {
    select: {
      title: true,
      requestedOre: true,
      organisation: { select: { name: true } },
    },
  },
} as const;

const appSelect = {
  contactName: true,
  publishedAt: true,
  publicName: true,
  organisation: { select: { name: true, kind: true } },
} as const;

type DecisionRow = {
  id: string;
  outcome: SourceDecision["outcome"];
  amountOre: bigint | null;
  conditions: string;
  reasons: string;
  reasonsPersonal: boolean;
  aboveRequestReason: string | null;
  votesFor: number | null;
  votesAgainst: number | null;
  votesAbstain: number | null;
  fundsYear: number | null;
  conditional: boolean;
  years: { year: number; amountOre: bigint; conditional: boolean }[];
  application: { title: string; requestedOre: bigint; organisation: { name: string } } | null;
};

function toSource(d: DecisionRow, labelled: boolean): SourceDecision {
  const amountOre = oreToNumber(d.amountOre);
  // A decision recorded before funds years were split keeps its one year.
  const years = d.years.length
    ? d.years.map((y) => ({ year: y.year, amountOre: Number(y.amountOre), conditional: y.conditional }))
    : d.fundsYear !== null && amountOre !== null
      ? [{ year: d.fundsYear, amountOre, conditional: d.conditional }]
      : [];
  return {
    label: labelled && d.application ? `${d.application.title} (${d.application.organisation.name})` : null,
    outcome: d.outcome,
    amountOre,
    requestedOre: d.application ? Number(d.application.requestedOre) : null,
    years,
    conditions: d.conditions,
    reasons: d.reasons,
    reasonsPersonal: d.reasonsPersonal,
    aboveRequestReason: d.aboveRequestReason,
    votes: d.votesFor === null ? null : { for: d.votesFor, against: d.votesAgainst ?? 0, abstain: d.votesAbstain ?? 0 },
  };
}

/** The meeting's minutes source, and the private names on its cases; null when there is no such meeting. */
export async function loadMinutesSource(
  reader: Reader,
  meetingId: string,
): Promise<{ source: MinutesSource; privateNames: string[] } | null> {
  const client = asTx(reader);
  const meeting = await client.meeting.findFirst({
    where: { id: meetingId, deletedAt: null },
    select: {
      title: true,
      kind: true,
      status: true,
      startsAt: true,
      endsAt: true,
      venue: true,
      minutes: true,
      committee: { select: { name: true, kind: true } },
      attendees: {
        orderBy: { name: "asc" },
        select: { name: true, title: true, attendance: true, substituteName: true, note: true },
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
          addedLateReason: true,
          applicationId: true,
          callId: true,
          projectId: true,
          decisions: { orderBy: { createdAt: "asc" }, select: decisionSelect },
          application: { select: { ...appSelect, decisions: { select: decisionSelect } } },
        },
      },
    },
  });
  if (!meeting) return null;
  const conflicts = await conflictsByItem(client, meeting.agendaItems);
  const apps: Parameters<typeof privateNames>[0][number][] = [];
  const items: MinutesSource["items"][number][] = [];
  for (const item of meeting.agendaItems) {
    const rows = new Map<string, { row: DecisionRow; labelled: boolean }>();
    for (const d of item.decisions) rows.set(d.id, { row: d, labelled: false });
    if (item.application) {
      apps.push(item.application);
      for (const d of item.application.decisions) rows.set(d.id, { row: d, labelled: false });
    }
    if (item.callId) {
      const covered = await client.application.findMany({
        where: roundCoversWhere(item.callId),
        orderBy: { reference: "asc" },
        select: { ...appSelect, decisions: { select: decisionSelect } },
      });
      apps.push(...covered);
      for (const a of covered) for (const d of a.decisions) rows.set(d.id, { row: d, labelled: true });
    }
    items.push({
      id: item.id,
      position: item.position,
      kind: item.kind,
      title: item.title,
      body: item.body,
      recommendation: item.recommendation,
      minutesText: item.minutesText,
      addedLateReason: item.addedLateReason,
      leftRoom: (conflicts.get(item.id) ?? []).map((c) => c.name),
      decisions: [...rows.values()].map(({ row, labelled }) => toSource(row, labelled)),
    });
  }
  const { committee, attendees, agendaItems: _items, ...rest } = meeting;
  return {
    source: { committee, meeting: rest, attendees, items },
    privateNames: privateNames(apps),
  };
}
