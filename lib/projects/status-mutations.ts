import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { can, committeesWhere, ForbiddenError, type Actor } from "@/lib/auth/permissions";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/actions/errors";
import type { ProjectStatus } from "@/lib/generated/prisma/enums";
import { actorOnProject, mayEditProject } from "./access";
import { missingRequiredSections } from "./read";
import { checkTransition, type Standing, type TransitionInput } from "./workflow";
import { releaseProjectFunds } from "@/lib/project-money/release";
import { translatorFor } from "@/lib/i18n/translator";

// The project's workflow against the database: who may make which move, and the move itself.

/** What this person may do with a project's status: edit it (so make the editors' moves), or make the secretariat's. */
export async function projectStanding(
  actor: Actor,
  projectId: string,
): Promise<(Standing & { committeeId: string; status: ProjectStatus }) | null> {
  const project = await db().project.findFirst({
    where: { id: projectId, deletedAt: null, committeeId: { in: committeesWhere(actor, "project:read") } },
    select: { committeeId: true, status: true, ...actorOnProject(actor) },
  });
  if (!project) return null;
  return {
    committeeId: project.committeeId,
    status: project.status,
    canEdit: mayEditProject(actor, project),
    canTransition: can(actor, "project:transition", project.committeeId),
  };
}

/**
 * Moves a project from the status the person saw to another, if the workflow
 * lets this person make that move; recorded with who, when and why. A move
 * made by someone else in between is a conflict, not an overwrite.
 */
export async function changeProjectStatus(
  actor: Actor,
  projectId: string,
  expected: ProjectStatus,
  input: TransitionInput,
): Promise<void> {
  const standing = await projectStanding(actor, projectId);
  if (!standing) throw new NotFoundError();
  if (!standing.canEdit && !standing.canTransition) throw new ForbiddenError("project:transition");
  if (standing.status !== expected) throw new ConflictError("project status");
  const check = checkTransition(expected, input, standing);
  if (!check.ok) {
    if (check.error === "forbidden") throw new ForbiddenError("project:transition");
    throw new ValidationError({ [check.field]: `projectWorkflow.errors.${check.error}` });
  }
  // A project goes to the committee only with what its form requires written.
  if (input.to === "RECOMMENDED" && (await missingRequiredSections(db(), projectId)).length)
    throw new ValidationError({ to: "projectWorkflow.errors.requiredMissing" });
  const reason = input.reason?.trim() ?? "";
  await db().$transaction(async (tx) => {
    const { count } = await tx.project.updateMany({
      where: { id: projectId, status: expected, deletedAt: null },
      data: { status: input.to },
    });
    if (count === 0) throw new ConflictError("project status");
    await tx.projectStatusChange.create({
      data: { projectId, from: expected, to: input.to, byId: actor.id, note: reason },
    });
    // Closing returns what the project did not spend to its funds years, once.
    const released =
      input.to === "CLOSED"
        ? await releaseProjectFunds(tx, projectId, translatorFor("da")("projectMoney.releaseNote"), new Date())
        : [];
    await audit(tx, {
      actorId: actor.id,
      actorLabel: actor.email,
      action: "project.status",
      entityType: "Project",
      entityId: projectId,
      committeeId: standing.committeeId,
      changes: { from: expected, to: input.to, reason, ...(released.length ? { released } : {}) },
    });
  });
}
