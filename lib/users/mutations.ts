import "server-only";
import { db, type Tx } from "@/lib/db";
import { audit } from "@/lib/audit";
import { NotFoundError, UserError } from "@/lib/actions/errors";
import { assertCan, committeesWhere, type Actor } from "@/lib/auth/permissions";
import { grantRole } from "./invitations";
import { lastAdminRefusal } from "./model";
import { accountInScope, personInScope } from "./scope";
import { endUserSessions } from "./password";
import { revokeTokens } from "@/lib/auth/tokens";
import type { AddMembershipInput, StaffRole } from "./schema";

// Changes to a person by an admin of one of their committees. A person in none of the actor's committees is not
// found; a role in a committee the actor does not manage users in is forbidden. There is no hard delete: a person
// has history (scores, decisions, the audit log), so they are deactivated instead.

const log = (tx: Tx, actor: Actor, action: string, userId: string, committeeId: string | null, changes?: object) =>
  audit(tx, {
    actorId: actor.id,
    actorLabel: actor.email,
    action,
    entityType: "User",
    entityId: userId,
    committeeId,
    changes: changes as never,
  });

/** A live membership in a committee where the actor manages users (else not found / forbidden). */
async function membershipInScope(tx: Tx, actor: Actor, membershipId: string) {
  const m = await tx.membership.findFirst({
    where: { id: membershipId, deletedAt: null, user: { deletedAt: null } },
    select: { id: true, userId: true, committeeId: true, role: true, title: true },
  });
  if (!m || !committeesWhere(actor, "user:manage").includes(m.committeeId)) throw new NotFoundError();
  assertCan(actor, "user:manage", m.committeeId);
  return m;
}

/** Someone who can log in now: active, and with a password or single sign-on (a pending invitation is not). */
const canLogIn = {
  deletedAt: null,
  disabledAt: null,
  OR: [{ passwordHash: { not: null } }, { oidcSubject: { not: null } }],
};

/**
 * Refuses when taking this ADMIN role away leaves its committee without a live administrator. The committee row
 * is locked first, so two admins demoting each other at once cannot both pass.
 */
async function keepAnAdmin(tx: Tx, committeeId: string, leavingUserId: string) {
  await tx.$queryRaw`SELECT 1 FROM "Committee" WHERE "id" = ${committeeId} FOR UPDATE`;
  const others = await tx.membership.count({
    where: {
      committeeId,
      role: "ADMIN",
      deletedAt: null,
      userId: { not: leavingUserId },
      user: canLogIn,
    },
  });
  const refusal = lastAdminRefusal(others);
  if (refusal) throw new UserError(refusal);
}

export async function addMembership(actor: Actor, input: AddMembershipInput): Promise<void> {
  assertCan(actor, "user:manage", input.committeeId);
  await db().$transaction(async (tx) => {
    await personInScope(tx, actor, input.userId);
    const committee = await tx.committee.findFirst({
      where: { id: input.committeeId, deletedAt: null, archivedAt: null },
      select: { id: true },
    });
    if (!committee) throw new NotFoundError();
    const membershipId = await grantRole(tx, input, "role");
    await log(tx, actor, "membership.added", input.userId, input.committeeId, { membershipId, role: input.role });
  });
}

/** A new role in the same committee: the old membership ends (its history stays), the new one starts. */
export async function changeRole(actor: Actor, membershipId: string, role: StaffRole): Promise<void> {
  await db().$transaction(async (tx) => {
    const m = await membershipInScope(tx, actor, membershipId);
    if (m.role === role) return;
    if (m.role === "ADMIN") await keepAnAdmin(tx, m.committeeId, m.userId);
    await tx.membership.update({ where: { id: m.id }, data: { deletedAt: new Date(), endsOn: new Date() } });
    const input = { userId: m.userId, committeeId: m.committeeId, role, title: m.title ?? "" };
    const newId = await grantRole(tx, input, "role");
    await log(tx, actor, "membership.roleChanged", m.userId, m.committeeId, { from: m.role, to: role, newId });
  });
}

