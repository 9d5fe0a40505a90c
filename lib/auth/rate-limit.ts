import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

// Fixed-window counters in PostgreSQL, so every instance behind a load
// balancer sees the same count.
export type Window = { limit: number; seconds: number };

/** Seconds until the key may try again, or 0 when it is under its limit. */
export async function retryAfter(key: string, window: Window): Promise<number> {
  const row = await db().rateLimit.findUnique({ where: { key } });
  if (!row) return 0;
  const ends = row.windowStart.getTime() + window.seconds * 1000;
  if (ends <= Date.now() || row.count < window.limit) return 0;
  return Math.ceil((ends - Date.now()) / 1000);
}

export async function clearHits(key: string): Promise<void> {
  await db().rateLimit.deleteMany({ where: { key } });
}

type Take = { allowed: true; count: number } | { allowed: false; retryAfter: number };

// The upsert both paths share: a new row, a fresh window once the old one
// has passed, else one more in the current window.
function upsertHit(key: string, window: Window, onlyBelowLimit: boolean) {
  const expired = Prisma.sql`"RateLimit"."windowStart" < now() - make_interval(secs => ${window.seconds})`;
  const guard = onlyBelowLimit ? Prisma.sql`WHERE ${expired} OR "RateLimit"."count" < ${window.limit}` : Prisma.empty;
  return db().$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimit" ("key", "windowStart", "count") VALUES (${key}, now(), 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN ${expired} THEN 1 ELSE "RateLimit"."count" + 1 END,
      "windowStart" = CASE WHEN ${expired} THEN now() ELSE "RateLimit"."windowStart" END
    ${guard}
    RETURNING "count"`;
}

/**
 * Check and count in one statement: the row is locked by the upsert, so of
 * many parallel callers exactly `limit` are allowed per window. A refused
 * call changes nothing, so the count shows the tries that were let through.
 */
export async function takeHit(key: string, window: Window): Promise<Take> {
  const rows = await upsertHit(key, window, true);
  if (rows[0]) return { allowed: true, count: Number(rows[0].count) };
  return { allowed: false, retryAfter: Math.max(1, await retryAfter(key, window)) };
}

/** Counts a hit and returns the new count (for limits checked after the fact). */
export async function countHit(key: string, window: Window): Promise<number> {
  const rows = await upsertHit(key, window, false);
  return Number(rows[0]?.count ?? 0);
}

/** Gives back one taken hit (a try that turned out to be a successful login). */
export async function refundHit(key: string): Promise<void> {
  await db().$executeRaw`UPDATE "RateLimit" SET "count" = GREATEST("count" - 1, 0) WHERE "key" = ${key}`;
}
