import "server-only";
import { db, type Tx } from "@/lib/db";
import { audit } from "@/lib/audit";
import { assertCan, committeesWhere, type Actor } from "@/lib/auth/permissions";
import { ConflictError, NotFoundError, UserError, ValidationError } from "@/lib/actions/errors";
import { manageableMeeting, who } from "./access";
import { callItems, projectItem, type NewItem } from "./agenda-builder";
import { agendaOpen, lateItemError, moveItem, openStatuses } from "./model";
import { standingItems } from "./mutations";
import type {
  CallItemsInput,
  FreeItemInput,
  ItemRefInput,
  ItemUpdateInput,
  MoveItemInput,
  ProjectItemInput,
} from "./schema";

type Meeting = Awaited<ReturnType<typeof manageableMeeting>>;

/** An item after the agenda went out or after the date says why; none after the minutes are approved. */
function lateReasonOf(meeting: Meeting, reason: string, now: Date): string | null {
  const error = lateItemError(meeting, reason, now);
  if (error === "closed") throw new UserError("meetings.errors.closed");
  if (error) throw new ValidationError({ lateReason: `meetings.errors.${error}` });
  return reason.trim() || null;
}

/**
 * New items go after the cases already there and before the closing standing items (Meddelelser, Eventuelt),
 * which move down; all in the caller's transaction, with the audit.
 */
async function insertItems(tx: Tx, actor: Actor, meeting: Meeting, items: NewItem[], lateReason: string | null) {
  const live = await tx.agendaItem.findMany({
    where: { meetingId: meeting.id, deletedAt: null },
    orderBy: { position: "asc" },
    select: { id: true, title: true, applicationId: true, callId: true, projectId: true },
  });
  const closing = new Set(standingItems().last.map((i) => i.title));
  let tail = 0;
  while (tail < live.length) {
    const item = live[live.length - 1 - tail]!;
    if (!closing.has(item.title) || item.applicationId || item.callId || item.projectId) break;
    tail++;
  }
  const at = live.length - tail;
  for (const [i, item] of live.slice(at).entries())
    await tx.agendaItem.update({ where: { id: item.id }, data: { position: at + items.length + i + 1 } });
  const created = [];
  for (const [i, item] of items.entries())
    created.push(
      await tx.agendaItem.create({
        data: { meetingId: meeting.id, position: at + i + 1, ...item, addedLateReason: lateReason },
        select: { id: true, title: true },
      }),
    );
  for (const item of created)
    await audit(tx, {
      ...who(actor),
      action: "agendaItem.create",
      entityType: "AgendaItem",
      entityId: item.id,
      committeeId: meeting.committeeId,
      changes: { meetingId: meeting.id, title: item.title, addedLateReason: lateReason ?? "" },
    });
  return { added: created.length };
}

/** A call's recommendations: the whole round as one item, or one item per application not yet on the agenda. */
export async function addCallItems(actor: Actor, input: CallItemsInput, now = new Date()) {
  const meeting = await manageableMeeting(actor, input.meetingId);
  const reason = lateReasonOf(meeting, input.lateReason, now);
  return db().$transaction(async (tx) => {
    const call = await tx.call.findFirst({
      where: { id: input.callId, committeeId: meeting.committeeId, deletedAt: null },
      select: { id: true, title: true },
    });
    if (!call) throw new ValidationError({ callId: "meetings.errors.callRequired" });
    const present = await tx.agendaItem.findMany({
      where: {
        meetingId: meeting.id,
        deletedAt: null,
        OR: [{ callId: call.id }, { application: { callId: call.id } }],
      },
      select: { callId: true, applicationId: true },
    });
    if (present.some((p) => p.callId)) throw new ValidationError({ callId: "meetings.errors.alreadyOnAgenda" });
    const skip = new Set(present.flatMap((p) => (p.applicationId ? [p.applicationId] : [])));
    const items = await callItems(tx, call, meeting.committee.kind, input.mode, skip);
    if (items.length === 0) throw new ValidationError({ callId: "meetings.errors.nothingToAdd" });
    return insertItems(tx, actor, meeting, items, reason);
  });
}

/** A project awaiting approval (RECOMMENDED), once per meeting. */
export async function addProjectItem(actor: Actor, input: ProjectItemInput, now = new Date()) {
  const meeting = await manageableMeeting(actor, input.meetingId);
  const reason = lateReasonOf(meeting, input.lateReason, now);
  return db().$transaction(async (tx) => {
    const item = await projectItem(tx, input.projectId, meeting.committeeId, meeting.committee.kind);
    if (!item) throw new ValidationError({ projectId: "meetings.errors.projectRequired" });
    const present = await tx.agendaItem.count({
      where: { meetingId: meeting.id, deletedAt: null, projectId: input.projectId },
    });
    if (present > 0) throw new ValidationError({ projectId: "meetings.errors.alreadyOnAgenda" });
    return insertItems(tx, actor, meeting, [item], reason);
  });
}

