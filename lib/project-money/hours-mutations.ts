import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { committeesWhere, type Actor } from "@/lib/auth/permissions";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/actions/errors";
import { assertCanEditProject } from "@/lib/projects/mutations";
import { parseDuration } from "./model";
import type { HoursInput } from "./schema";

const who = (actor: Actor) => ({ actorId: actor.id, actorLabel: actor.email });

/** Who can have worked secretariat hours on a committee's project: its secretariat and admins. */
export const hoursPeopleWhere = (committeeId: string) => ({
  deletedAt: null,
  disabledAt: null,
  memberships: { some: { committeeId, role: { in: ["ADMIN" as const, "SECRETARIAT" as const] } } },
});

/** Hours someone of the secretariat worked on the project on a day, stored as minutes. */
export async function addHours(actor: Actor, input: HoursInput): Promise<{ id: string }> {
  const project = await assertCanEditProject(actor, input.projectId);
  const person = await db().user.findFirst({
    where: { id: input.userId, ...hoursPeopleWhere(project.committeeId) },
    select: { id: true, name: true },
  });
  if (!person) throw new ValidationError({ userId: "projectMoney.personUnknown" });
  const minutes = parseDuration(input.duration)!;
  return db().$transaction(async (tx) => {
    const row = await tx.projectHours.create({
      data: {
        projectId: project.id,
        userId: person.id,
        workedOn: new Date(`${input.workedOn}T12:00:00Z`),
        minutes,
        note: input.note,
      },
      select: { id: true },
    });
    await audit(tx, {
      ...who(actor),
      action: "projectHours.create",
      entityType: "ProjectHours",
      entityId: row.id,
      committeeId: project.committeeId,
      changes: { projectId: project.id, person: person.name, workedOn: input.workedOn, minutes, note: input.note },
    });
    return row;
  });
}

/** Hours taken back: kept with the day they were deleted, no longer counted. */
export async function deleteHours(actor: Actor, hoursId: string): Promise<void> {
  const found = await db().projectHours.findFirst({
    where: {
      id: hoursId,
      project: { deletedAt: null, committeeId: { in: committeesWhere(actor, "project:read") } },
    },
    select: { id: true, projectId: true, minutes: true, workedOn: true, deletedAt: true },
  });
  if (!found) throw new NotFoundError();
  const project = await assertCanEditProject(actor, found.projectId);
  if (found.deletedAt) throw new ConflictError("hours deleted");
  await db().$transaction(async (tx) => {
    const { count } = await tx.projectHours.updateMany({
      where: { id: found.id, deletedAt: null },
      data: { deletedAt: new Date() },
    });
    if (count !== 1) throw new ConflictError("hours deleted");
    await audit(tx, {
      ...who(actor),
      action: "projectHours.delete",
      entityType: "ProjectHours",
      entityId: found.id,
      committeeId: project.committeeId,
      changes: { projectId: found.projectId, minutes: found.minutes, workedOn: found.workedOn.toISOString() },
    });
  });
}
