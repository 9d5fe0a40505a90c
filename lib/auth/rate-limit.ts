import "server-only";
import { db } from "@/lib/db";

// Fixed-window counters in PostgreSQL, so every instance behind a load
// balancer sees the same count.
export type Window = { limit: number; seconds: number };

export const loginWindows = {
  perEmail: { limit: 5, seconds: 15 * 60 },
  perAddress: { limit: 50, seconds: 15 * 60 },
} satisfies Record<string, Window>;

/** Seconds until the key may try again, or 0 when it is under its limit. */
export async function retryAfter(key: string, window: Window): Promise<number> {
  const row = await db().rateLimit.findUnique({ where: { key } });
  if (!row) return 0;
  const ends = row.windowStart.getTime() + window.seconds * 1000;
  if (ends <= Date.now() || row.count < window.limit) return 0;
  return Math.ceil((ends - Date.now()) / 1000);
}

export async function recordHit(key: string, window: Window): Promise<void> {
  await db().$executeRaw`
    INSERT INTO "RateLimit" ("key", "windowStart", "count") VALUES (${key}, now(), 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."windowStart" < now() - make_interval(secs => ${window.seconds}) THEN 1 ELSE "RateLimit"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" < now() - make_interval(secs => ${window.seconds}) THEN now() ELSE "RateLimit"."windowStart" END`;
}

export async function clearHits(key: string): Promise<void> {
  await db().rateLimit.deleteMany({ where: { key } });
}
