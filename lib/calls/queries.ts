import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { can, committeesWhere, type Actor } from "@/lib/auth/permissions";
import { oreToNumber } from "@/lib/money";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Which applications an actor may see. A member ruled out for conflict of
 * interest never gets the application back from a query, whatever the URL.
 */
export function visibleApplicationsWhere(actor: Actor, committeeIds: string[]): Prisma.ApplicationWhereInput {
  const base: Prisma.ApplicationWhereInput = { deletedAt: null, status: { not: "DRAFT" }, call: { committeeId: { in: committeeIds }, deletedAt: null } };
  const managesAll = committeeIds.every((c) => can(actor, "call:manage", c));
  return managesAll ? base : { ...base, conflicts: { none: { userId: actor.id, excluded: true } } };
}

export const listCalls = cache(async (actor: Actor) => {
  const committees = committeesWhere(actor, "call:read");
  const rows = await db().call.findMany({
    where: { committeeId: { in: committees }, deletedAt: null },
    orderBy: [{ deadline: "desc" }],
    select: { id: true, title: true, status: true, deadline: true, amountAvailableOre: true, committee: { select: { name: true } } },
  });
  return rows.map((r) => ({ ...r, committee: r.committee.name, amountOre: oreToNumber(r.amountAvailableOre) ?? 0 }));
});

export const getCallView = cache(async (actor: Actor, id: string) => {
  const committees = committeesWhere(actor, "call:read");
  const call = await db().call.findFirst({
    where: { id, committeeId: { in: committees }, deletedAt: null },
    select: {
      id: true,
      committeeId: true,
      title: true,
      description: true,
      criteriaText: true,
      status: true,
      deadline: true,
      amountAvailableOre: true,
      minGrantOre: true,
      maxGrantOre: true,
      decidedBy: true,
      committee: { select: { name: true } },
      rubric: { select: { name: true, criteria: { orderBy: { position: "asc" }, select: { id: true, title: true, weight: true, scaleMin: true, scaleMax: true, allowNotApplicable: true, planGoal: { select: { title: true } } } } } },
    },
  });
  if (!call) return null;
  const applications = await db().application.findMany({
    where: { ...visibleApplicationsWhere(actor, [call.committeeId]), callId: call.id },
    orderBy: { reference: "asc" },
    select: { id: true, reference: true, title: true, status: true, requestedOre: true, organisation: { select: { name: true } } },
  });
  return {
    ...call,
    amountOre: oreToNumber(call.amountAvailableOre) ?? 0,
    minGrantOre: oreToNumber(call.minGrantOre),
    maxGrantOre: oreToNumber(call.maxGrantOre),
    applications: applications.map((a) => ({ id: a.id, reference: a.reference, title: a.title, status: a.status, organisation: a.organisation.name, requestedOre: oreToNumber(a.requestedOre) ?? 0 })),
  };
});
