import "server-only";
import fs from "node:fs";
import path from "node:path";
import { db } from "@/lib/db";
import { can, committeesWhere, type Actor } from "@/lib/auth/permissions";

/** The migrations this version ships (prisma/migrations, beside the app), read once per instance. */
let shipped: string[] | null = null;
function shippedMigrations(): string[] {
  if (shipped) return shipped;
  try {
    shipped = fs
      .readdirSync(path.join(process.cwd(), "prisma", "migrations"), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
  } catch {
    shipped = [];
  }
  return shipped;
}

/**
 * For the health check, which a load balancer asks without an account: public,
 * and tells nothing private. Readiness: the database answers, every migration
 * this version ships is applied, and when the job runner last finished a job.
 */
export async function checkDatabase(_: null): Promise<{
  up: boolean;
  latencyMs: number;
  migrations?: number;
  pendingMigrations?: string[];
  jobsLastRunAt?: Date | null;
  error?: string;
}> {
  const started = performance.now();
  try {
    const rows = await db().$queryRaw<{ name: string }[]>`
      SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    const latencyMs = Math.round(performance.now() - started);
    const applied = new Set(rows.map((r) => r.name));
    // The queue's tables exist once a runner has started (pg-boss makes them): asked only then.
    const [queue] = await db().$queryRaw<{ ready: boolean }[]>`
      SELECT to_regclass('pgboss.job') IS NOT NULL AND to_regclass('pgboss.archive') IS NOT NULL AS ready`;
    const [jobs] = queue?.ready
      ? await db().$queryRaw<{ at: Date | null }[]>`
          SELECT max(at) AS at FROM (
            SELECT max(completed_on) AS at FROM pgboss.job WHERE state = 'completed'
            UNION ALL SELECT max(completed_on) FROM pgboss.archive WHERE state = 'completed') runs`
      : [];
    return {
      up: true,
      latencyMs,
      migrations: applied.size,
      pendingMigrations: shippedMigrations().filter((m) => !applied.has(m)),
      jobsLastRunAt: jobs?.at ?? null,
    };
  } catch (e) {
    return {
      up: false,
      latencyMs: Math.round(performance.now() - started),
      error: (e as Error).message.split("\n")[0],
    };
  }
}

/**
 * The audit log as an admin may read it: the rows of the committees where
 * they hold audit:read. A row without a committee (a login, a lockout) shows
 * only when it is about a user of those committees, or, when it is not about
 * a user at all, done by one. Another committee's users, and failed logins
 * for addresses nobody has, stay out.
 */
export async function listAuditEntries(actor: Actor, take = 100) {
  const committees = committeesWhere(actor, "audit:read");
  if (committees.length === 0) return [];
  const users = await db().user.findMany({
    where: { memberships: { some: { committeeId: { in: committees }, deletedAt: null } } },
    select: { id: true },
  });
  const ids = users.map((u) => u.id);
  return db().auditEntry.findMany({
    where: {
      OR: [
        { committeeId: { in: committees } },
        { committeeId: null, entityType: "User", entityId: { in: ids } },
        // Whose personal data was exported (entity "Person", the address) is the installation admins' to read.
        { committeeId: null, entityType: { notIn: ["User", "Person"] }, actorId: { in: ids } },
        ...(can(actor, "installation:manage") ? [{ entityType: "Person" }] : []),
      ],
    },
    orderBy: { at: "desc" },
    take,
    select: { id: true, at: true, actorLabel: true, action: true, entityType: true, entityId: true },
  });
}
