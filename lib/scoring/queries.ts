import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { can, committeesWhere, type Actor } from "@/lib/auth/permissions";
import { notRuledOut, visibleApplicationsWhere } from "@/lib/calls/queries";
import { applicationCoreSelect } from "@/lib/applications/queries";
import { oreToNumber } from "@/lib/money";
import { rankFromAggregates, sharedScale, type Ranking } from "./model";
import { scoreAggregates } from "./aggregates";

type CallRanking = {
  call: { id: string; committeeId: string; title: string; blindScoring: boolean };
  /** The secretariat's: the ranking and every score as CSV. */
  canExport: boolean;
  criteria: { id: string; title: string; weight: number; scaleMin: number; scaleMax: number }[];
  /** The names of the members assigned to the ranked applications (the page names the missing ones). */
  members: Record<string, string>;
  ranking: Ranking;
};

/**
 * Everything the ranking needs, read with the conflict rule in the where
 * clause: a member ruled out of an application gets neither it nor its scores.
 * A member in a blind call sees the ranking only after submitting every sheet
 * assigned to them. Returns null when the actor may not see the ranking.
 */
export const getCallRanking = cache(async (actor: Actor, callId: string): Promise<CallRanking | null> => {
  const call = await db().call.findFirst({
    where: { id: callId, deletedAt: null, committeeId: { in: committeesWhere(actor, "call:read") } },
    select: {
      id: true,
      title: true,
      committeeId: true,
      blindScoring: true,
      rubric: {
        select: {
          criteria: {
            orderBy: { position: "asc" },
            select: { id: true, title: true, weight: true, scaleMin: true, scaleMax: true },
          },
        },
      },
    },
  });
  if (!call) return null;
  const staff = can(actor, "call:manage", call.committeeId);
  if (!staff && !can(actor, "application:score", call.committeeId)) return null;
  if (!staff && call.blindScoring) {
    const open = await db().reviewAssignment.count({
      where: {
        userId: actor.id,
        application: {
          callId,
          deletedAt: null,
          conflicts: { none: { userId: actor.id, excluded: true } },
          scoreSheets: { none: { userId: actor.id, submittedAt: { not: null } } },
        },
      },
    });
    if (open > 0) return null;
  }
  // The applications in the ranking, with the conflict rule in the where clause; their scores are summed by
  // PostgreSQL (aggregates.ts), each member ruled out of an application left out there too.
  const applications = await db().application.findMany({
    where: {
      ...visibleApplicationsWhere(actor, [call.committeeId]),
      callId,
      status: { notIn: ["DRAFT", "WITHDRAWN", "INELIGIBLE"] },
    },
    select: {
      id: true,
      reference: true,
      title: true,
      assignments: { select: { userId: true } },
      conflicts: { where: { excluded: true }, select: { userId: true } },
    },
  });
  const criteria = call.rubric?.criteria ?? [];
  // The members the page names are the missing ones, all assigned: their names are read beside the sums.
  const assigned = [...new Set(applications.flatMap((a) => a.assignments.map((x) => x.userId)))];
  const [aggregates, users] = await Promise.all([
    scoreAggregates(
      db(),
      applications.map((a) => a.id),
      criteria,
      sharedScale(criteria) !== null,
    ),
    db().user.findMany({ where: { id: { in: assigned } }, select: { id: true, name: true } }),
  ]);
  const ranking = rankFromAggregates({
    criteria,
    applications: applications.map((a) => ({
      id: a.id,
      reference: a.reference ?? a.id,
      title: a.title,
      assignedUserIds: a.assignments.map((x) => x.userId),
    })),
    exclusions: applications.flatMap((a) => a.conflicts.map((c) => ({ applicationId: a.id, userId: c.userId }))),
    aggregates,
  });
  return {
    call: { id: call.id, committeeId: call.committeeId, title: call.title, blindScoring: call.blindScoring },
    canExport: staff,
    criteria,
    members: Object.fromEntries(users.map((u) => [u.id, u.name])),
    ranking,
  };
});

/**
 * Every score of a call, conflicted ones included and marked: for the staff's
 * CSV export (never of a case the exporter is ruled out of).
 */
export async function listCallScoresForExport(actor: Actor, callId: string) {
  const call = await db().call.findFirst({
    where: { id: callId, deletedAt: null, committeeId: { in: committeesWhere(actor, "call:manage") } },
    select: { id: true },
  });
  if (!call) return null;
  const scores = await db().score.findMany({
    where: { application: { callId, deletedAt: null, ...notRuledOut(actor) } },
    orderBy: [{ application: { reference: "asc" } }, { user: { email: "asc" } }, { criterion: { position: "asc" } }],
    select: {
      value: true,
      notApplicable: true,
      userId: true,
      application: {
        select: {
          id: true,
          title: true,
          conflicts: { where: { excluded: true }, select: { userId: true, rulingReason: true } },
        },
      },
      user: { select: { email: true } },
      criterion: { select: { title: true, weight: true } },
    },
  });
  return scores.map((s) => {
    const ruling = s.application.conflicts.find((c) => c.userId === s.userId);
    return {
      applicationId: s.application.id,
      applicationTitle: s.application.title,
      memberEmail: s.user.email,
      criterion: s.criterion.title,
      weight: s.criterion.weight,
      score: s.notApplicable ? null : s.value,
      excluded: Boolean(ruling),
      excludedReason: ruling?.rulingReason ?? "",
    };
  });
}

