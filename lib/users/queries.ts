import "server-only";
import { db } from "@/lib/db";
import { committeesWhere, type Actor } from "@/lib/auth/permissions";
import { lockedUserIds } from "@/lib/auth/admin-unlock";

/**
 * The users page: the users of the committees where the actor manages users,
 * with their roles there, and whether each is locked out of logging in now.
 */
export async function listUsers(actor: Actor) {
  const committees = committeesWhere(actor, "user:manage");
  if (committees.length === 0) return [];
  const users = await db().user.findMany({
    where: { deletedAt: null, memberships: { some: { committeeId: { in: committees }, deletedAt: null } } },
    orderBy: { email: "asc" },
    select: {
      id: true,
      email: true,
      name: true,
      disabledAt: true,
      memberships: {
        where: { committeeId: { in: committees }, deletedAt: null },
        select: { role: true, title: true, committee: { select: { name: true } } },
      },
    },
  });
  const locked = await lockedUserIds(users);
  return users.map((u) => ({ ...u, locked: locked.has(u.id) }));
}
