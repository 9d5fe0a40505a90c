import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { committeesWhere, type Actor } from "@/lib/auth/permissions";

const mine = (actor: Actor) => ({ in: committeesWhere(actor, "plan:manage") });

/** A committee's district plans, newest period first; null when the actor does not manage its plans. */
export const getPlansPage = cache(async (actor: Actor, committeeId: string) => {
  const committee = await db().committee.findFirst({
    where: { id: committeeId, deletedAt: null, AND: [{ id: mine(actor) }] },
    select: {
      id: true,
      name: true,
      plans: {
        where: { deletedAt: null },
        orderBy: [{ startYear: "desc" }, { title: "asc" }],
        select: {
          id: true,
          title: true,
          kind: true,
          startYear: true,
          endYear: true,
          _count: { select: { goals: { where: { deletedAt: null, retiredAt: null } } } },
        },
      },
    },
  });
  if (!committee) return null;
  return {
    committee: { id: committee.id, name: committee.name },
    plans: committee.plans.map((p) => ({ ...p, activeGoals: p._count.goals })),
  };
});

const usesSelect = {
  rubricCriteria: {
    where: { rubric: { deletedAt: null } },
    select: { rubric: { select: { id: true, name: true } } },
  },
  applicationGoals: {
    where: { application: { deletedAt: null } },
    take: 20,
    select: { application: { select: { id: true, title: true, callId: true } } },
  },
  projectGoals: {
    where: { project: { deletedAt: null } },
    take: 20,
    select: { project: { select: { id: true, title: true } } },
  },
  _count: { select: { rubricCriteria: true, applicationGoals: true, projectGoals: true } },
} as const;

/** A plan with its goals (retired ones too, marked) and where each goal is used: counts and links. */
export const getPlanPage = cache(async (actor: Actor, committeeId: string, planId: string) => {
  const plan = await db().districtPlan.findFirst({
    where: { id: planId, committeeId, deletedAt: null, AND: [{ committeeId: mine(actor) }] },
    select: {
      id: true,
      title: true,
      kind: true,
      startYear: true,
      endYear: true,
      version: true,
      committee: { select: { id: true, name: true } },
      goals: {
        where: { deletedAt: null },
        orderBy: [{ retiredAt: { sort: "asc", nulls: "first" } }, { position: "asc" }],
        select: {
          id: true,
          code: true,
          title: true,
          description: true,
          retiredAt: true,
          version: true,
          ...usesSelect,
        },
      },
    },
  });
  if (!plan) return null;
  return {
    committee: plan.committee,
    plan: {
      id: plan.id,
      title: plan.title,
      version: plan.version,
      values: {
        title: plan.title,
        kind: plan.kind,
        startYear: plan.startYear ? String(plan.startYear) : "",
        endYear: plan.endYear ? String(plan.endYear) : "",
      },
    },
    goals: plan.goals.map((g) => {
      const rubrics = new Map(g.rubricCriteria.map((c) => [c.rubric.id, c.rubric.name]));
      const uses = g._count.rubricCriteria + g._count.applicationGoals + g._count.projectGoals;
      return {
        id: g.id,
        code: g.code,
        title: g.title,
        description: g.description,
        version: g.version,
        retired: g.retiredAt !== null,
        counts: {
          criteria: g._count.rubricCriteria,
          applications: g._count.applicationGoals,
          projects: g._count.projectGoals,
        },
        used: uses > 0,
        rubrics: [...rubrics].map(([id, name]) => ({ id, name })),
        applications: g.applicationGoals.map((a) => a.application),
        projects: g.projectGoals.map((p) => p.project),
      };
    }),
  };
});

/** A plan's title for its page title, as far as the actor manages its plans. */
export const getPlanTitle = cache(async (actor: Actor, planId: string) =>
  db().districtPlan.findFirst({
    where: { id: planId, deletedAt: null, committeeId: mine(actor) },
    select: { title: true },
  }),
);
