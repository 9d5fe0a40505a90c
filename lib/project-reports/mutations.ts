import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { assertCan, ForbiddenError, type Actor } from "@/lib/auth/permissions";
import { ConflictError, NotFoundError } from "@/lib/actions/errors";
import { actorOnProject, mayEditProject } from "@/lib/projects/access";
import type { PlanReportInput, WriteReportInput } from "./schema";

/** Adds a report the project's plan sets (the secretariat): a kind and a due date; its people are reminded of it. */
export async function planReport(actor: Actor | null, input: PlanReportInput): Promise<{ id: string }> {
  assertCan(actor, "project:edit");
  return db().$transaction(async (tx) => {
    const project = await tx.project.findFirst({
      where: { id: input.projectId, deletedAt: null },
      select: { id: true, committeeId: true },
    });
    if (!project) throw new NotFoundError();
    assertCan(actor, "project:edit", project.committeeId);
    const report = await tx.statusReport.create({
      data: {
        projectId: project.id,
        kind: input.kind,
        dueOn: new Date(`${input.dueOn}T00:00:00Z`),
        submittedAt: null,
        createdById: actor.id,
      },
      select: { id: true },
    });
    await audit(tx, {
      actorId: actor.id,
      actorLabel: actor.email,
      action: "project.reportPlanned",
      entityType: "Project",
      entityId: project.id,
      committeeId: project.committeeId,
      changes: { reportId: report.id, kind: input.kind, dueOn: input.dueOn },
    });
    return report;
  });
}

/**
 * Writes a planned report once: whoever may edit the project. The write claims the report while it is still
 * unwritten, so two people writing at once get a conflict, not an overwrite.
 */
export async function writeReport(actor: Actor | null, input: WriteReportInput): Promise<{ id: string }> {
  assertCan(actor, "project:read");
  return db().$transaction(async (tx) => {
    const report = await tx.statusReport.findFirst({
      where: { id: input.reportId, project: { deletedAt: null } },
      select: { id: true, project: { select: { id: true, committeeId: true, ...actorOnProject(actor) } } },
    });
    if (!report) throw new NotFoundError();
    assertCan(actor, "project:read", report.project.committeeId);
    if (!mayEditProject(actor, report.project)) throw new ForbiddenError("project:edit");
    const claimed = await tx.statusReport.updateMany({
      where: { id: report.id, submittedAt: null },
      data: { periodText: input.periodText, text: input.text, published: input.published, submittedAt: new Date() },
    });
    if (claimed.count !== 1) throw new ConflictError();
    await audit(tx, {
      actorId: actor.id,
      actorLabel: actor.email,
      action: "project.reportWritten",
      entityType: "Project",
      entityId: report.project.id,
      committeeId: report.project.committeeId,
      changes: { reportId: report.id },
    });
    return { id: report.id };
  });
}
