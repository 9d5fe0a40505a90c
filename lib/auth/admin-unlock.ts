import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { NotFoundError } from "@/lib/actions/errors";
import { assertCan, committeesWhere, type Actor } from "./permissions";
import { lockKey, loginWindows } from "./login-limits";

/**
 * The admin's way out of a login lockout: for a user in one of the
 * committees the admin manages users in. Audited like any change.
 */
export async function unlockLoginAsAdmin(actor: Actor, userId: string): Promise<void> {
  assertCan(actor, "user:manage");
  const committees = committeesWhere(actor, "user:manage");
  const user = await db().user.findFirst({
    where: { id: userId, deletedAt: null, memberships: { some: { committeeId: { in: committees }, deletedAt: null } } },
    select: {
      id: true,
      email: true,
      memberships: { where: { committeeId: { in: committees } }, select: { committeeId: true } },
    },
  });
  if (!user) throw new NotFoundError();
  await db().$transaction(async (tx) => {
    await tx.rateLimit.deleteMany({ where: { key: lockKey(user.email) } });
    await audit(tx, {
      actorId: actor.id,
      actorLabel: actor.email,
      action: "login.unlockedByAdmin",
      entityType: "User",
      entityId: user.id,
      committeeId: user.memberships[0]?.committeeId ?? null,
    });
  });
}

/** Which of these users are locked out of logging in now (for the admin's user list). */
export async function lockedUserIds(users: { id: string; email: string }[]): Promise<Set<string>> {
  const idByKey = new Map(users.map((u) => [lockKey(u.email), u.id]));
  const since = new Date(Date.now() - loginWindows.perEmail.seconds * 1000);
  const rows = await db().rateLimit.findMany({
    where: {
      key: { in: [...idByKey.keys()] },
      count: { gte: loginWindows.perEmail.limit },
      windowStart: { gt: since },
    },
    select: { key: true },
  });
  return new Set(rows.flatMap((r) => idByKey.get(r.key) ?? []));
}
