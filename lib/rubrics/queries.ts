import "server-only";
import { db } from "@/lib/db";
import { committeesWhere, type Actor } from "@/lib/auth/permissions";
import { formatSteps } from "./model";

export async function listRubrics(actor: Actor) {
  return db().rubric.findMany({
    where: { deletedAt: null, committeeId: { in: committeesWhere(actor, "call:manage") } },
    orderBy: [{ committee: { name: "asc" } }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      committee: { select: { name: true } },
      _count: { select: { criteria: true, calls: true } },
    },
  });
}

/** The committees' district-plan goals a criterion can be tied to. */
export async function goalOptions(committeeIds: string[]) {
  const goals = await db().planGoal.findMany({
    where: { deletedAt: null, plan: { committeeId: { in: committeeIds }, deletedAt: null } },
    orderBy: [{ plan: { title: "asc" } }, { position: "asc" }],
    select: { id: true, code: true, title: true, plan: { select: { committeeId: true, title: true } } },
  });
  return goals.map((g) => ({ id: g.id, committeeId: g.plan.committeeId, label: `${g.code} ${g.title}` }));
}

/** A rubric as its form shows it, and whether scores lock it. */
export async function getRubricForEdit(actor: Actor, id: string) {
  const rubric = await db().rubric.findFirst({
    where: { id, deletedAt: null, committeeId: { in: committeesWhere(actor, "call:manage") } },
    select: {
      id: true,
      name: true,
      committeeId: true,
      committee: { select: { name: true } },
      criteria: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          title: true,
          description: true,
          planGoalId: true,
          weight: true,
          scaleMin: true,
          scaleMax: true,
          allowNotApplicable: true,
          steps: { orderBy: { value: "asc" }, select: { value: true, label: true } },
        },
      },
    },
  });
  if (!rubric) return null;
  const scores = await db().score.count({ where: { criterion: { rubricId: id } } });
  return {
    ...rubric,
    locked: scores > 0,
    criteria: rubric.criteria.map((c) => ({
      id: c.id,
      title: c.title,
      description: c.description,
      planGoalId: c.planGoalId ?? "",
      weight: String(c.weight),
      scaleMin: String(c.scaleMin),
      scaleMax: String(c.scaleMax),
      allowNotApplicable: c.allowNotApplicable,
      steps: formatSteps(c.steps),
    })),
  };
}
