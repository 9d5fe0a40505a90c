import "server-only";
import { db } from "@/lib/db";
import { can, committeesWhere, type Actor } from "@/lib/auth/permissions";
import { getPoolLedgers } from "@/lib/ledger/queries";
import { oreToNumber } from "@/lib/money";

// Each section is read only for the role that shows it, and only within
// the committees where the actor holds that role.

/** The dashboard: a section per role the actor holds (null where they hold none). */
export async function getDashboard(actor: Actor) {
  const [admin, secretariat, member, applicant] = await Promise.all([
    getAdminOverview(actor),
    getSecretariatOverview(actor),
    getMemberOverview(actor),
    getApplicantOverview(actor),
  ]);
  return { admin, secretariat, member, applicant };
}

export async function getAdminOverview(actor: Actor) {
  const committees = committeesWhere(actor, "audit:read");
  if (committees.length === 0) return null;
  const [committeeCount, users, projects, calls, applications, audit] = await Promise.all([
    db().committee.count({ where: { id: { in: committees }, deletedAt: null } }),
    db().user.count({
      where: { deletedAt: null, memberships: { some: { committeeId: { in: committees }, deletedAt: null } } },
    }),
    db().project.count({ where: { committeeId: { in: committees }, deletedAt: null } }),
    db().call.count({ where: { committeeId: { in: committees }, deletedAt: null } }),
    db().application.count({ where: { call: { committeeId: { in: committees } }, deletedAt: null } }),
    db().auditEntry.findMany({
      where: { OR: [{ committeeId: { in: committees } }, { committeeId: null }] },
      orderBy: { at: "desc" },
      take: 8,
      select: { id: true, at: true, actorLabel: true, action: true, entityType: true },
    }),
  ]);
  return { committeeCount, users, projects, calls, applications, audit };
}

export async function getSecretariatOverview(actor: Actor) {
  const committees = committeesWhere(actor, "application:screen");
  if (committees.length === 0) return null;
  const [calls, toScreen, ledger] = await Promise.all([
    db().call.findMany({
      where: { committeeId: { in: committees }, deletedAt: null, status: { in: ["PUBLISHED", "CLOSED"] } },
      orderBy: { deadline: "asc" },
      select: {
        id: true,
        title: true,
        deadline: true,
        status: true,
        amountAvailableOre: true,
        _count: { select: { applications: { where: { deletedAt: null, status: { not: "DRAFT" } } } } },
      },
    }),
    db().application.count({
      where: {
        call: { committeeId: { in: committees } },
        deletedAt: null,
        status: { in: ["SUBMITTED", "SCREENING", "AWAITING_INFO"] },
      },
    }),
    getPoolLedgers(actor, committees),
  ]);
  return {
    calls: calls.map((c) => ({
      id: c.id,
      title: c.title,
      deadline: c.deadline,
      status: c.status,
      amountOre: oreToNumber(c.amountAvailableOre) ?? 0,
      applications: c._count.applications,
    })),
    toScreen,
    ledger,
  };
}

export async function getMemberOverview(actor: Actor) {
  const committees = committeesWhere(actor, "application:score");
  if (committees.length === 0) return null;
  // An application on which the member is ruled out is not theirs to score.
  const notExcluded = { conflicts: { none: { userId: actor.id, excluded: true } } };
  const [assignments, conflicts, projects] = await Promise.all([
    db().reviewAssignment.findMany({
      where: {
        userId: actor.id,
        application: { deletedAt: null, call: { committeeId: { in: committees }, deletedAt: null }, ...notExcluded },
      },
      select: {
        application: {
          select: {
            callId: true,
            call: { select: { title: true } },
            scoreSheets: { where: { userId: actor.id, submittedAt: { not: null } }, select: { userId: true } },
          },
        },
      },
    }),
    db().conflictDeclaration.findMany({
      where: { userId: actor.id, application: { call: { committeeId: { in: committees } } } },
      select: { id: true, excluded: true, application: { select: { title: true } } },
    }),
    db().project.findMany({
      where: { deletedAt: null, committeeId: { in: committees }, people: { some: { userId: actor.id } } },
      select: { id: true, title: true, status: true },
      orderBy: { title: "asc" },
    }),
  ]);
  const byCall = new Map<string, { callId: string; title: string; done: number; total: number }>();
  for (const a of assignments) {
    const entry = byCall.get(a.application.callId) ?? {
      callId: a.application.callId,
      title: a.application.call.title,
      done: 0,
      total: 0,
    };
    entry.total += 1;
    if (a.application.scoreSheets.length > 0) entry.done += 1;
    byCall.set(a.application.callId, entry);
  }
  return {
    scoring: [...byCall.values()],
    conflicts: conflicts.map((c) => ({ id: c.id, application: c.application.title, excluded: c.excluded })),
    projects,
  };
}

export async function getApplicantOverview(actor: Actor) {
  if (!can(actor, "application:own")) return null;
  const applications = await db().application.findMany({
    where: {
      deletedAt: null,
      OR: [{ applicantId: actor.id }, { organisation: { members: { some: { userId: actor.id } } } }],
    },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      reference: true,
      title: true,
      status: true,
      requestedOre: true,
      call: { select: { title: true } },
    },
  });
  return applications.map((a) => ({
    id: a.id,
    reference: a.reference,
    title: a.title,
    status: a.status,
    requestedOre: oreToNumber(a.requestedOre) ?? 0,
    call: a.call.title,
  }));
}
