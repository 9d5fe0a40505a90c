import "server-only";
import type { Tx } from "@/lib/db";
import { NotFoundError, UserError } from "@/lib/actions/errors";
import { assertCan, committeesWhere, type Actor } from "@/lib/auth/permissions";
import { mayActOnAccount } from "./model";

// Whom an admin may touch: a person in one of their committees (roles there), and the person's whole account
// (deactivation, sessions, invitations) only when nothing of it lies outside their reach.

/** The person, if they hold a live role in a committee where the actor manages users. */
export async function personInScope(tx: Tx, actor: Actor, userId: string) {
  assertCan(actor, "user:manage");
  const committees = committeesWhere(actor, "user:manage");
  const user = await tx.user.findFirst({
    where: { id: userId, deletedAt: null, memberships: { some: { committeeId: { in: committees }, deletedAt: null } } },
    select: { id: true, email: true, name: true, locale: true, installationAdmin: true, disabledAt: true },
  });
  if (!user) throw new NotFoundError();
  return user;
}

/** The person, when the actor may act on their whole account (./model.ts mayActOnAccount), else a refusal. */
export async function accountInScope(tx: Tx, actor: Actor, userId: string) {
  const user = await personInScope(tx, actor, userId);
  const memberships = await tx.membership.findMany({
    where: { userId, deletedAt: null, committee: { deletedAt: null } },
    select: { committeeId: true },
  });
  const person = { installationAdmin: user.installationAdmin, committeeIds: memberships.map((m) => m.committeeId) };
  if (!mayActOnAccount(actor, person)) throw new UserError("people.otherCommittees");
  return user;
}
