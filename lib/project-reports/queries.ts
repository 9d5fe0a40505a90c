import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { can, committeesWhere, type Actor } from "@/lib/auth/permissions";
import { actorOnProject, mayEditProject } from "@/lib/projects/access";
import { statusReportState } from "@/lib/jobs/model";

const reportSelect = {
  id: true,
  kind: true,
  dueOn: true,
  submittedAt: true,
  createdAt: true,
  periodText: true,
  text: true,
  continuation: true,
  published: true,
} as const;

/** Planned first by due date, then written ones; old reports without a date by when they were made. */
const order = [{ dueOn: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }] as const;

/**
 * A project's status reports and evaluations for its page: planned ones with their due date (overdue marked),
 * written ones with their text; who may plan one (the secretariat) and who may write one (whoever edits the project).
 */
export const getProjectReports = cache(async (actor: Actor, projectId: string) => {
  const project = await db().project.findFirst({
    where: { id: projectId, deletedAt: null, committeeId: { in: committeesWhere(actor, "project:read") } },
    select: {
      committeeId: true,
      ...actorOnProject(actor),
      statusReports: { orderBy: [...order], select: reportSelect },
    },
  });
  if (!project) return null;
  const now = new Date();
  return {
    reports: project.statusReports.map((r) => ({ ...r, state: statusReportState(r, now) })),
    canPlan: can(actor, "project:edit", project.committeeId),
    canWrite: mayEditProject(actor, project),
  };
});

export type ProjectReports = NonNullable<Awaited<ReturnType<typeof getProjectReports>>>;
export type ProjectReport = ProjectReports["reports"][number];
