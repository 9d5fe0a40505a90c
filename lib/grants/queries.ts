import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { can, committeesWhere, type Actor } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/actions/errors";
import { notRuledOut } from "@/lib/calls/queries";
import { applicantGrant, type ApplicantKey } from "./applicant-access";
import { readGrant, type GrantFacts } from "./grant-read";
import { letterText } from "./letter";
import { awaitingAccounts } from "./model";
import { amountFor } from "./payment-rules";
import { grantSteps, type StepFact, type StepKey } from "./steps";

/** Names of the people a grant's records point to (letters and payments keep ids, not relations). */
async function namesOf(ids: (string | null | undefined)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (wanted.length === 0) return new Map();
  const users = await db().user.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}

/** The grant's steps with their dates and who, from the records that hold them. */
function stepsOf(g: GrantFacts, names: Map<string, string>) {
  const by = (id: string | null | undefined) => (id ? (names.get(id) ?? null) : null);
  const changed = (to: string) => g.statusChanges.findLast((c) => c.to === to);
  const fact = (at: Date | null | undefined, who: string | null): StepFact | undefined =>
    at ? { at, by: who } : undefined;
  const facts: Partial<Record<StepKey, StepFact | undefined>> = {
    decided: fact(g.decision.decidedOn, null),
    letterSent: fact(g.letter?.sentAt, by(g.letter?.sentById)),
    accepted: fact(g.letter?.acceptedAt, g.letter?.acceptedName ?? by(g.letter?.acceptedById)),
    advancePaid: fact(g.paid.advance?.createdAt, by(g.paid.advance?.approvedById)),
    accountsSubmitted: fact(g.accounts?.receivedAt, null),
    accountsApproved: fact(g.accounts?.approvedAt, by(g.accounts?.approvedById)),
    paid: fact(g.paid.final?.createdAt ?? changed("PAID")?.at, by(g.paid.final?.approvedById ?? changed("PAID")?.byId)),
    repayment: fact(changed("REPAYMENT")?.at, by(changed("REPAYMENT")?.byId)),
    closed: fact(changed("CLOSED")?.at, by(changed("CLOSED")?.byId)),
    lapsed: fact(changed("LAPSED")?.at, null),
  };
  return grantSteps(facts as Partial<Record<StepKey, StepFact>>, g.application.status);
}

const idsOf = (g: GrantFacts) => [
  g.letter?.sentById,
  g.letter?.acceptedById,
  g.accounts?.approvedById,
  ...g.payments.map((p) => p.approvedById),
  ...g.statusChanges.map((c) => c.byId),
];

/**
 * The case file's money section: the grant's steps for every reader of the case file (staff of its committee, never
 * one ruled out of it); the letter's draft or the letter as sent for `grant:manage`; the payment steps with their
 * amounts computed here for `payment:manage`. Null when the application has no grant.
 */
export const getGrantMoney = cache(async (actor: Actor, callId: string, applicationId: string) => {
  const g = await readGrant(db(), {
    id: applicationId,
    callId,
    call: { committeeId: { in: committeesWhere(actor, "call:manage") } },
    ...notRuledOut(actor),
  });
  if (!g) return null;
  const { committeeId, status } = g.application;
  const names = await namesOf(idsOf(g));
  const manage = can(actor, "grant:manage", committeeId);
  const pay = can(actor, "payment:manage", committeeId);
  const amount = (step: Parameters<typeof amountFor>[0]) =>
    amountFor(step, { advanceOre: g.letter?.advanceOre ?? null, settlement: g.settlement });
  const fourEyesBlocked = g.application.fourEyes && g.accounts?.approvedById === actor.id;
  const draft =
    manage && !g.letter && status === "DECIDED"
      ? {
          conditions: g.decision.conditions,
          accountsDueOn: g.defaults.accountsDueOn.toISOString().slice(0, 10),
          advanceOre: g.defaults.advanceOre,
          months: g.defaults.months,
          text: letterText("da", {
            name: g.application.contactName,
            committee: g.application.committee,
            title: g.application.title,
            reference: g.application.reference,
            grantedOre: g.grantedOre,
            conditions: g.decision.conditions,
            accountsDueOn: g.defaults.accountsDueOn,
            advanceOre: g.defaults.advanceOre || null,
            auditorLimitOre: g.auditorLimitOre,
          }),
        }
      : null;
  return {
    application: g.application,
    grantedOre: g.grantedOre,
    steps: stepsOf(g, names),
    letter: g.letter
      ? {
          body: g.letter.body,
          accountsDueOn: g.letter.accountsDueOn,
          advanceOre: g.letter.advanceOre,
          sentAt: g.letter.sentAt,
          sentBy: g.letter.sentById ? (names.get(g.letter.sentById) ?? null) : null,
          acceptedAt: g.letter.acceptedAt,
          acceptedName: g.letter.acceptedName,
        }
      : null,
    draft,
    payments: g.payments.map((p) => ({ ...p, approvedBy: p.approvedById ? (names.get(p.approvedById) ?? "") : "" })),
    settlement: g.accounts?.status === "APPROVED" || status === "REPAYMENT" ? g.settlement : null,
    fourEyes: {
      applies: g.application.fourEyes,
      accountsApprovedBy: g.accounts?.approvedById ? (names.get(g.accounts.approvedById) ?? null) : null,
      blocked: fourEyesBlocked,
    },
    can: {
      sendLetter: draft !== null,
      payAdvance: pay && status === "GRANT_ACCEPTED" && !g.paid.advance ? amount("advance") : null,
      payFinal: pay && status === "APPROVED" && !g.paid.final && !fourEyesBlocked ? amount("final") : null,
      claimRepayment: pay && status === "APPROVED" && !fourEyesBlocked ? amount("repaymentClaim") : null,
      receiveRepayment: pay && status === "REPAYMENT" && !g.paid.repayment ? amount("repaymentReceived") : null,
      close: pay && status === "PAID",
    },
  };
});

