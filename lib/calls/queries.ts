import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { can, committeesWhere, type Actor } from "@/lib/auth/permissions";
import { oreToNumber } from "@/lib/money";
import { formatKr } from "@/lib/i18n/format";
import { nextStatuses, utcToCopenhagenLocal } from "./model";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { InboxFilters } from "@/lib/screening/model";

/**
 * The conflict rule (forvaltningsloven § 3) as a where clause: whoever the
 * committee has ruled out of a case, member or official, never gets it back
 * from a query, whatever the URL, export or action.
 */
export function notRuledOut(actor: Pick<Actor, "id">): Prisma.ApplicationWhereInput {
  return { conflicts: { none: { userId: actor.id, excluded: true } } };
}

/** Which applications an actor may see: sent ones of the given committees, less those the actor is ruled out of. */
export function visibleApplicationsWhere(actor: Actor, committeeIds: string[]): Prisma.ApplicationWhereInput {
  return {
    deletedAt: null,
    status: { not: "DRAFT" },
    call: { committeeId: { in: committeeIds }, deletedAt: null },
    ...notRuledOut(actor),
  };
}

/** The calls list: the calls of the actor's committees, and whether they may make new ones. */
export const getCallListPage = cache(async (actor: Actor) => {
  const committees = committeesWhere(actor, "call:read");
  const rows = await db().call.findMany({
    where: { committeeId: { in: committees }, deletedAt: null },
    orderBy: [{ deadline: "desc" }],
    select: {
      id: true,
      title: true,
      status: true,
      deadline: true,
      amountAvailableOre: true,
      committee: { select: { name: true } },
    },
  });
  return {
    calls: rows.map((r) => ({ ...r, committee: r.committee.name, amountOre: oreToNumber(r.amountAvailableOre) ?? 0 })),
    canManage: can(actor, "call:manage"),
  };
});

/**
 * The inbox's filters as a where clause; the search matches reference, title
 * and organisation, and the contact person only for staff who may see contact
 * data (a member could otherwise find out who applied by guessing names).
 */
function inboxWhere(f: InboxFilters | undefined, searchContact: boolean): Prisma.ApplicationWhereInput {
  if (!f) return {};
  const where: Prisma.ApplicationWhereInput = {};
  if (f.status) where.status = f.status;
  if (f.eligibility) where.eligible = f.eligibility === "open" ? null : f.eligibility === "yes";
  if (f.shortlisted) where.shortlisted = true;
  if (f.q) {
    const contains = { contains: f.q, mode: "insensitive" as const };
    where.OR = [{ reference: contains }, { title: contains }, { organisation: { name: contains } }];
    if (searchContact) where.OR.push({ contactName: contains }, { contactEmail: contains });
  }
  return where;
}

/**
 * A call's page: the call, its rubric, the inbox of applications (filtered),
 * and what the actor may do from it. Null when the call is not theirs to see.
 */
export const getCallPage = cache(async (actor: Actor, id: string, filters?: InboxFilters) => {
  const committees = committeesWhere(actor, "call:read");
  const call = await db().call.findFirst({
    where: { id, committeeId: { in: committees }, deletedAt: null },
    select: {
      id: true,
      committeeId: true,
      slug: true,
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
      rubric: {
        select: {
          name: true,
          criteria: {
            orderBy: { position: "asc" },
            select: {
              id: true,
              title: true,
              weight: true,
              scaleMin: true,
              scaleMax: true,
              allowNotApplicable: true,
              planGoal: { select: { title: true, retiredAt: true } },
            },
          },
        },
      },
    },
  });
  if (!call) return null;
  const applications = await db().application.findMany({
    where: {
      AND: [
        { ...visibleApplicationsWhere(actor, [call.committeeId]), callId: call.id },
        inboxWhere(filters, can(actor, "call:manage", call.committeeId)),
      ],
    },
    orderBy: { reference: "asc" },
    select: {
      id: true,
      reference: true,
      title: true,
      status: true,
      requestedOre: true,
      eligible: true,
      shortlisted: true,
      organisation: { select: { name: true } },
    },
  });
  const { committeeId } = call;
  return {
    call: {
      ...call,
      amountOre: oreToNumber(call.amountAvailableOre) ?? 0,
      minGrantOre: oreToNumber(call.minGrantOre),
      maxGrantOre: oreToNumber(call.maxGrantOre),
    },
    applications: applications.map((a) => ({
      id: a.id,
      reference: a.reference,
      title: a.title,
      status: a.status,
      eligible: a.eligible,
      shortlisted: a.shortlisted,
      organisation: a.organisation.name,
      requestedOre: oreToNumber(a.requestedOre) ?? 0,
    })),
    canManage: can(actor, "call:manage", committeeId),
    canScore: can(actor, "application:score", committeeId),
    canRuleConflicts: can(actor, "conflict:rule", committeeId),
  };
});

/** A call's name, for the titles of its pages; null when the actor may not read it. */
export const getCallTitle = cache(async (actor: Actor, id: string): Promise<string | null> => {
  const call = await db().call.findFirst({
    where: { id, deletedAt: null, committeeId: { in: committeesWhere(actor, "call:read") } },
    select: { title: true },
  });
  return call?.title ?? null;
});

/** What the call form offers: the committees the actor manages calls in, with their pools, projects and rubrics. */
export async function getCallFormOptions(actor: Actor) {
  const ids = committeesWhere(actor, "call:manage");
  const committees = await db().committee.findMany({
    where: { id: { in: ids }, deletedAt: null },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      pools: { where: { deletedAt: null }, select: { id: true, name: true } },
      projects: {
        where: { deletedAt: null, parentId: null },
        orderBy: { title: "asc" },
        select: { id: true, title: true },
      },
      rubrics: { where: { deletedAt: null }, orderBy: { name: "asc" }, select: { id: true, name: true } },
    },
  });
  return committees;
}

/**
 * The call's edit page: its fields as the form shows them (amounts in kroner,
 * times in Danish time), the status changes it allows now, and its committee's
 * pools, projects and rubrics.
 */
export async function getCallEditPage(actor: Actor, id: string) {
  const call = await db().call.findFirst({
    where: { id, deletedAt: null, committeeId: { in: committeesWhere(actor, "call:manage") } },
  });
  if (!call) return null;
  const committees = (await getCallFormOptions(actor)).filter((c) => c.id === call.committeeId);
  const kr = (v: bigint | null) => (v === null ? "" : formatKr(v).replace(/ kr\.$/, ""));
  return {
    id: call.id,
    title: call.title,
    status: call.status,
    version: call.version,
    next: nextStatuses(call.status).filter((s) => s !== "DRAFT"),
    committees,
    values: {
      committeeId: call.committeeId,
      poolId: call.poolId ?? "",
      projectId: call.projectId ?? "",
      rubricId: call.rubricId ?? "",
      title: call.title,
      slug: call.slug,
      description: call.description,
      criteriaText: call.criteriaText,
      amount: kr(call.amountAvailableOre),
      minGrant: kr(call.minGrantOre),
      maxGrant: kr(call.maxGrantOre),
      opensAt: call.opensAt ? utcToCopenhagenLocal(call.opensAt) : "",
      deadline: call.deadline ? utcToCopenhagenLocal(call.deadline) : "",
      scoringDeadline: call.scoringDeadline ? utcToCopenhagenLocal(call.scoringDeadline) : "",
      decidedBy: call.decidedBy,
      fastTrack: call.fastTrack ? "on" : "",
      fastTrackMax: kr(call.fastTrackMaxOre),
      blindScoring: call.blindScoring ? "on" : "",
    },
  };
}
