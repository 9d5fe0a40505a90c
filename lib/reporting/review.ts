import "server-only";
import { db, type Tx } from "@/lib/db";
import { audit } from "@/lib/audit";
import { ConflictError, NotFoundError, UserError, ValidationError } from "@/lib/actions/errors";
import { assertCan, committeesWhere, type Actor } from "@/lib/auth/permissions";
import { parseKroner } from "@/lib/applications/model";
import { moveGrant } from "@/lib/grants/move";
import { notRuledOut } from "@/lib/calls/queries";
import { translatorFor } from "@/lib/i18n/translator";
import { queueMail } from "@/lib/mail/outbox";
import { accountsTotals } from "./model";
import type { ApproveAccountsInput, RequestMoreInput } from "./schema";

const caseRecord = translatorFor("da");

/** The accounts under review, for the secretariat of the grant's committee (not one ruled out of the case). */
async function accountsUnderReview(actor: Actor, applicationId: string) {
  assertCan(actor, "grant:manage");
  const app = await db().application.findFirst({
    where: {
      id: applicationId,
      deletedAt: null,
      call: { committeeId: { in: committeesWhere(actor, "grant:manage") } },
      ...notRuledOut(actor),
    },
    select: {
      id: true,
      status: true,
      reference: true,
      title: true,
      contactName: true,
      contactEmail: true,
      applicantId: true,
      call: { select: { committeeId: true, committee: { select: { name: true } } } },
      accounts: {
        select: {
          id: true,
          status: true,
          spotCheck: true,
          lines: { select: { isIncome: true, budgetOre: true, actualOre: true } },
          _count: { select: { attachments: { where: { deletedAt: null, isReceipt: true } } } },
        },
      },
    },
  });
  if (!app?.accounts) throw new NotFoundError();
  assertCan(actor, "grant:manage", app.call.committeeId);
  if (app.accounts.status !== "SUBMITTED" || app.status !== "ACCOUNTS_RECEIVED")
    throw new UserError("accountsReview.notReviewable");
  return { ...app, accounts: app.accounts };
}

/**
 * Claims the accounts over the version the reviewer saw, still waiting for review. An approval also needs, in the
 * same statement, that the accounts are not drawn for a spot check or have a receipt: a draw landing between the
 * reviewer's read and the claim cannot let a drawn grant through unchecked.
 */
async function claimAccounts(tx: Tx, id: string, version: number, data: Record<string, unknown>, approving = false) {
  const { count } = await tx.accountsReport.updateMany({
    where: {
      id,
      version,
      status: "SUBMITTED",
      ...(approving
        ? { OR: [{ spotCheck: false }, { attachments: { some: { deletedAt: null, isReceipt: true } } }] }
        : {}),
    },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 1) return;
  const now = await tx.accountsReport.findUnique({ where: { id }, select: { version: true, spotCheck: true } });
  if (approving && now?.version === version && now.spotCheck) throw new UserError("accountsReview.receiptsRequired");
  throw new ConflictError();
}

/**
 * "Bed om mere": the accounts go back to the applicant with the secretariat's text, which is also written in the
 * case's thread and mailed. The private link's token is stored only hashed, so the mail cannot carry it, and a new
 * one would silently kill the link in the grant letter: the mail tells the applicant to use the link they have (from
 * the receipt and the grant letter), or their own page when the application belongs to an account.
 */
export async function requestMoreAccounts(
  actor: Actor,
  input: RequestMoreInput,
  meta: { origin: string; now?: Date },
): Promise<void> {
  const now = meta.now ?? new Date();
  const app = await accountsUnderReview(actor, input.applicationId);
  const t = translatorFor("da");
  const own = app.applicantId ? t("accountsReview.mail.ownPage", { link: `${meta.origin}/mine/${app.id}` }) : "";
  await db().$transaction(async (tx) => {
    await claimAccounts(tx, app.accounts.id, input.version, {
      status: "MORE_REQUESTED",
      requestText: input.text,
      requestedAt: now,
    });
    await moveGrant(tx, {
      applicationId: app.id,
      from: app.status,
      event: "moreRequested",
      byId: actor.id,
      note: caseRecord("accountsReview.notes.moreRequested"),
    });
    await tx.applicationMessage.create({ data: { applicationId: app.id, fromApplicant: false, body: input.text } });
    await queueMail(tx, {
      to: app.contactEmail,
      kind: "accounts.moreRequested",
      applicationId: app.id,
      subject: t("accountsReview.mail.subject", { reference: app.reference ?? "", title: app.title }),
      body: t("accountsReview.mail.body", {
        name: app.contactName,
        title: app.title,
        committee: app.call.committee.name,
        text: input.text,
        ownPage: own,
      }),
    });
    await audit(tx, {
      actorId: actor.id,
      actorLabel: actor.email,
      action: "accounts.moreRequested",
      entityType: "AccountsReport",
      entityId: app.accounts.id,
      committeeId: app.call.committeeId,
      changes: { text: input.text },
    });
  });
}

/**
 * "Godkend regnskabet", maybe rejecting part of the expenses (with a reason, at most the expenses), and maybe
 * publishing the applicant's latest evaluation (the public's "what came of it"). A grant drawn for a spot check
 * needs at least one receipt first. The payout is the letters' step: this stops at APPROVED.
 */
export async function approveAccounts(actor: Actor, input: ApproveAccountsInput, now = new Date()): Promise<void> {
  const app = await accountsUnderReview(actor, input.applicationId);
  if (app.accounts.spotCheck && app.accounts._count.attachments === 0)
    throw new UserError("accountsReview.receiptsRequired");
  const rejectedOre = input.rejected === "" ? 0 : (parseKroner(input.rejected) ?? -1);
  const totals = accountsTotals(
    app.accounts.lines.map((l) => ({ ...l, budgetOre: Number(l.budgetOre), actualOre: Number(l.actualOre) })),
  );
  const errors: Record<string, string> = {};
  if (rejectedOre < 0) errors.rejected = "accountsReview.rejectedInvalid";
  else if (rejectedOre > totals.expensesOre) errors.rejected = "accountsReview.rejectedTooHigh";
  if (rejectedOre > 0 && !input.rejectionReason) errors.rejectionReason = "accountsReview.reasonRequired";
  if (Object.keys(errors).length) throw new ValidationError(errors);
  await db().$transaction(async (tx) => {
    await claimAccounts(
      tx,
      app.accounts.id,
      input.version,
      {
        status: "APPROVED",
        approvedAt: now,
        approvedById: actor.id,
        rejectedOre: rejectedOre > 0 ? BigInt(rejectedOre) : null,
        rejectionReason: rejectedOre > 0 ? input.rejectionReason : null,
      },
      true,
    );
    const evaluation = input.publishEvaluation
      ? await tx.evaluation.findFirst({
          where: { applicationId: app.id },
          orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
          select: { id: true },
        })
      : null;
    if (evaluation) await tx.evaluation.update({ where: { id: evaluation.id }, data: { published: true } });
    await moveGrant(tx, {
      applicationId: app.id,
      from: app.status,
      event: "accountsApproved",
      byId: actor.id,
      note: caseRecord("accountsReview.notes.approved"),
    });
    await audit(tx, {
      actorId: actor.id,
      actorLabel: actor.email,
      action: "accounts.approve",
      entityType: "AccountsReport",
      entityId: app.accounts.id,
      committeeId: app.call.committeeId,
      changes: {
        rejectedOre,
        rejectionReason: input.rejectionReason,
        ...totals,
        publishedEvaluationId: evaluation?.id ?? null,
      },
    });
  });
}
