import "server-only";
import { db } from "@/lib/db";
import { can, committeesWhere, type Actor } from "@/lib/auth/permissions";
import { lockedUserIds } from "@/lib/auth/admin-unlock";
import { STAFF_IDLE_TIMEOUT_MS } from "@/lib/auth/sessions";
import { mayActOnAccount, personStatus } from "./model";

/** The committees where the actor manages people, for the filter and the invitation form. */
async function managedCommittees(actor: Actor) {
  const ids = committeesWhere(actor, "user:manage");
  return db().committee.findMany({
    where: { id: { in: ids }, deletedAt: null },
    orderBy: { name: "asc" },
    select: { id: true, name: true, archivedAt: true },
  });
}

/**
 * The people page: the people of the committees where the actor manages users (or the one chosen), with their
 * roles there and their state (invited, active, deactivated, locked).
 */
export async function getPeoplePage(actor: Actor, committeeId?: string) {
  const committees = await managedCommittees(actor);
  const ids = committees.map((c) => c.id).filter((id) => !committeeId || id === committeeId);
  const scope = { committeeId: { in: ids }, deletedAt: null };
  const users = await db().user.findMany({
    where: { deletedAt: null, memberships: { some: scope } },
    orderBy: { email: "asc" },
    select: {
      id: true,
      email: true,
      name: true,
      disabledAt: true,
      passwordHash: true,
      oidcSubject: true,
      memberships: {
        where: scope,
        orderBy: { committee: { name: "asc" } },
        select: { role: true, title: true, committee: { select: { name: true } } },
      },
    },
  });
  const locked = await lockedUserIds(users);
  const people = users.map(({ passwordHash, oidcSubject, ...u }) => ({
    ...u,
    locked: locked.has(u.id),
    status: personStatus({ ...u, locked: locked.has(u.id), hasLogin: Boolean(passwordHash || oidcSubject) }),
  }));
  return { committees, people, committeeId: ids.length === 1 ? ids[0] : undefined };
}

/**
 * One person, as an admin of their committee sees them: roles in the actor's committees only, sign-ins and
 * sessions. Null (→ 404) for a person in none of the actor's committees.
 */
export async function getPersonPage(actor: Actor, userId: string) {
  const committees = await managedCommittees(actor);
  const ids = committees.map((c) => c.id);
  const scope = { committeeId: { in: ids }, deletedAt: null };
  const user = await db().user.findFirst({
    where: { id: userId, deletedAt: null, memberships: { some: scope } },
    select: {
      id: true,
      email: true,
      name: true,
      disabledAt: true,
      installationAdmin: true,
      totpEnabledAt: true,
      passwordHash: true,
      oidcSubject: true,
      createdAt: true,
      memberships: {
        where: scope,
        orderBy: [{ committee: { name: "asc" } }, { role: "asc" }],
        select: { id: true, role: true, title: true, createdAt: true, committee: { select: { id: true, name: true } } },
      },
      sessions: {
        orderBy: { createdAt: "desc" },
        take: 30,
        select: { id: true, createdAt: true, lastSeenAt: true, endedAt: true, address: true, userAgent: true },
      },
    },
  });
  if (!user) return null;
  const all = await db().membership.findMany({
    where: { userId, deletedAt: null, committee: { deletedAt: null } },
    select: { committeeId: true },
  });
  // Sign-ins and sessions, and the account's buttons, only for whom may act on the whole account.
  const canActOnAccount = mayActOnAccount(actor, {
    installationAdmin: user.installationAdmin,
    committeeIds: all.map((m) => m.committeeId),
  });
  const { passwordHash, oidcSubject, ...person } = user;
  const sessions = canActOnAccount ? user.sessions : [];
  const idleSince = Date.now() - STAFF_IDLE_TIMEOUT_MS;
  const locked = (await lockedUserIds([user])).has(user.id);
  return {
    person: {
      ...person,
      locked,
      status: personStatus({ ...person, locked, hasLogin: Boolean(passwordHash || oidcSubject) }),
      pendingInvitation: !passwordHash && !oidcSubject,
      sessions: sessions.map((s) => ({ ...s, live: !s.endedAt && s.lastSeenAt.getTime() > idleSince })),
    },
    committees: committees.filter((c) => !c.archivedAt),
    isSelf: user.id === actor.id,
    canActOnAccount,
    canSetInstallationAdmin: can(actor, "installation:manage"),
  };
}
