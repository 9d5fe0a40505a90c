import "server-only";
import { accountInScope } from "./scope";
import { db, type Tx } from "@/lib/db";
import { audit } from "@/lib/audit";
import { NotFoundError, UserError, ValidationError } from "@/lib/actions/errors";
import { assertCan, committeesWhere, type Actor } from "@/lib/auth/permissions";
import { consumeToken, inspectToken, issueToken, revokeTokens, type TokenState } from "@/lib/auth/tokens";
import { Prisma } from "@/lib/generated/prisma/client";
import { mailInvitation, mailRoleAdded, roleLabel } from "./mail";
import { setPassword } from "./password";
import type { AcceptInvitationInput, InviteInput, StaffRole } from "./schema";

// Invitations: a new person gets an account without a password, the role, and a mailed one-time link (72 h) to
// set their name and password. A person who already has an account gets the role and a mail saying so.

const isUnique = (e: unknown) => e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";

/** Gives the role, reviving an ended membership of the same role; a live one is a refusal on the e-mail field. */
export async function grantRole(
  tx: Tx,
  input: { userId: string; committeeId: string; role: StaffRole; title: string },
  field: "email" | "role",
): Promise<string> {
  const found = await tx.membership.findUnique({
    where: { userId_committeeId_role: { userId: input.userId, committeeId: input.committeeId, role: input.role } },
    select: { id: true, deletedAt: true },
  });
  if (found && !found.deletedAt) throw new ValidationError({ [field]: "people.alreadyHasRole" });
  const data = { title: input.title || null, deletedAt: null, startsOn: new Date() };
  if (found) return (await tx.membership.update({ where: { id: found.id }, data, select: { id: true } })).id;
  const { userId, committeeId, role } = input;
  return (await tx.membership.create({ data: { ...data, userId, committeeId, role }, select: { id: true } })).id;
}

/** A person has not yet accepted an invitation while they have neither a password nor a single sign-on link. */
const pending = (u: { passwordHash: string | null; oidcSubject: string | null }) => !u.passwordHash && !u.oidcSubject;

export async function inviteUser(actor: Actor, input: InviteInput): Promise<{ userId: string; invited: boolean }> {
  assertCan(actor, "user:manage", input.committeeId);
  try {
    return await db().$transaction(async (tx) => {
      const committee = await tx.committee.findFirst({
        where: { id: input.committeeId, deletedAt: null, archivedAt: null },
        select: { id: true, name: true },
      });
      if (!committee) throw new ValidationError({ committeeId: "people.committeeRequired" });
      const existing = await tx.user.findUnique({
        where: { email: input.email },
        select: {
          id: true,
          name: true,
          email: true,
          locale: true,
          passwordHash: true,
          oidcSubject: true,
          deletedAt: true,
        },
      });
      if (existing?.deletedAt) throw new ValidationError({ email: "people.emailDeleted" });
      const user =
        existing ??
        (await tx.user.create({
          data: { email: input.email, name: input.name },
          select: { id: true, name: true, email: true, locale: true, passwordHash: true, oidcSubject: true },
        }));
      const membershipId = await grantRole(tx, { ...input, userId: user.id }, "email");
      const invited = pending(user);
      if (invited) {
        await revokeTokens(tx, user.id, "INVITE");
        const token = await issueToken(tx, { purpose: "INVITE", userId: user.id, createdById: actor.id });
        await mailInvitation(tx, user, token, committee.name, actor.name);
      } else {
        await mailRoleAdded(tx, user, committee.name, roleLabel(input.role, user.locale));
      }
      await audit(tx, {
        actorId: actor.id,
        actorLabel: actor.email,
        action: invited ? "user.invited" : "membership.added",
        entityType: "User",
        entityId: user.id,
        committeeId: committee.id,
        changes: { membershipId, role: input.role, title: input.title || null },
      });
      return { userId: user.id, invited };
    });
  } catch (e) {
    // Two admins inviting the same new address at once: the second gets the field message, not a 500.
    if (isUnique(e)) throw new ValidationError({ email: "people.alreadyHasRole" });
    throw e;
  }
}

/** A new link for a person who has not accepted yet; the older links stop working. */
export async function resendInvitation(actor: Actor, userId: string): Promise<void> {
  assertCan(actor, "user:manage");
  const committees = committeesWhere(actor, "user:manage");
  await db().$transaction(async (tx) => {
    const user = await tx.user.findFirst({
      where: {
        id: userId,
        deletedAt: null,
        memberships: { some: { committeeId: { in: committees }, deletedAt: null } },
      },
      select: {
        id: true,
        name: true,
        email: true,
        locale: true,
        passwordHash: true,
        oidcSubject: true,
        memberships: {
          where: { committeeId: { in: committees }, deletedAt: null },
          select: { committee: { select: { id: true, name: true } } },
          take: 1,
        },
      },
    });
    const committee = user?.memberships[0]?.committee;
    if (!user || !committee) throw new NotFoundError();
    // A pending invitation from another committee too is not this admin's to replace.
    await accountInScope(tx, actor, user.id);
    if (!pending(user)) throw new UserError("people.alreadyAccepted");
    await revokeTokens(tx, user.id, "INVITE");
    const token = await issueToken(tx, { purpose: "INVITE", userId: user.id, createdById: actor.id });
    await mailInvitation(tx, user, token, committee.name, actor.name);
    await audit(tx, {
      actorId: actor.id,
      actorLabel: actor.email,
      action: "user.invitationResent",
      entityType: "User",
      entityId: user.id,
      committeeId: committee.id,
    });
  });
}

export type InvitationPage =
  { state: Exclude<TokenState, "live"> } | { state: "live"; email: string; name: string; committees: string[] };

/** The invitation link's page. Public: the token is the authority, and opening it changes nothing. */
export async function getInvitation(token: string): Promise<InvitationPage> {
  const found = await db().$transaction((tx) => inspectToken(tx, "INVITE", token));
  if (found.state !== "live" || !found.userId) return { state: found.state === "live" ? "unknown" : found.state };
  const user = await db().user.findFirst({
    where: { id: found.userId, deletedAt: null, disabledAt: null },
    select: {
      email: true,
      name: true,
      memberships: { where: { deletedAt: null }, select: { committee: { select: { name: true } } } },
    },
  });
  if (!user) return { state: "unknown" };
  return {
    state: "live",
    email: user.email,
    name: user.name,
    committees: user.memberships.map((m) => m.committee.name),
  };
}

/** The person sets their name and password; the link is used up. Public: the token is the authority. */
export async function acceptInvitation(input: AcceptInvitationInput): Promise<void> {
  await db().$transaction(
    async (tx) => {
      const found = await inspectToken(tx, "INVITE", input.token);
      if (found.state === "used") throw new UserError("people.invitationUsed");
      if (found.state !== "live" || !found.userId) throw new UserError("people.invitationExpired");
      const user = await tx.user.findFirst({
        where: { id: found.userId, deletedAt: null, disabledAt: null },
        select: { id: true, email: true },
      });
      if (!user) throw new UserError("people.invitationExpired");
      if (!(await consumeToken(tx, found.id))) throw new UserError("people.invitationUsed");
      await setPassword(tx, user.id, input.password);
      await tx.user.update({ where: { id: user.id }, data: { name: input.name } });
      await audit(tx, {
        actorId: user.id,
        actorLabel: user.email,
        action: "user.invitationAccepted",
        entityType: "User",
        entityId: user.id,
      });
    },
    { timeout: 30_000 },
  );
}