/** An item of the secretariat's own words: a title, a kind, the case and a recommendation. */
export async function addFreeItem(actor: Actor, input: FreeItemInput, now = new Date()) {
  const meeting = await manageableMeeting(actor, input.meetingId);
  const reason = lateReasonOf(meeting, input.lateReason, now);
  const { title, kind, body, recommendation } = input;
  return db().$transaction((tx) => insertItems(tx, actor, meeting, [{ title, kind, body, recommendation }], reason));
}

/** A live item of a meeting the actor may write, with its meeting; another committee's is not found. */
async function manageableItem(actor: Actor, itemId: string) {
  assertCan(actor, "meeting:read");
  const item = await db().agendaItem.findFirst({
    where: {
      id: itemId,
      deletedAt: null,
      meeting: { deletedAt: null, committeeId: { in: committeesWhere(actor, "meeting:read") } },
    },
    select: { id: true, meetingId: true, title: true, kind: true, body: true, recommendation: true },
  });
  if (!item) throw new NotFoundError();
  const meeting = await manageableMeeting(actor, item.meetingId);
  if (!agendaOpen(meeting.status)) throw new UserError("meetings.errors.closed");
  return { item, meeting };
}

/** An item's title, kind, case and recommendation, at the version the editor saw. */
export async function updateItem(actor: Actor, input: ItemUpdateInput): Promise<void> {
  const { item, meeting } = await manageableItem(actor, input.itemId);
  const data = { title: input.title, kind: input.kind, body: input.body, recommendation: input.recommendation };
  await db().$transaction(async (tx) => {
    const { count } = await tx.agendaItem.updateMany({
      where: { id: item.id, version: input.version, deletedAt: null, meeting: { status: { in: openStatuses } } },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError("agenda item version");
    const before = item as Record<string, unknown>;
    const changed = Object.entries(data).filter(([k, v]) => before[k] !== v);
    await audit(tx, {
      ...who(actor),
      action: "agendaItem.update",
      entityType: "AgendaItem",
      entityId: item.id,
      committeeId: meeting.committeeId,
      changes: Object.fromEntries(changed.map(([k, v]) => [k, { from: String(before[k]), to: v }])),
    });
  });
}

/** Soft delete; an item with a decision stays. */
export async function removeItem(actor: Actor, input: ItemRefInput): Promise<void> {
  const { item, meeting } = await manageableItem(actor, input.itemId);
  await db().$transaction(async (tx) => {
    if ((await tx.decision.count({ where: { agendaItemId: item.id } })) > 0)
      throw new UserError("meetings.errors.hasDecision");
    const { count } = await tx.agendaItem.updateMany({
      where: { id: item.id, version: input.version, deletedAt: null, meeting: { status: { in: openStatuses } } },
      data: { deletedAt: new Date(), version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError("agenda item version");
    await audit(tx, {
      ...who(actor),
      action: "agendaItem.delete",
      entityType: "AgendaItem",
      entityId: item.id,
      committeeId: meeting.committeeId,
      changes: { title: item.title },
    });
  });
}

/** One step up or down; the order the page showed must still be the order, else a conflict. */
export async function moveAgendaItem(actor: Actor, input: MoveItemInput): Promise<void> {
  const { item, meeting } = await manageableItem(actor, input.itemId);
  await db().$transaction(async (tx) => {
    // Two moves at once: the second waits here and then sees the first's order (a conflict), never a mix.
    await tx.$executeRaw`SELECT 1 FROM "Meeting" WHERE id = ${meeting.id} FOR UPDATE`;
    const live = await tx.agendaItem.findMany({
      where: { meetingId: meeting.id, deletedAt: null },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      select: { id: true, position: true },
    });
    if (live.map((i) => i.id).join(",") !== input.order) throw new ConflictError("agenda order");
    const from = live.findIndex((i) => i.id === item.id);
    const to = input.direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= live.length) return;
    const next = moveItem(live, from, to);
    for (const [i, row] of next.entries())
      if (row.position !== i + 1) await tx.agendaItem.update({ where: { id: row.id }, data: { position: i + 1 } });
    await audit(tx, {
      ...who(actor),
      action: "agendaItem.move",
      entityType: "AgendaItem",
      entityId: item.id,
      committeeId: meeting.committeeId,
      changes: { from: from + 1, to: to + 1 },
    });
  });
}
