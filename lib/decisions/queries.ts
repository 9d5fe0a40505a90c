import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { can, committeesWhere, type Actor } from "@/lib/auth/permissions";
import { delegated } from "@/lib/meetings/live-rules";
import { oreToNumber } from "@/lib/money";
import { applicationCoreSelect } from "@/lib/applications/queries";
import { notRuledOut } from "@/lib/calls/queries";
import { canDecide } from "@/lib/screening/model";

/**
 * The case file: an application as the secretariat handles it, contact data
 * included, for staff of its committee only and never for an official ruled
 * out of it; with its history, its decision and what the actor may do next.
 */
export const getCaseFile = cache(async (actor: Actor, callId: string, applicationId: string) => {
  const app = await db().application.findFirst({
    where: {
      id: applicationId,
      callId,
      deletedAt: null,
      call: { committeeId: { in: committeesWhere(actor, "call:manage") } },
      ...notRuledOut(actor),
    },
    select: {
      ...applicationCoreSelect,
      status: true,
      version: true,
      contactName: true,
      contactEmail: true,
      contactPhone: true,
      submittedAt: true,
      withdrawnAt: true,
      eligible: true,
      eligibilityReason: true,
      shortlisted: true,
      publishedAt: true,
      publicSummary: true,
      publicName: true,
      portraits: {
        where: { deletedAt: null },
        take: 1,
        select: { slug: true, title: true, body: true, month: true, publishedAt: true },
      },
      messages: {
        orderBy: { createdAt: "asc" },
        select: { id: true, fromApplicant: true, body: true, createdAt: true },
      },
      statusChanges: { orderBy: { at: "asc" }, select: { id: true, from: true, to: true, note: true, at: true } },
      visits: {
        orderBy: { visitedOn: "asc" },
        select: {
          id: true,
          visitedOn: true,
          notes: true,
          participants: { select: { user: { select: { name: true } } } },
          photos: { where: { deletedAt: null }, select: { id: true, filename: true, altText: true, isPublic: true } },
        },
      },
      recommendations: {
        orderBy: { createdAt: "asc" },
        select: { id: true, outcome: true, amountOre: true, text: true, createdAt: true },
      },
      organisation: { select: { name: true, cvr: true, kind: true } },
      call: { select: { id: true, title: true, committeeId: true, decidedBy: true, fastTrack: true } },
      attachments: {
        where: { deletedAt: null },
        select: { id: true, filename: true, mimeType: true, sizeBytes: true },
      },
      decisions: {
        orderBy: { decidedOn: "desc" },
        select: {
          id: true,
          outcome: true,
          amountOre: true,
          fundsYear: true,
          conditional: true,
          reasons: true,
          decidedOn: true,
        },
      },
      scoreSheets: {
        orderBy: { user: { name: "asc" } },
        select: { submittedAt: true, reopenedAt: true, reopenReason: true, user: { select: { id: true, name: true } } },
      },
      conflicts: { where: { userId: actor.id }, select: { ground: true, excluded: true } },
    },
  });
  if (!app) return null;
  const { committeeId } = app.call;
  const members = await db().membership.findMany({
    where: { committeeId, role: "MEMBER", user: { deletedAt: null } },
    orderBy: { user: { name: "asc" } },
    select: { user: { select: { id: true, name: true } } },
  });
  const { statusChanges, conflicts, decisions, ...rest } = app;
  // The newest decision; there is at most one (a unique index), the list is the schema's shape.
  const decision = decisions.map((d) => ({ ...d, amountOre: oreToNumber(d.amountOre) }))[0] ?? null;
  const open = decision === null;
  const granted = decision?.outcome === "GRANT" || decision?.outcome === "PARTIAL_GRANT";
  return {
    application: {
      ...rest,
      recommendations: app.recommendations.map((r) => ({ ...r, amountOre: oreToNumber(r.amountOre) })),
      requestedOre: oreToNumber(app.requestedOre) ?? 0,
      budgetLines: app.budgetLines.map((l) => ({ ...l, amountOre: oreToNumber(l.amountOre) ?? 0 })),
      photos: app.visits.flatMap((v) => v.photos),
    },
    members: members.map((m) => m.user),
    decision,
    history: statusChanges,
    myConflict: conflicts[0] ?? null,
    can: {
      screen: open && can(actor, "application:screen", committeeId),
      followUp: open && app.eligible !== false && can(actor, "application:screen", committeeId),
      reopenSheets: open && can(actor, "score:reopen", committeeId),
      recommend: open && app.eligible !== false && can(actor, "application:recommend", committeeId),
      // Outside a meeting only where the call delegates its decisions to the secretariat.
      decide: open && canDecide(app.status) && can(actor, "decision:record", committeeId) && delegated(app.call),
      decideAtMeeting:
        open && canDecide(app.status) && can(actor, "decision:record", committeeId) && !delegated(app.call),
      publish: granted && can(actor, "project:publish", committeeId),
      declareConflict: can(actor, "conflict:declare", committeeId),
    },
  };
});