/** Ends a membership (soft: the record of who held the role stays). */
export async function endMembership(actor: Actor, membershipId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const m = await membershipInScope(tx, actor, membershipId);
    if (m.role === "ADMIN") await keepAnAdmin(tx, m.committeeId, m.userId);
    await tx.membership.update({ where: { id: m.id }, data: { deletedAt: new Date(), endsOn: new Date() } });
    await log(tx, actor, "membership.ended", m.userId, m.committeeId, { role: m.role });
  });
}

/** Deactivation ends every session of the person at once; reactivation lets them log in again. */
export async function setDeactivated(actor: Actor, userId: string, deactivated: boolean): Promise<void> {
  if (deactivated && userId === actor.id) throw new UserError("people.cannotDeactivateSelf");
  await db().$transaction(async (tx) => {
    const user = await accountInScope(tx, actor, userId);
    if (deactivated) {
      const adminOf = await tx.membership.findMany({
        where: { userId, role: "ADMIN", deletedAt: null, committee: { deletedAt: null } },
        select: { committeeId: true },
      });
      for (const { committeeId } of adminOf) await keepAnAdmin(tx, committeeId, userId);
      if (user.installationAdmin) await keepAnInstallationAdmin(tx, userId);
    }
    await tx.user.update({ where: { id: userId }, data: { disabledAt: deactivated ? new Date() : null } });
    const ended = deactivated ? await endUserSessions(tx, userId) : 0;
    if (deactivated) await revokeTokens(tx, userId, "SETUP");
    await log(tx, actor, deactivated ? "user.deactivated" : "user.reactivated", userId, null, { sessionsEnded: ended });
  });
}

async function keepAnInstallationAdmin(tx: Tx, leavingUserId: string) {
  await tx.$queryRaw`SELECT 1 FROM "Installation" WHERE "id" = 'installation' FOR UPDATE`;
  const others = await tx.user.count({ where: { installationAdmin: true, id: { not: leavingUserId }, ...canLogIn } });
  if (others === 0) throw new UserError("people.lastInstallationAdmin");
}

/** Only an installation admin gives or takes the flag; the last one cannot be taken away. */
export async function setInstallationAdmin(actor: Actor, userId: string, value: boolean): Promise<void> {
  assertCan(actor, "installation:manage");
  await db().$transaction(async (tx) => {
    const user = await personInScope(tx, actor, userId);
    if (user.installationAdmin === value) return;
    if (!value) await keepAnInstallationAdmin(tx, userId);
    await tx.user.update({ where: { id: userId }, data: { installationAdmin: value } });
    // A set-up link from `npm run admin:create` would otherwise give the flag back.
    if (!value) await revokeTokens(tx, userId, "SETUP");
    await log(tx, actor, value ? "user.installationAdminGranted" : "user.installationAdminRevoked", userId, null);
  });
}

/** Ends one session of the person (a lost phone, a shared computer). */
export async function endSessionAsAdmin(actor: Actor, userId: string, sessionId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    await accountInScope(tx, actor, userId);
    const ended = await tx.userSession.updateMany({
      where: { id: sessionId, userId, endedAt: null },
      data: { endedAt: new Date() },
    });
    if (ended.count !== 1) throw new NotFoundError();
    await log(tx, actor, "session.endedByAdmin", userId, null, { sessionId });
  });
}

/**
 * Clears a second factor whose phone and recovery codes are lost: the person logs in with the password alone and
 * turns it on again. Every session ends, so whoever might hold the lost phone's session is out too.
 */
export async function resetSecondFactor(actor: Actor, userId: string): Promise<void> {
  if (userId === actor.id) throw new UserError("people.resetOwnSecondFactor");
  await db().$transaction(async (tx) => {
    await accountInScope(tx, actor, userId);
    const { count } = await tx.user.updateMany({
      where: { id: userId, totpEnabledAt: { not: null } },
      data: { totpSecret: null, totpEnabledAt: null },
    });
    if (count === 0) return;
    await tx.recoveryCode.deleteMany({ where: { userId } });
    const ended = await endUserSessions(tx, userId);
    await log(tx, actor, "totp.resetByAdmin", userId, null, { sessionsEnded: ended });
  });
}
