import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { committeesWhere, type Actor } from "@/lib/auth/permissions";
import { maskPrivateLinks } from "@/lib/mail/seal";
import type { Anyone } from "@/lib/public/published";
import type { Prisma } from "@/lib/generated/prisma/client";
import { oreToNumber } from "@/lib/money";
import { canReply, canWithdraw } from "@/lib/screening/model";
import { formatKr } from "@/lib/i18n/format";
import { notRuledOut } from "@/lib/calls/queries";
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

/**
 * A published call as the public sees it, with whether it takes applications
 * now. Public: the same for everyone. Once per request (title and page).
 */
export const getPublicCall = cache(async (_: Anyone, slug: string, now = new Date()) => {
  const call = await db().call.findFirst({
    where: { slug, deletedAt: null, status: { not: "DRAFT" }, committee: { deletedAt: null } },
    select: {
      id: true,
      slug: true,
      title: true,
      description: true,
      criteriaText: true,
      status: true,
      opensAt: true,
      deadline: true,
      amountAvailableOre: true,
      minGrantOre: true,
      maxGrantOre: true,
      committee: { select: { name: true } },
    },
  });
  if (!call) return null;
  return {
    ...call,
    amountOre: oreToNumber(call.amountAvailableOre) ?? 0,
    minGrantOre: oreToNumber(call.minGrantOre),
    maxGrantOre: oreToNumber(call.maxGrantOre),
    open: isOpen(call, now),
  };
});

/**
 * The applicant's own view through the private link: only that application,
 * only what the applicant may see (no scores, comments or conflicts). Public
 * by design: no account, the token is the authority (whoever holds the link).
 * Once per request: the page's title and the page read the same.
 */
export const getApplicationByToken = cache(async (_: Anyone, token: string) => {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return null;
  const app = await db().application.findFirst({
    where: {
      accessTokenHash: hashToken(token),
      deletedAt: null,
      OR: [{ accessExpiresAt: null }, { accessExpiresAt: { gt: new Date() } }],
    },
    select: {
      reference: true,
      title: true,
      status: true,
      version: true,
      submittedAt: true,
      requestedOre: true,
      contactName: true,
      organisation: { select: { name: true } },
      eligible: true,
      eligibilityReason: true,
      withdrawnAt: true,
      messages: {
        orderBy: { createdAt: "asc" },
        select: { id: true, fromApplicant: true, body: true, createdAt: true },
      },
      call: { select: { title: true, committee: { select: { name: true } } } },
      decisions: {
        orderBy: { decidedOn: "desc" },
        take: 1,
        select: { outcome: true, amountOre: true, fundsYear: true, conditional: true, reasons: true, decidedOn: true },
      },
    },
  });
  if (!app) return null;
  const d = app.decisions[0];
  return {
    ...app,
    canWithdraw: canWithdraw(app.status),
    canReply: canReply(app.status),
    requestedOre: oreToNumber(app.requestedOre) ?? 0,
    decision: d ? { ...d, amountOre: oreToNumber(d.amountOre) } : null,
  };
});

/**
 * The mail the app has sent (or would have, without SMTP) as staff may read
 * it: about applications in the committees where they hold outbox:read (not
 * those they are ruled out of), and mail about no application (an unlock link). Private links are masked in
 * every body, rows written before sealing included.
 */
export async function listOutbox(actor: Actor, take = 50) {
  const committees = committeesWhere(actor, "outbox:read");
  if (committees.length === 0) return [];
  const mails = await db().emailMessage.findMany({
    where: {
      OR: [
        { application: { call: { committeeId: { in: committees } }, ...notRuledOut(actor) } },
        { applicationId: null },
      ],
    },
    orderBy: { createdAt: "desc" },
    take,
    select: {
      id: true,
      toAddress: true,
      subject: true,
      body: true,
      kind: true,
      createdAt: true,
      sentAt: true,
      error: true,
      attempts: true,
      nextAttemptAt: true,
      lastError: true,
    },
  });
  return mails.map((m) => ({ ...m, body: maskPrivateLinks(m.body) }));
}

/**
 * A saved draft as the form's values, through its private link; null unless
 * it is still a draft. Public, like the link: the token is the authority.
 */
export async function getDraftByToken(_: Anyone, token: string, now = new Date()) {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return null;
  const app = await db().application.findFirst({
    where: { accessTokenHash: hashToken(token), status: "DRAFT", deletedAt: null },
    select: {
      contactName: true,
      contactEmail: true,
      contactPhone: true,
      title: true,
      description: true,
      targetGroup: true,
      periodText: true,
      requestedOre: true,
      organisation: { select: { name: true, kind: true, cvr: true } },
      budgetLines: { orderBy: { position: "asc" }, select: { isIncome: true, label: true, amountOre: true } },
      call: {
        select: {
          id: true,
          slug: true,
          title: true,
          status: true,
          opensAt: true,
          deadline: true,
          committee: { select: { name: true } },
        },
      },
    },
  });
  if (!app) return null;
  const kr = (ore: bigint) => (ore === 0n ? "" : formatKr(ore).replace(/ kr\.$/, ""));
  const kind = app.organisation.kind === "COMPANY" ? "OTHER" : app.organisation.kind;
  return {
    call: { ...app.call, open: isOpen(app.call, now) },
    values: {
      organisationName: app.organisation.name,
      organisationKind: kind,
      cvr: app.organisation.cvr ?? "",
      contactName: app.contactName,
      contactEmail: app.contactEmail,
      contactPhone: app.contactPhone ?? "",
      title: app.title,
      description: app.description,
      targetGroup: app.targetGroup,
      periodText: app.periodText,
      requested: kr(app.requestedOre),
      budget: app.budgetLines.length
        ? app.budgetLines.map((l) => ({
            kind: l.isIncome ? ("income" as const) : ("expense" as const),
            label: l.label,
            amount: kr(l.amountOre),
          }))
        : [{ kind: "expense" as const, label: "", amount: "" }],
    },
  };
}
