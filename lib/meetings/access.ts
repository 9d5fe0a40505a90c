import "server-only";
import { db } from "@/lib/db";
import { assertCan, committeesWhere, type Actor } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/actions/errors";

export const who = (actor: Actor) => ({ actorId: actor.id, actorLabel: actor.email });

/**
 * A meeting the actor may write: one of another committee is not found (as if it did not exist); one of their
 * own committee they may only read (a member, an observer) is forbidden.
 */
export async function manageableMeeting(actor: Actor, meetingId: string) {
  assertCan(actor, "meeting:read");
  const meeting = await db().meeting.findFirst({
    where: { id: meetingId, deletedAt: null, committeeId: { in: committeesWhere(actor, "meeting:read") } },
    select: {
      id: true,
      committeeId: true,
      title: true,
      kind: true,
      status: true,
      startsAt: true,
      endsAt: true,
      venue: true,
      workingGroupId: true,
      version: true,
      committee: { select: { kind: true } },
    },
  });
  if (!meeting) throw new NotFoundError();
  assertCan(actor, "meeting:manage", meeting.committeeId);
  return meeting;
}
