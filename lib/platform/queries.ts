import "server-only";
import { db } from "@/lib/db";
import { committeesWhere, type Actor } from "@/lib/auth/permissions";

/** For the health check, which a load balancer asks without an account: public, and tells nothing private. */
export async function checkDatabase(_: null): Promise<{
  up: boolean;
  latencyMs: number;
  migrations?: number;
  error?: string;
}> {
  const started = performance.now();
  try {
    const rows = await db().$queryRaw<
      { n: bigint }[]
    >`SELECT count(*) AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`;
    return { up: true, latencyMs: Math.round(performance.now() - started), migrations: Number(rows[0]?.n ?? 0) };
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
        { committeeId: null, entityType: { not: "User" }, actorId: { in: ids } },
      ],
    },
    orderBy: { at: "desc" },
    take,
    select: { id: true, at: true, actorLabel: true, action: true, entityType: true, entityId: true },
  });
}
