import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { oreToNumber } from "@/lib/money";
import { isOpen } from "./model";
import { hashToken } from "./mutations";

/** What the secretariat and the scorers both read of an application (never contact data). */
export const applicationCoreSelect = {
  id: true,
  reference: true,
  title: true,
  description: true,
  targetGroup: true,
  periodText: true,
  requestedOre: true,
  budgetLines: { orderBy: { position: "asc" }, select: { id: true, label: true, isIncome: true, amountOre: true } },
} satisfies Prisma.ApplicationSelect;

/** A published call as the public sees it, with whether it takes applications now. */
export async function getPublicCall(slug: string, now = new Date()) {
  const call = await db().call.findFirst({
    where: { slug, deletedAt: null, status: { not: "DRAFT" }, committee: { deletedAt: null } },
    select: { id: true, slug: true, title: true, description: true, criteriaText: true, status: true, opensAt: true, deadline: true, amountAvailableOre: true, minGrantOre: true, maxGrantOre: true, committee: { select: { name: true } } },
  });
  if (!call) return null;
  return {
    ...call,
    amountOre: oreToNumber(call.amountAvailableOre) ?? 0,
    minGrantOre: oreToNumber(call.minGrantOre),
    maxGrantOre: oreToNumber(call.maxGrantOre),
    open: isOpen(call, now),
  };
}

/**
 * The applicant's own view through the private link: only that application,
 * only what the applicant may see (no scores, comments or conflicts).
 */
export async function getApplicationByToken(token: string) {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return null;
  const app = await db().application.findFirst({
    where: { accessTokenHash: hashToken(token), deletedAt: null, OR: [{ accessExpiresAt: null }, { accessExpiresAt: { gt: new Date() } }] },
    select: {
      reference: true,
      title: true,
      status: true,
      submittedAt: true,
      requestedOre: true,
      contactName: true,
      organisation: { select: { name: true } },
      call: { select: { title: true, committee: { select: { name: true } } } },
      decisions: { orderBy: { decidedOn: "desc" }, take: 1, select: { outcome: true, amountOre: true, fundsYear: true, conditional: true, reasons: true, decidedOn: true } },
    },
  });
  if (!app) return null;
  const d = app.decisions[0];
  return {
    ...app,
    requestedOre: oreToNumber(app.requestedOre) ?? 0,
    decision: d ? { ...d, amountOre: oreToNumber(d.amountOre) } : null,
  };
}

export async function listOutbox(committeeIds: string[], take = 50) {
  return db().emailMessage.findMany({
    where: { OR: [{ application: { call: { committeeId: { in: committeeIds } } } }, { applicationId: null }] },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, toAddress: true, subject: true, body: true, kind: true, createdAt: true, sentAt: true, error: true },
  });
}
