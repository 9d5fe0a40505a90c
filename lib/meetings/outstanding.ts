import "server-only";
import type { Tx } from "@/lib/db";

export type OutstandingItem = { id: string; position: number; title: string };

/** Applications a round item covers: the call's recommended cases, decided or not, never withdrawn or ineligible. */
export const roundCoversWhere = (callId: string) => ({
  callId,
  deletedAt: null,
  recommendations: { some: {} },
  status: { notIn: ["WITHDRAWN" as const, "INELIGIBLE" as const, "DRAFT" as const] },
});

/**
 * The decision items still without a decision: the one rule for "the minutes cannot be approved while an item
 * lacks a decision". A case item needs its Decision (an application's, wherever taken; a project's on this item);
 * a round item needs one for every application it covers; a free decision item needs its words in the minutes.
 * Discussion and information items need nothing.
 */
export async function outstandingItems(
  client: Pick<Tx, "agendaItem" | "application" | "decision">,
  meetingId: string,
): Promise<OutstandingItem[]> {
  const items = await client.agendaItem.findMany({
    where: { meetingId, deletedAt: null, kind: "DECISION" },
    orderBy: { position: "asc" },
    select: {
      id: true,
      position: true,
      title: true,
      applicationId: true,
      callId: true,
      projectId: true,
      minutesText: true,
      decisions: { select: { id: true } },
      application: { select: { decisions: { select: { id: true } } } },
    },
  });
  const out: OutstandingItem[] = [];
  for (const item of items) {
    let open: boolean;
    if (item.applicationId) open = (item.application?.decisions.length ?? 0) === 0;
    else if (item.projectId) open = item.decisions.length === 0;
    else if (item.callId)
      open =
        (await client.application.count({ where: { ...roundCoversWhere(item.callId), decisions: { none: {} } } })) > 0;
    else open = item.minutesText.trim() === "";
    if (open) out.push({ id: item.id, position: item.position, title: item.title });
  }
  return out;
}
