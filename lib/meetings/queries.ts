import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { can, committeesWhere, type Actor } from "@/lib/auth/permissions";
import { conflictsByItem } from "./conflicts";
import { agendaOpen, lateItemError } from "./model";
import type { AgendaForPrint } from "./agenda-pdf";

const readable = (actor: Actor) => ({ in: committeesWhere(actor, "meeting:read") });

/** The meetings of the actor's committees: upcoming first (soonest first), then past (latest first). */
export const getMeetingsPage = cache(async (actor: Actor, now = new Date()) => {
  const meetings = await db().meeting.findMany({
    where: { deletedAt: null, committeeId: readable(actor) },
    orderBy: { startsAt: "asc" },
    select: {
      id: true,
      title: true,
      kind: true,
      status: true,
      startsAt: true,
      committee: { select: { name: true } },
    },
  });
  const rows = meetings.map((m) => ({ ...m, committee: m.committee.name }));
  return {
    upcoming: rows.filter((m) => m.startsAt >= now),
    past: rows.filter((m) => m.startsAt < now).reverse(),
    canCreate: committeesWhere(actor, "meeting:manage").length > 0,
  };
});

/** The committees where the actor may plan a meeting, with their working groups. */
export const getNewMeetingPage = cache(async (actor: Actor) => {
  const committees = await db().committee.findMany({
    where: { deletedAt: null, archivedAt: null, id: { in: committeesWhere(actor, "meeting:manage") } },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      workingGroups: { where: { deletedAt: null }, orderBy: { name: "asc" }, select: { id: true, name: true } },
    },
  });
  return { committees };
});

/** A meeting's title for its page title, as far as the actor may read its committee's meetings. */
export const getMeetingTitle = cache(async (actor: Actor, id: string) =>
  db().meeting.findFirst({
    where: { id, deletedAt: null, committeeId: readable(actor) },
    select: { title: true },
  }),
);

/**
 * The meeting page: details, the invited and their attendance, the agenda with each item's case, attachments and
 * who leaves the room; for the secretariat also what may be added (calls with recommendations, projects awaiting
 * approval). Null for a meeting of another committee.
 */
export const getMeetingPage = cache(async (actor: Actor, id: string, now = new Date()) => {
  const meeting = await db().meeting.findFirst({
    where: { id, deletedAt: null, committeeId: readable(actor) },
    select: {
      id: true,
      title: true,
      kind: true,
      status: true,
      startsAt: true,
      endsAt: true,
      venue: true,
      version: true,
      agendaSentAt: true,
      workingGroupId: true,
      workingGroup: { select: { name: true } },
      committeeId: true,
      committee: {
        select: {
          id: true,
          name: true,
          kind: true,
          logoId: true,
          workingGroups: { where: { deletedAt: null }, orderBy: { name: "asc" }, select: { id: true, name: true } },
        },
      },
      attendees: {
        orderBy: { name: "asc" },
        select: { id: true, name: true, title: true, attendance: true, voting: true, substituteName: true, note: true },
      },
      agendaItems: {
        where: { deletedAt: null },
        orderBy: [{ position: "asc" }, { createdAt: "asc" }],
        select: {
          id: true,
          kind: true,
          title: true,
          body: true,
          recommendation: true,
          applicationId: true,
          callId: true,
          projectId: true,
          addedLateReason: true,
          version: true,
          _count: { select: { decisions: true } },
          application: {
            select: {
              reference: true,
              attachments: { where: { deletedAt: null }, select: { id: true, filename: true } },
            },
          },
        },
      },
    },
  });
  if (!meeting) return null;
  const canManage = can(actor, "meeting:manage", meeting.committeeId);
  const conflicts = await conflictsByItem(db(), meeting.agendaItems);
  const items = meeting.agendaItems.map((item, i) => ({
    id: item.id,
    number: i + 1,
    kind: item.kind,
    title: item.title,
    body: item.body,
    recommendation: item.recommendation,
    lateReason: item.addedLateReason,
    version: item.version,
    hasDecision: item._count.decisions > 0,
    attachments: item.application?.attachments ?? [],
    conflicts: (conflicts.get(item.id) ?? []).map((c) => c.name),
  }));
  const { agendaItems: _items, ...details } = meeting;
  const open = agendaOpen(meeting.status);
  const addable = canManage && open ? await addableCases(meeting.committeeId) : { calls: [], projects: [] };
  return {
    meeting: details,
    attendees: meeting.attendees,
    items,
    order: items.map((i) => i.id).join(","),
    canManage,
    agendaOpen: open,
    /** A new item must say why it comes late (the agenda is out, or the date has passed). */
    late: lateItemError(meeting, "", now) === "lateReasonRequired",
    workingGroups: meeting.committee.workingGroups,
    ...addable,
  };
});

/** What may be put on a committee's agenda: calls with recommendations, projects awaiting approval. */
async function addableCases(committeeId: string) {
  const [calls, projects] = await Promise.all([
    db().call.findMany({
      where: {
        committeeId,
        deletedAt: null,
        applications: { some: { deletedAt: null, recommendations: { some: {} } } },
      },
      orderBy: { title: "asc" },
      select: { id: true, title: true },
    }),
    db().project.findMany({
      where: { committeeId, deletedAt: null, status: "RECOMMENDED" },
      orderBy: { title: "asc" },
      select: { id: true, title: true },
    }),
  ]);
  return { calls, projects };
}

/** The committee's logo for the agenda's head, when it has one PDFKit can draw (PNG, JPEG). */
export async function getMeetingLogo(actor: Actor, meetingId: string) {
  const m = await db().meeting.findFirst({
    where: { id: meetingId, deletedAt: null, committeeId: readable(actor) },
    select: { committee: { select: { logo: { select: { data: true, mimeType: true, deletedAt: true } } } } },
  });
  const logo = m?.committee.logo;
  if (!logo?.data || logo.deletedAt || !["image/png", "image/jpeg"].includes(logo.mimeType)) return null;
  return Buffer.from(logo.data);
}

/** The agenda as the PDF prints it, with the committee's logo; null for a meeting the actor may not read. */
export async function getAgendaPdf(
  actor: Actor,
  id: string,
): Promise<{ print: AgendaForPrint; logo: Buffer | null } | null> {
  const page = await getMeetingPage(actor, id);
  if (!page) return null;
  const m = page.meeting;
  return {
    print: {
      committee: m.committee.name,
      title: m.title,
      startsAt: m.startsAt,
      endsAt: m.endsAt,
      venue: m.venue,
      attendees: page.attendees,
      items: page.items,
    },
    logo: m.committee.logoId ? await getMeetingLogo(actor, id) : null,
  };
}
