import "server-only";
import { db } from "@/lib/db";
import { queueName, reminderKinds } from "@/lib/jobs/model";

// What the metrics scrape reads from the database: counts only, never a row's content. The scraper authenticates
// with the metrics token, not a session, so these take no actor (like the health check's checkDatabase).

export type QueueCounts = { queue: string; queued: number; active: number; failed: number };

/**
 * Jobs per queue in pg-boss's table (schema "pgboss"): waiting (created or waiting to retry), running, and failed
 * (kept there for 30 days, then archived). Every known queue is listed, with zeros before its first job; none
 * before the runner has made its tables.
 */
export async function readQueueCounts(_: null): Promise<QueueCounts[]> {
  const names = reminderKinds.map(queueName);
  const [check] = await db().$queryRaw<{ ready: boolean }[]>`SELECT to_regclass('pgboss.job') IS NOT NULL AS ready`;
  if (!check?.ready) return [];
  const rows = await db().$queryRaw<{ name: string; state: string; n: number }[]>`
    SELECT name, state::text AS state, count(*)::int AS n FROM pgboss.job
    WHERE state IN ('created', 'retry', 'active', 'failed') GROUP BY name, state`;
  const queues = [...new Set([...names, ...rows.map((r) => r.name)])].sort();
  const count = (queue: string, states: string[]) =>
    rows.filter((r) => r.name === queue && states.includes(r.state)).reduce((sum, r) => sum + r.n, 0);
  return queues.map((queue) => ({
    queue,
    queued: count(queue, ["created", "retry"]),
    active: count(queue, ["active"]),
    failed: count(queue, ["failed"]),
  }));
}

/** Mails in the outbox not yet delivered, and those whose delivery failed (lib/mail/outbox.ts). */
export async function readOutboxCounts(_: null): Promise<{ pending: number; failed: number }> {
  const [row] = await db().$queryRaw<{ pending: number; failed: number }[]>`
    SELECT count(*) FILTER (WHERE "sentAt" IS NULL AND "error" IS NULL)::int AS pending,
           count(*) FILTER (WHERE "sentAt" IS NULL AND "error" IS NOT NULL)::int AS failed
    FROM "EmailMessage"`;
  return { pending: row?.pending ?? 0, failed: row?.failed ?? 0 };
}
