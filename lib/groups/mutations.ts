import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { assertCan, committeesWhere, type Actor } from "@/lib/auth/permissions";
import { NotFoundError, ValidationError } from "@/lib/actions/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { GroupArchiveInput, GroupFormInput, GroupMemberInput, GroupMemberRemoveInput } from "./schema";

const who = (actor: Actor) => ({ actorId: actor.id, actorLabel: actor.email });
const isUniqueViolation = (e: unknown) => e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";

/** Creates or renames a working group; a name is unique in its committee. */
export async function saveGroup(actor: Actor, input: GroupFormInput): Promise<{ id: string }> {
  assertCan(actor, "committee:manage", input.committeeId);
  const nameTaken = () => new ValidationError({ name: "groupsAdmin.nameTaken" });
  const clash = await db().workingGroup.findFirst({
    where: { committeeId: input.committeeId, name: input.name, id: input.groupId ? { not: input.groupId } : undefined },
    select: { id: true },
  });
  if (clash) throw nameTaken();
  try {
    return await db().$transaction(async (tx) => {
      if (input.groupId) {
        const group = await tx.workingGroup.findFirst({
          where: { id: input.groupId, committeeId: input.committeeId, deletedAt: null },
        });
        if (!group) throw new NotFoundError();
        await tx.workingGroup.update({
          where: { id: group.id },
          data: { name: input.name, description: input.description },
        });
        await audit(tx, {
          ...who(actor),
          action: "workingGroup.update",
          entityType: "WorkingGroup",
          entityId: group.id,
          committeeId: group.committeeId,
          changes: { name: { from: group.name, to: input.name } },
        });
        return { id: group.id };
      }
      // An installation admin may manage any committee's settings (lib/auth/permissions.ts), so the committee is
      // looked up: one that does not exist, or is archived, gets no group (the fuzzer's address found it unchecked).
      const committee = await tx.committee.findFirst({
        where: { id: input.committeeId, deletedAt: null },
        select: { id: true },
      });
      if (!committee) throw new NotFoundError();
      const group = await tx.workingGroup.create({
        data: { committeeId: input.committeeId, name: input.name, description: input.description },
        select: { id: true },
      });
      await audit(tx, {
        ...who(actor),
        action: "workingGroup.create",
        entityType: "WorkingGroup",
        entityId: group.id,
        committeeId: input.committeeId,
        changes: { name: input.name },
      });
      return group;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw nameTaken();
    throw e;
  }
}

/** The live group, if it belongs to a committee the actor administers. */
async function groupOf(actor: Actor, groupId: string) {
  assertCan(actor, "committee:manage");
  const group = await db().workingGroup.findFirst({
    where: { id: groupId, deletedAt: null, committeeId: { in: committeesWhere(actor, "committee:manage") } },
    select: { id: true, committeeId: true, name: true },
  });
  if (!group) throw new NotFoundError();
  assertCan(actor, "committee:manage", group.committeeId);
  return group;
}

/** Archives a group (softly: its projects and recommendations keep it). */
export async function archiveGroup(actor: Actor, input: GroupArchiveInput): Promise<void> {
  const group = await groupOf(actor, input.groupId);
  await db().$transaction(async (tx) => {
    await tx.workingGroup.update({ where: { id: group.id }, data: { deletedAt: new Date() } });
    await audit(tx, {
      ...who(actor),
      action: "workingGroup.archive",
      entityType: "WorkingGroup",
      entityId: group.id,
      committeeId: group.committeeId,
    });
  });
}

/**
 * Adds one of the committee's current people to the group (or changes their
 * coordinator flag); someone removed before is taken back on the same row.
 */
export async function addGroupMember(actor: Actor, input: GroupMemberInput): Promise<void> {
  const group = await groupOf(actor, input.groupId);
  const member = await db().membership.findFirst({
    where: { userId: input.userId, committeeId: group.committeeId, deletedAt: null, role: { not: "APPLICANT" } },
    select: { userId: true, user: { select: { email: true } } },
  });
  if (!member) throw new ValidationError({ userId: "groupsAdmin.notInCommittee" });
  await db().$transaction(async (tx) => {
    await tx.workingGroupMember.upsert({
      where: { workingGroupId_userId: { workingGroupId: group.id, userId: input.userId } },
      create: { workingGroupId: group.id, userId: input.userId, isCoordinator: input.isCoordinator },
      update: { deletedAt: null, isCoordinator: input.isCoordinator },
    });
    await audit(tx, {
      ...who(actor),
      action: "workingGroup.member.add",
      entityType: "WorkingGroup",
      entityId: group.id,
      committeeId: group.committeeId,
      changes: { user: member.user.email, isCoordinator: input.isCoordinator },
    });
  });
}

/** Removes a member (softly: the row stays, and re-adding revives it). */
export async function removeGroupMember(actor: Actor, input: GroupMemberRemoveInput): Promise<void> {
  const group = await groupOf(actor, input.groupId);
  await db().$transaction(async (tx) => {
    const { count } = await tx.workingGroupMember.updateMany({
      where: { workingGroupId: group.id, userId: input.userId, deletedAt: null },
      data: { deletedAt: new Date() },
    });
    if (count === 0) throw new NotFoundError();
    await audit(tx, {
      ...who(actor),
      action: "workingGroup.member.remove",
      entityType: "WorkingGroup",
      entityId: group.id,
      committeeId: group.committeeId,
      changes: { userId: input.userId },
    });
  });
}
