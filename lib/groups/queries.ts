import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { committeesWhere, type Actor } from "@/lib/auth/permissions";

/** A committee's live working groups with their members, and the people who may join; null when not the actor's. */
export const getGroupsPage = cache(async (actor: Actor, committeeId: string) => {
  const committee = await db().committee.findFirst({
    where: { id: committeeId, deletedAt: null, AND: [{ id: { in: committeesWhere(actor, "committee:manage") } }] },
    select: {
      id: true,
      name: true,
      workingGroups: {
        where: { deletedAt: null },
        orderBy: { name: "asc" },
        select: {
          id: true,
          name: true,
          description: true,
          members: {
            where: { deletedAt: null },
            orderBy: { user: { name: "asc" } },
            select: { isCoordinator: true, user: { select: { id: true, name: true } } },
          },
        },
      },
      memberships: {
        where: { deletedAt: null, role: { not: "APPLICANT" }, user: { deletedAt: null, disabledAt: null } },
        orderBy: { user: { name: "asc" } },
        select: { user: { select: { id: true, name: true } } },
      },
    },
  });
  if (!committee) return null;
  const people = [...new Map(committee.memberships.map((m) => [m.user.id, m.user])).values()];
  return {
    committee: { id: committee.id, name: committee.name },
    groups: committee.workingGroups.map((g) => ({
      id: g.id,
      name: g.name,
      description: g.description,
      members: g.members.map((m) => ({ id: m.user.id, name: m.user.name, isCoordinator: m.isCoordinator })),
    })),
    people,
  };
});