/**
 * The applicant's view of their grant letter, by the private link's token or their own application: the letter as
 * sent, its deadline and advance, and whether it may be accepted. Null before a letter is sent.
 */
export async function getApplicantLetter(actor: Actor | null, key: ApplicantKey) {
  const g = await applicantFacts(actor, key);
  if (!g?.letter?.sentAt) return null;
  const names = await namesOf(idsOf(g));
  return {
    title: g.application.title,
    reference: g.application.reference,
    grantedOre: g.grantedOre,
    body: g.letter.body,
    accountsDueOn: g.letter.accountsDueOn,
    advanceOre: g.letter.advanceOre,
    acceptedAt: g.letter.acceptedAt,
    acceptedName: g.letter.acceptedName,
    canAccept: g.application.status === "GRANT_LETTER_SENT" && !g.letter.acceptedAt,
    steps: stepsOf(g, names),
  };
}

/** The letter as sent, for the staff PDF: readers of the application in its committee, never one ruled out. */
export async function getGrantLetterForPdf(actor: Actor, applicationId: string) {
  const g = await readGrant(db(), {
    id: applicationId,
    status: { not: "DRAFT" },
    call: { committeeId: { in: committeesWhere(actor, "application:read") } },
    ...notRuledOut(actor),
  });
  return g?.letter?.sentAt ? pdfShape(g) : null;
}

/** The letter as sent, for the applicant's PDF by the private link's token. */
export async function getApplicantLetterForPdf(actor: Actor | null, key: ApplicantKey) {
  const g = await applicantFacts(actor, key);
  return g?.letter?.sentAt ? pdfShape(g) : null;
}

/** The grant an applicant's key opens (./applicant-access.ts decides); null for a key that opens nothing. */
async function applicantFacts(actor: Actor | null, key: ApplicantKey): Promise<GrantFacts | null> {
  try {
    const grant = await applicantGrant(db(), actor, key);
    return await readGrant(db(), { id: grant.id });
  } catch (e) {
    if (e instanceof NotFoundError) return null;
    throw e;
  }
}

function pdfShape(g: GrantFacts) {
  const letter = g.letter!;
  return {
    committee: g.application.committee,
    reference: g.application.reference,
    title: g.application.title,
    body: letter.body,
    sentAt: letter.sentAt!,
    acceptedAt: letter.acceptedAt,
    acceptedName: letter.acceptedName,
  };
}

const caseLink = { id: true, title: true, reference: true, callId: true, status: true } as const;

/**
 * The secretariat's money work on the dashboard, in the committees where the actor holds each permission: grants
 * still owing accounts (`awaitingAccounts`), accounts sent and waiting for review, requests for more waiting for
 * the applicant's answer, granted decisions without a letter, and payments to approve (an accepted grant's advance,
 * an approved grant's settlement, a repayment to receive). Null without either permission.
 */
export async function getGrantWork(actor: Actor) {
  const letters = committeesWhere(actor, "grant:manage");
  const payments = committeesWhere(actor, "payment:manage");
  if (letters.length === 0 && payments.length === 0) return null;
  const inCommittees = (ids: string[]) => ({
    deletedAt: null,
    call: { committeeId: { in: ids } },
    ...notRuledOut(actor),
  });
  const list = (where: object) => db().application.findMany({ where, orderBy: { reference: "asc" }, select: caseLink });
  const [accountsMissing, accountsToReview, answersAwaited, lettersToSend, paymentsToApprove] = await Promise.all([
    list({ ...inCommittees(letters), status: { in: [...awaitingAccounts] } }),
    list({ ...inCommittees(letters), status: "ACCOUNTS_RECEIVED" }),
    list({ ...inCommittees(letters), status: "ACCOUNTS_RETURNED" }),
    list({
      ...inCommittees(letters),
      status: "DECIDED",
      decisions: { some: { outcome: { in: ["GRANT", "PARTIAL_GRANT"] }, grantLetter: null } },
    }),
    list({
      ...inCommittees(payments),
      OR: [
        { status: "GRANT_ACCEPTED", decisions: { some: { grantLetter: { advanceOre: { gt: 0 } } } } },
        { status: { in: ["APPROVED", "REPAYMENT"] } },
      ],
    }),
  ]);
  return { accountsMissing, accountsToReview, answersAwaited, lettersToSend, paymentsToApprove };
}
