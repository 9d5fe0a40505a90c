import "server-only";
import { asTx, type Reader } from "@/lib/db";

export type ItemConflict = { userId: string; name: string; applicationId: string; reference: string | null };

/**
 * Who is out of the room for each agenda item: everyone the committee ruled out (forvaltningsloven § 3) of the
 * item's application, or of any application of the call a round item covers. The one reading of conflicts per
 * item, for the agenda, meeting mode and the minutes alike. Takes the client or a transaction.
 */
export async function conflictsByItem(
  reader: Reader,
  items: readonly { id: string; applicationId: string | null; callId: string | null }[],
): Promise<Map<string, ItemConflict[]>> {
  const client = asTx(reader);
  const appIds = items.flatMap((i) => (i.applicationId ? [i.applicationId] : []));
  const callIds = items.flatMap((i) => (i.callId ? [i.callId] : []));
  const result = new Map<string, ItemConflict[]>(items.map((i) => [i.id, []]));
  if (appIds.length === 0 && callIds.length === 0) return result;
  const ruled = await client.conflictDeclaration.findMany({
    where: {
      excluded: true,
      application: {
        deletedAt: null,
        OR: [{ id: { in: appIds } }, { callId: { in: callIds } }],
      },
    },
    orderBy: [{ application: { reference: "asc" } }, { user: { name: "asc" } }],
    select: {
      userId: true,
      user: { select: { name: true } },
      application: { select: { id: true, callId: true, reference: true } },
    },
  });
  for (const item of items) {
    const mine = ruled.filter((c) =>
      item.applicationId ? c.application.id === item.applicationId : c.application.callId === item.callId,
    );
    result.set(
      item.id,
      mine.map((c) => ({
        userId: c.userId,
        name: c.user.name,
        applicationId: c.application.id,
        reference: c.application.reference,
      })),
    );
  }
  return result;
}
