import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { can, type Actor } from "@/lib/auth/permissions";
import { visibleApplicationsWhere } from "@/lib/calls/queries";
import { rankApplications, type Ranking } from "./model";

export type CallRanking = {
  call: { id: string; committeeId: string; title: string; blindScoring: boolean };
  criteria: { id: string; title: string; weight: number; scaleMin: number; scaleMax: number }[];
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
    where: { id: callId, deletedAt: null },
    select: { id: true, title: true, committeeId: true, blindScoring: true, rubric: { select: { criteria: { orderBy: { position: "asc" }, select: { id: true, title: true, weight: true, scaleMin: true, scaleMax: true } } } } },
  });
  if (!call || !can(actor, "call:read", call.committeeId)) return null;
  const staff = can(actor, "call:manage", call.committeeId);
  if (!staff && !can(actor, "application:score", call.committeeId)) return null;
  if (!staff && call.blindScoring) {
    const open = await db().reviewAssignment.count({
      where: { userId: actor.id, application: { callId, deletedAt: null, conflicts: { none: { userId: actor.id, excluded: true } }, scoreSheets: { none: { userId: actor.id, submittedAt: { not: null } } } } },
    });
    if (open > 0) return null;
  }
  const applications = await db().application.findMany({
    where: { ...visibleApplicationsWhere(actor, [call.committeeId]), callId, status: { notIn: ["DRAFT", "WITHDRAWN", "INELIGIBLE"] } },
    select: {
      id: true,
      reference: true,
      title: true,
      assignments: { select: { userId: true } },
      scores: { select: { criterionId: true, userId: true, value: true, notApplicable: true } },
      conflicts: { where: { excluded: true }, select: { userId: true } },
    },
  });
  const userIds = new Set(applications.flatMap((a) => [...a.assignments.map((x) => x.userId), ...a.scores.map((x) => x.userId)]));
  const users = await db().user.findMany({ where: { id: { in: [...userIds] } }, select: { id: true, name: true } });
  const criteria = call.rubric?.criteria ?? [];
  const ranking = rankApplications({
    criteria,
    applications: applications.map((a) => ({ id: a.id, reference: a.reference ?? a.id, title: a.title, assignedUserIds: a.assignments.map((x) => x.userId) })),
    scores: applications.flatMap((a) => a.scores.map((s) => ({ ...s, applicationId: a.id }))),
    exclusions: applications.flatMap((a) => a.conflicts.map((c) => ({ applicationId: a.id, userId: c.userId }))),
  });
  return { call: { id: call.id, committeeId: call.committeeId, title: call.title, blindScoring: call.blindScoring }, criteria, members: Object.fromEntries(users.map((u) => [u.id, u.name])), ranking };
});

/** Every score of a call, conflicted ones included and marked: for the staff's CSV export. */
export async function listCallScoresForExport(actor: Actor, callId: string) {
  const call = await db().call.findFirst({ where: { id: callId, deletedAt: null }, select: { id: true, committeeId: true } });
  if (!call || !can(actor, "call:manage", call.committeeId)) return null;
  const scores = await db().score.findMany({
    where: { application: { callId, deletedAt: null } },
    orderBy: [{ application: { reference: "asc" } }, { user: { email: "asc" } }, { criterion: { position: "asc" } }],
    select: {
      value: true,
      notApplicable: true,
      userId: true,
      application: { select: { id: true, title: true, conflicts: { where: { excluded: true }, select: { userId: true, rulingReason: true } } } },
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
  const committees = actor.memberships.filter((m) => can(actor, "call:manage", m.committeeId)).map((m) => m.committeeId);
  return db().call.findMany({ where: { committeeId: { in: committees }, deletedAt: null }, orderBy: { createdAt: "asc" }, select: { id: true, title: true, status: true, deadline: true } });
}
