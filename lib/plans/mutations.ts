import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { assertCan, committeesWhere, type Actor } from "@/lib/auth/permissions";
import { ConflictError, NotFoundError, UserError, ValidationError } from "@/lib/actions/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { GoalFormInput, GoalStateInput, PlanFormInput } from "./schema";

const who = (actor: Actor) => ({ actorId: actor.id, actorLabel: actor.email });
const isUniqueViolation = (e: unknown) => e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";

/** A district plan, new or at the version the editor saw. */
export async function savePlan(actor: Actor, input: PlanFormInput): Promise<{ id: string }> {
  assertCan(actor, "plan:manage", input.committeeId);
  const data = {
    title: input.title,
    kind: input.kind,
    startYear: Number(input.startYear),
    endYear: Number(input.endYear),
    periodText: `${input.startYear}–${input.endYear}`,
  };
  if (!input.planId)
    return db().$transaction(async (tx) => {
      const plan = await tx.districtPlan.create({ data: { ...data, committeeId: input.committeeId } });
      await audit(tx, {
        ...who(actor),
        action: "plan.create",
        entityType: "DistrictPlan",
        entityId: plan.id,
        committeeId: input.committeeId,
        changes: data,
      });
      return { id: plan.id };
    });
  const plan = await db().districtPlan.findFirst({
    where: { id: input.planId, committeeId: input.committeeId, deletedAt: null },
  });
  if (!plan) throw new NotFoundError();
  await db().$transaction(async (tx) => {
    const { count } = await tx.districtPlan.updateMany({
      where: { id: plan.id, version: input.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError("plan version");
    await audit(tx, {
      ...who(actor),
      action: "plan.update",
      entityType: "DistrictPlan",
      entityId: plan.id,
      committeeId: plan.committeeId,
      changes: { title: { from: plan.title, to: data.title }, period: { from: plan.periodText, to: data.periodText } },
    });
  });
  return { id: plan.id };
}

/** The plan, if it belongs to a committee where the actor manages plans. */
async function planOf(actor: Actor, planId: string) {
  assertCan(actor, "plan:manage");
  const plan = await db().districtPlan.findFirst({
    where: { id: planId, deletedAt: null, committeeId: { in: committeesWhere(actor, "plan:manage") } },
    select: { id: true, committeeId: true },
  });
  if (!plan) throw new NotFoundError();
  assertCan(actor, "plan:manage", plan.committeeId);
  return plan;
}

/** Adds a goal, or rewords one at the version the editor saw. A code is unique in its plan. */
export async function saveGoal(actor: Actor, input: GoalFormInput): Promise<{ id: string }> {
  const plan = await planOf(actor, input.planId);
  const codeTaken = () => new ValidationError({ code: "plansAdmin.codeTaken" });
  const clash = await db().planGoal.findFirst({
    where: { planId: plan.id, code: input.code, id: input.goalId ? { not: input.goalId } : undefined },
    select: { id: true, deletedAt: true },
  });
  if (clash && !clash.deletedAt) throw codeTaken();
  const data = { code: input.code, title: input.title, description: input.description };
  try {
    return await db().$transaction(async (tx) => {
      if (input.goalId) {
        const goal = await tx.planGoal.findFirst({ where: { id: input.goalId, planId: plan.id, deletedAt: null } });
        if (!goal) throw new NotFoundError();
        // A deleted goal's code is free again: the deleted row gives it up.
        if (clash) await tx.planGoal.update({ where: { id: clash.id }, data: { code: `${input.code}~${clash.id}` } });
        const { count } = await tx.planGoal.updateMany({
          where: { id: goal.id, version: input.version },
          data: { ...data, version: { increment: 1 } },
        });
        if (count === 0) throw new ConflictError("goal version");
        await audit(tx, {
          ...who(actor),
          action: "planGoal.update",
          entityType: "PlanGoal",
          entityId: goal.id,
          committeeId: plan.committeeId,
          changes: { code: { from: goal.code, to: data.code }, title: { from: goal.title, to: data.title } },
        });
        return { id: goal.id };
      }
      if (clash) await tx.planGoal.update({ where: { id: clash.id }, data: { code: `${input.code}~${clash.id}` } });
      const position = await tx.planGoal.count({ where: { planId: plan.id } });
      const goal = await tx.planGoal.create({ data: { ...data, planId: plan.id, position }, select: { id: true } });
      await audit(tx, {
        ...who(actor),
        action: "planGoal.create",
        entityType: "PlanGoal",
        entityId: goal.id,
        committeeId: plan.committeeId,
        changes: data,
      });
      return goal;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw codeTaken();
    throw e;
  }
}

/** How often a goal is used: by rubric criteria, applications and projects. */
export async function goalUses(goalId: string) {
  const [criteria, applications, projects] = await Promise.all([
    db().rubricCriterion.count({ where: { planGoalId: goalId } }),
    db().applicationPlanGoal.count({ where: { planGoalId: goalId } }),
    db().projectPlanGoal.count({ where: { planGoalId: goalId } }),
  ]);
  return { criteria, applications, projects, total: criteria + applications + projects };
}

/** Retire or reinstate a goal; delete (softly) only a goal never used, else it must be retired. */
export async function setGoalState(actor: Actor, input: GoalStateInput): Promise<void> {
  assertCan(actor, "plan:manage");
  const goal = await db().planGoal.findFirst({
    where: {
      id: input.goalId,
      deletedAt: null,
      plan: { deletedAt: null, committeeId: { in: committeesWhere(actor, "plan:manage") } },
    },
    select: { id: true, version: true, retiredAt: true, plan: { select: { committeeId: true } } },
  });
  if (!goal) throw new NotFoundError();
  assertCan(actor, "plan:manage", goal.plan.committeeId);
  if (goal.version !== input.version) throw new ConflictError("goal version");
  if (input.to === "deleted" && (await goalUses(goal.id)).total > 0) throw new UserError("plansAdmin.goalInUse");
  const now = new Date();
  const data =
    input.to === "deleted"
      ? { deletedAt: now }
      : { retiredAt: input.to === "retired" ? (goal.retiredAt ?? now) : null };
  await db().$transaction(async (tx) => {
    const { count } = await tx.planGoal.updateMany({
      where: { id: goal.id, version: input.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError("goal version");
    await audit(tx, {
      ...who(actor),
      action: `planGoal.${input.to === "deleted" ? "delete" : input.to === "retired" ? "retire" : "reinstate"}`,
      entityType: "PlanGoal",
      entityId: goal.id,
      committeeId: goal.plan.committeeId,
    });
  });
}
