import "server-only";
import { db } from "@/lib/db";
import { committeesWhere, type Actor } from "@/lib/auth/permissions";

export async function listUsers(actor: Actor) {
  const committees = committeesWhere(actor, "user:manage");
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
  return users;
}