export async function listCallsForExport(actor: Actor) {
  const committees = committeesWhere(actor, "call:manage");
  return db().call.findMany({
    where: { committeeId: { in: committees }, deletedAt: null },
    orderBy: { createdAt: "asc" },
    select: { id: true, title: true, status: true, deadline: true },
  });
}

/** A member's own scoring list for a call: assigned applications they are not ruled out of. */
export const listMyScoring = cache(async (actor: Actor, callId: string) => {
  const call = await db().call.findFirst({
    where: { id: callId, deletedAt: null, committeeId: { in: committeesWhere(actor, "application:score") } },
    select: { id: true, title: true, committeeId: true },
  });
  if (!call) return null;
  const apps = await db().application.findMany({
    where: {
      ...visibleApplicationsWhere(actor, [call.committeeId]),
      callId,
      assignments: { some: { userId: actor.id } },
    },
    orderBy: { reference: "asc" },
    select: {
      id: true,
      reference: true,
      title: true,
      organisation: { select: { name: true } },
      scoreSheets: { where: { userId: actor.id }, select: { submittedAt: true } },
      _count: { select: { scores: { where: { userId: actor.id } } } },
    },
  });
  const items = apps.map((a) => ({
    id: a.id,
    reference: a.reference,
    title: a.title,
    organisation: a.organisation.name,
    state: a.scoreSheets[0]?.submittedAt
      ? ("submitted" as const)
      : a._count.scores > 0
        ? ("started" as const)
        : ("new" as const),
  }));
  return { call: { id: call.id, title: call.title }, items, done: items.filter((i) => i.state === "submitted").length };
});

/**
 * The score page: one application as its scorer sees it, their sheet, and
 * the others' scores only once their own sheet is in (blind mode). Null for
 * anyone not assigned to it, and for a member ruled out of it.
 */
export const getScorePage = cache(async (actor: Actor, callId: string, applicationId: string) => {
  const app = await db().application.findFirst({
    where: {
      id: applicationId,
      callId,
      deletedAt: null,
      call: { committeeId: { in: committeesWhere(actor, "application:score") } },
      assignments: { some: { userId: actor.id } },
      conflicts: { none: { userId: actor.id, excluded: true } },
    },
    select: {
      ...applicationCoreSelect,
      organisation: { select: { name: true, kind: true } },
      call: {
        select: {
          id: true,
          title: true,
          committeeId: true,
          blindScoring: true,
          rubric: {
            select: {
              criteria: {
                orderBy: { position: "asc" },
                select: {
                  id: true,
                  title: true,
                  description: true,
                  weight: true,
                  scaleMin: true,
                  scaleMax: true,
                  allowNotApplicable: true,
                  planGoal: { select: { title: true, retiredAt: true } },
                  steps: { orderBy: { value: "asc" }, select: { value: true, label: true } },
                },
              },
            },
          },
        },
      },
      scores: {
        select: {
          criterionId: true,
          userId: true,
          value: true,
          notApplicable: true,
          comment: true,
          user: { select: { name: true } },
        },
      },
      scoreSheets: { where: { userId: actor.id }, select: { submittedAt: true } },
      conflicts: { select: { userId: true, excluded: true, ground: true, description: true, declaredAt: true } },
    },
  });
  if (!app) return null;
  const submittedAt = app.scoreSheets[0]?.submittedAt ?? null;
  const ruledOut = new Set(app.conflicts.filter((c) => c.excluded).map((c) => c.userId));
  const showOthers = !app.call.blindScoring || submittedAt !== null;
  return {
    application: {
      id: app.id,
      reference: app.reference,
      title: app.title,
      description: app.description,
      targetGroup: app.targetGroup,
      periodText: app.periodText,
      requestedOre: oreToNumber(app.requestedOre) ?? 0,
      organisation: app.organisation.name,
    },
    budget: app.budgetLines.map((l) => ({ ...l, amountOre: oreToNumber(l.amountOre) ?? 0 })),
    call: { id: app.call.id, title: app.call.title, blind: app.call.blindScoring },
    criteria: app.call.rubric?.criteria ?? [],
    mine: app.scores
      .filter((s) => s.userId === actor.id)
      .map((s) => ({ criterionId: s.criterionId, value: s.value, notApplicable: s.notApplicable, comment: s.comment })),
    submittedAt,
    others: showOthers
      ? app.scores
          .filter((s) => s.userId !== actor.id && !ruledOut.has(s.userId))
          .map((s) => ({
            criterionId: s.criterionId,
            member: s.user.name,
            value: s.value,
            notApplicable: s.notApplicable,
            comment: s.comment,
          }))
      : null,
    myConflict: app.conflicts.find((c) => c.userId === actor.id) ?? null,
  };
});

/** Declarations and rulings of a call, for the secretariat and the minutes. */
export const listConflicts = cache(async (actor: Actor, callId: string) => {
  const call = await db().call.findFirst({
    where: { id: callId, deletedAt: null, committeeId: { in: committeesWhere(actor, "conflict:rule") } },
    select: { id: true, title: true, committeeId: true },
  });
  if (!call) return null;
  const declarations = await db().conflictDeclaration.findMany({
    where: { application: { callId, ...notRuledOut(actor) } },
    orderBy: { declaredAt: "asc" },
    select: {
      id: true,
      ground: true,
      description: true,
      declaredAt: true,
      excluded: true,
      rulingReason: true,
      ruledAt: true,
      user: { select: { name: true } },
      application: { select: { reference: true, title: true } },
    },
  });
  return { call, declarations };
});
