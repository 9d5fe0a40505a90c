import "server-only";
import { db } from "@/lib/db";
import { committeesWhere, type Actor } from "@/lib/auth/permissions";
import { oreToNumber } from "@/lib/money";

/** The committee's decisions on a project, each with its money per funds year and the meeting it was taken at. */
export async function getProjectDecisions(actor: Actor, projectId: string) {
  const decisions = await db().decision.findMany({
    where: { projectId, project: { deletedAt: null, committeeId: { in: committeesWhere(actor, "project:read") } } },
    orderBy: { decidedOn: "desc" },
    select: {
      id: true,
      outcome: true,
      amountOre: true,
      reasons: true,
      conditions: true,
      decidingBody: true,
      decidedOn: true,
      meeting: { select: { id: true, title: true } },
      years: { orderBy: { year: "asc" }, select: { year: true, amountOre: true, conditional: true } },
    },
  });
  return decisions.map((d) => ({
    ...d,
    amountOre: oreToNumber(d.amountOre),
    years: d.years.map((y) => ({ ...y, amountOre: oreToNumber(y.amountOre) ?? 0 })),
  }));
}
