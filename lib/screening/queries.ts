import "server-only";
import { db } from "@/lib/db";
import { committeesWhere, type Actor } from "@/lib/auth/permissions";
import { notRuledOut, visibleApplicationsWhere } from "@/lib/calls/queries";

/**
 * A stored file of an application or of a visit to it, for staff who may
 * read the application. The conflict rule is in the where clause: a member
 * ruled out gets nothing back.
 */
export async function getApplicationFile(actor: Actor, id: string) {
  const visible = visibleApplicationsWhere(actor, committeesWhere(actor, "application:read"));
  return db().attachment.findFirst({
    where: { id, deletedAt: null, OR: [{ application: visible }, { visit: { application: visible } }] },
    select: { filename: true, mimeType: true, data: true },
  });
}

/** The assignment grid of a call: its applications, its members, who is assigned and who is ruled out. */
export async function getAssignmentGrid(actor: Actor, callId: string) {
  const call = await db().call.findFirst({
    where: { id: callId, deletedAt: null, committeeId: { in: committeesWhere(actor, "application:screen") } },
    select: { id: true, title: true, committeeId: true },
  });
  if (!call) return null;
  const [applications, members, assigned, ruledOut] = await Promise.all([
    db().application.findMany({
      where: {
        callId,
        deletedAt: null,
        status: { notIn: ["DRAFT", "WITHDRAWN", "INELIGIBLE"] },
        ...notRuledOut(actor),
      },
      orderBy: { reference: "asc" },
      select: { id: true, reference: true, title: true },
    }),
    db().membership.findMany({
      where: { committeeId: call.committeeId, role: "MEMBER", user: { deletedAt: null } },
      orderBy: { user: { name: "asc" } },
      select: { user: { select: { id: true, name: true } } },
    }),
    db().reviewAssignment.findMany({
      where: { application: { callId } },
      select: { applicationId: true, userId: true },
    }),
    db().conflictDeclaration.findMany({
      where: { application: { callId }, excluded: true },
      select: { applicationId: true, userId: true },
    }),
  ]);
  return { call, applications, members: members.map((m) => m.user), assigned, ruledOut };
}
