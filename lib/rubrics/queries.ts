import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { committeesWhere, type Actor } from "@/lib/auth/permissions";
import { getCallFormOptions } from "@/lib/calls/queries";
import { formatSteps } from "./model";

/** The rubrics of the committees the actor manages calls in. */
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

/**
 * The district-plan goals a criterion can be tied to: of the given committees,
 * as far as the actor manages calls in them.
 */
async function goalOptions(actor: Actor, committeeIds: readonly string[], chosen: readonly string[] = []) {
  const mine = new Set(committeesWhere(actor, "call:manage"));
  const goals = await db().planGoal.findMany({
    where: {
      deletedAt: null,
      // A retired goal is not offered for new criteria; one a criterion already uses stays on the list.
      OR: [{ retiredAt: null }, { id: { in: [...chosen] } }],
      plan: { committeeId: { in: committeeIds.filter((id) => mine.has(id)) }, deletedAt: null },
    },
    orderBy: [{ plan: { title: "asc" } }, { position: "asc" }],
    select: { id: true, code: true, title: true, plan: { select: { committeeId: true, title: true } } },
  });
  return goals.map((g) => ({ id: g.id, committeeId: g.plan.committeeId, label: `${g.code} ${g.title}` }));
}

/** A new rubric's page: the committees it may belong to, and their goals. */
export async function getNewRubricPage(actor: Actor) {
  const committees = (await getCallFormOptions(actor)).map((c) => ({ id: c.id, name: c.name }));
  return {
    committees,
    goals: await goalOptions(
      actor,
      committees.map((c) => c.id),
    ),
  };
}

/** A rubric's page: the rubric as its form shows it, whether scores lock it, and its committee's goals. */
export const getRubricPage = cache(async (actor: Actor, id: string) => {
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
  const [scores, goals] = await Promise.all([
    db().score.count({ where: { criterion: { rubricId: id } } }),
    goalOptions(
      actor,
      [rubric.committeeId],
      rubric.criteria.flatMap((c) => (c.planGoalId ? [c.planGoalId] : [])),
    ),
  ]);
  return {
    ...rubric,
    goals,
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
});
