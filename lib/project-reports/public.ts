import "server-only";
import { db } from "@/lib/db";
import { asWritten, initiativeWhere, cachedPublicly, type Anyone } from "@/lib/public/published";

/**
 * The public initiative page's reports: the written, published status reports and evaluations of the project the
 * initiative's call belongs to (a call of the committee's own project). Planned and unpublished reports never leave.
 */
export const getPublicProjectReports = async (_: Anyone, applicationId: string) => {
  "use cache";
  cachedPublicly();
  if (!asWritten(_, typeof applicationId === "string")) return [];
  const app = await db().application.findFirst({
    where: { ...initiativeWhere, id: applicationId },
    select: {
      call: {
        select: {
          project: {
            select: {
              deletedAt: true,
              statusReports: {
                where: { published: true, submittedAt: { not: null } },
                orderBy: { submittedAt: "asc" },
                select: { id: true, kind: true, periodText: true, text: true, submittedAt: true },
              },
            },
          },
        },
      },
    },
  });
  const project = app?.call.project;
  if (!project || project.deletedAt) return [];
  return project.statusReports.map((r) => ({ ...r, submittedAt: r.submittedAt!.toISOString() }));
};
