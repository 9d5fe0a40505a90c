import "server-only";
import { db, type Tx } from "@/lib/db";

// Server-side sessions: the signed cookie only names a UserSession row, and
// the row decides. Ending the row (logout, later an admin or a deactivation)
// kills every copy of the cookie at once.

/** Staff sessions end after this long without a request. */
export const STAFF_IDLE_TIMEOUT_MS = 2 * 60 * 60 * 1000;
// lastSeenAt is written at most this often, so reads do not each cost a write.
const TOUCH_INTERVAL_MS = 60 * 1000;

type SessionMeta = { address?: string | null; userAgent?: string | null };

export async function startSession(tx: Tx, userId: string, meta: SessionMeta): Promise<string> {
  const row = await tx.userSession.create({
    data: { userId, address: meta.address?.slice(0, 100) ?? null, userAgent: meta.userAgent?.slice(0, 500) ?? null },
    select: { id: true },
  });
  return row.id;
}

/** True when the session is the user's, not ended and not idle too long; records the use. */
export async function touchSession(sessionId: string, userId: string): Promise<boolean> {
  const now = Date.now();
  const live = { id: sessionId, userId, endedAt: null, lastSeenAt: { gt: new Date(now - STAFF_IDLE_TIMEOUT_MS) } };
  const stale = await db().userSession.updateMany({
    where: { ...live, lastSeenAt: { ...live.lastSeenAt, lte: new Date(now - TOUCH_INTERVAL_MS) } },
    data: { lastSeenAt: new Date(now) },
  });
  if (stale.count === 1) return true;
  return (await db().userSession.count({ where: live })) === 1;
}

export async function endSession(sessionId: string): Promise<void> {
  await db().userSession.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: new Date() } });
}
