import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { assertCan, committeesWhere, type Actor } from "@/lib/auth/permissions";
import { NotFoundError, UserError, ValidationError } from "@/lib/actions/errors";
import { parseSteps } from "./model";
import type { RubricFormInput } from "./schema";

/** A rubric is locked once any score is given on it: the ranking must stay reproducible. */
const lockedWhere = (rubricId: string) => ({ criterion: { rubricId } });

/** Creates or rewrites a rubric (committee-owned, goals from the committee's district plans). */
export async function saveRubric(actor: Actor, input: RubricFormInput): Promise<{ id: string }> {
  assertCan(actor, "call:manage");
  const existing = input.rubricId
    ? await db().rubric.findFirst({
        where: { id: input.rubricId, deletedAt: null, committeeId: { in: committeesWhere(actor, "call:manage") } },
        select: { id: true, committeeId: true, criteria: { select: { id: true } } },
      })
    : null;
  if (input.rubricId && !existing) throw new NotFoundError();
  const committeeId = existing?.committeeId ?? input.committeeId;
  assertCan(actor, "call:manage", committeeId);
  if (existing && (await db().score.count({ where: lockedWhere(existing.id) })) > 0)
    throw new UserError("rubric.locked");
  const goalIds = input.criteria.map((c) => c.planGoalId).filter(Boolean);
  // A retired goal may stay on a criterion that already had it, never be newly chosen.
  const kept = existing
    ? (await db().rubricCriterion.findMany({ where: { rubricId: existing.id }, select: { planGoalId: true } })).map(
        (c) => c.planGoalId,
      )
    : [];
  const goals = await db().planGoal.findMany({
    where: {
      id: { in: goalIds },
      deletedAt: null,
      plan: { committeeId },
      OR: [{ retiredAt: null }, { id: { in: kept.filter((id): id is string => id !== null) } }],
    },
    select: { id: true },
  });
  const known = new Set(goals.map((g) => g.id));
  const errors = Object.fromEntries(
    input.criteria.flatMap((c, i) =>
      c.planGoalId && !known.has(c.planGoalId) ? [[`criteria.${i}.planGoalId`, "rubric.goalNotInCommittee"]] : [],
    ),
  );
  if (Object.keys(errors).length) throw new ValidationError(errors);

  return db().$transaction(async (tx) => {
    const rubric = existing
      ? await tx.rubric.update({ where: { id: existing.id }, data: { name: input.name }, select: { id: true } })
      : await tx.rubric.create({ data: { committeeId, name: input.name }, select: { id: true } });
    const keep = new Set(input.criteria.map((c) => c.id).filter((id) => existing?.criteria.some((e) => e.id === id)));
    const gone = (existing?.criteria ?? []).filter((c) => !keep.has(c.id)).map((c) => c.id);
    if (gone.length) {
      await tx.scaleStep.deleteMany({ where: { criterionId: { in: gone } } });
      await tx.rubricCriterion.deleteMany({ where: { id: { in: gone } } });
    }
    for (const [position, c] of input.criteria.entries()) {
      const data = {
        position,
        title: c.title,
        description: c.description,
        planGoalId: c.planGoalId || null,
        weight: c.weight,
        scaleMin: c.scaleMin,
        scaleMax: c.scaleMax,
        allowNotApplicable: c.allowNotApplicable,
      };
      const steps = parseSteps(c.steps, c.scaleMin, c.scaleMax) ?? [];
      if (keep.has(c.id)) {
        await tx.rubricCriterion.update({ where: { id: c.id }, data });
        await tx.scaleStep.deleteMany({ where: { criterionId: c.id } });
        if (steps.length) await tx.scaleStep.createMany({ data: steps.map((s) => ({ ...s, criterionId: c.id })) });
      } else {
        await tx.rubricCriterion.create({ data: { ...data, rubricId: rubric.id, steps: { create: steps } } });
      }
    }
    await audit(tx, {
      actorId: actor.id,
      actorLabel: actor.email,
      action: existing ? "rubric.update" : "rubric.create",
      entityType: "Rubric",
      entityId: rubric.id,
      committeeId,
      changes: {
        name: input.name,
        criteria: input.criteria.map((c) => ({
          title: c.title,
          weight: c.weight,
          scale: `${c.scaleMin}-${c.scaleMax}`,
          na: c.allowNotApplicable,
        })),
      },
    });
    return rubric;
  });
}

/** A copy to edit when the original is locked by scores. */
export async function copyRubric(actor: Actor, rubricId: string, name: string): Promise<{ id: string }> {
  assertCan(actor, "call:manage");
  const source = await db().rubric.findFirst({
    where: { id: rubricId, deletedAt: null, committeeId: { in: committeesWhere(actor, "call:manage") } },
    include: { criteria: { include: { steps: true } } },
  });
  if (!source) throw new NotFoundError();
  return db().$transaction(async (tx) => {
    const copy = await tx.rubric.create({
      data: {
        committeeId: source.committeeId,
        name,
        criteria: {
          create: source.criteria.map((c) => ({
            position: c.position,
            title: c.title,
            description: c.description,
            planGoalId: c.planGoalId,
            weight: c.weight,
            scaleMin: c.scaleMin,
            scaleMax: c.scaleMax,
            allowNotApplicable: c.allowNotApplicable,
            steps: { create: c.steps.map((s) => ({ value: s.value, label: s.label })) },
          })),
        },
      },
      select: { id: true },
    });
    await audit(tx, {
      actorId: actor.id,
      actorLabel: actor.email,
      action: "rubric.copy",
      entityType: "Rubric",
      entityId: copy.id,
      committeeId: source.committeeId,
      changes: { from: source.id },
    });
    return copy;
  });
}
