import "server-only";
import { db, type Tx } from "@/lib/db";
import { audit } from "@/lib/audit";
import { assertCan, committeesWhere, type Actor } from "@/lib/auth/permissions";
import { ConflictError, NotFoundError, UserError, ValidationError } from "@/lib/actions/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { moveGrant } from "./move";
import { notRuledOut } from "@/lib/calls/queries";
import { bookGrantPayment, releaseUnspent } from "@/lib/decisions/ledger";
import { formatKr } from "@/lib/i18n/format";
import { translatorFor } from "@/lib/i18n/translator";
import { readGrant, type GrantFacts } from "./grant-read";
import { nextGrantStatus, type GrantEvent } from "./model";
import { amountFor, checkAmount, type PaymentStep } from "./payment-rules";
import type { ClaimRepaymentInput, CloseGrantInput, PaymentInput } from "./schema";

const isUnique = (e: unknown) => e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";

/** Each step: the event it claims, the payment it writes (one per grant: the slot), whether it settles the grant. */
const stepRules: Record<
  PaymentStep,
  { event: GrantEvent; kind: "ADVANCE" | "FINAL" | "REPAYMENT" | null; settles: boolean }
> = {
  advance: { event: "advancePaid", kind: "ADVANCE", settles: false },
  final: { event: "finalPaid", kind: "FINAL", settles: true },
  repaymentClaim: { event: "repaymentClaimed", kind: null, settles: true },
  repaymentReceived: { event: "repaymentReceived", kind: "REPAYMENT", settles: false },
};

/** The grant as a payment approver of its committee may reach it; never for one ruled out of the case. */
async function grantForPayment(actor: Actor, applicationId: string): Promise<GrantFacts> {
  assertCan(actor, "payment:manage");
  const g = await readGrant(db(), {
    id: applicationId,
    call: { committeeId: { in: committeesWhere(actor, "payment:manage") } },
    ...notRuledOut(actor),
  });
  if (!g) throw new NotFoundError();
  assertCan(actor, "payment:manage", g.application.committeeId);
  return g;
}

/**
 * Checks a step against the grant as it is now, and returns the amount it moves, computed here and never taken
 * from the form: the posted amount must be that amount (a forged, negative or too large one is refused on the
 * field). Four eyes: whoever approved the accounts does not approve the final payout or the repayment claim.
 */
function approvedAmount(actor: Actor, g: GrantFacts, step: PaymentStep, posted: string): number {
  const rule = stepRules[step];
  const done =
    (rule.kind === "ADVANCE" && g.paid.advance) ||
    (rule.kind === "FINAL" && g.paid.final) ||
    (rule.kind === "REPAYMENT" && g.paid.repayment) ||
    (step === "repaymentClaim" && g.application.status === "REPAYMENT");
  if (done) throw new UserError("payments.alreadyApproved");
  if (!nextGrantStatus(g.application.status, rule.event)) throw new UserError("payments.wrongStep");
  if (
    (step === "final" || step === "repaymentClaim") &&
    g.application.fourEyes &&
    g.accounts?.approvedById === actor.id
  )
    throw new UserError("payments.fourEyes");
  const computed = amountFor(step, { advanceOre: g.letter?.advanceOre ?? null, settlement: g.settlement });
  if (computed === null)
    throw new UserError(
      step === "advance"
        ? "payments.noAdvance"
        : step === "final"
          ? "payments.repaymentNeeded"
          : "payments.noRepayment",
    );
  const wrong = checkAmount(step, posted, computed, g.settlement);
  if (wrong) throw new ValidationError({ amount: wrong });
  return computed;
}

/** Writes one step in the caller's transaction: the claim, the payment, the settlement's release, history, audit. */
async function writeStep(
  tx: Tx,
  actor: Actor,
  g: GrantFacts,
  step: PaymentStep,
  amountOre: number,
  p: { paidOn: Date | null; reference: string; note: string },
  now: Date,
) {
  const rule = stepRules[step];
  const t = translatorFor("da");
  await moveGrant(tx, {
    applicationId: g.application.id,
    from: g.application.status,
    event: rule.event,
    byId: actor.id,
    note: t(`payments.notes.${step}`, { amount: formatKr(amountOre, "da") }),
  });
  if (rule.kind)
    await bookGrantPayment(tx, {
      decisionId: g.decision.id,
      kind: rule.kind,
      amountOre,
      paidOn: p.paidOn ?? now,
      reference: p.reference,
      note: p.note,
      approvedById: actor.id,
    });
  // The settlement returns the unspent part to its funds year, once (the claim above is the step's lock).
  const released = rule.settles
    ? await releaseUnspent(tx, g.decision.id, g.settlement.releaseOre, t("payments.releaseNote"), now)
    : [];
  await audit(tx, {
    actorId: actor.id,
    actorLabel: actor.email,
    action: `payment.${step}`,
    entityType: "Application",
    entityId: g.application.id,
    committeeId: g.application.committeeId,
    changes: {
      amountOre,
      paidOn: p.paidOn?.toISOString().slice(0, 10) ?? null,
      reference: p.reference,
      note: p.note,
      released,
      settlement: rule.settles ? { ...g.settlement } : null,
    },
  });
}

/** A unique slot or a lost claim means another request approved this step first: said so, never a 500. */
async function once(work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (e) {
    if (isUnique(e) || e instanceof ConflictError) throw new UserError("payments.alreadyApproved");
    throw e;
  }
}

/** Approves a payment (the advance, the final payout, or a repayment received) with its date and reference. */
export async function approvePayment(actor: Actor, input: PaymentInput, now = new Date()): Promise<void> {
  const g = await grantForPayment(actor, input.applicationId);
  const amountOre = approvedAmount(actor, g, input.step, input.amount);
  const paidOn = new Date(`${input.paidOn}T00:00:00Z`);
  if (Number.isNaN(paidOn.getTime())) throw new ValidationError({ paidOn: "payments.paidOnRequired" });
  // The schema says so for a form; a caller that skips it is held to the same rule.
  if (!input.reference.trim()) throw new ValidationError({ reference: "payments.referenceRequired" });
  const p = { paidOn, reference: input.reference, note: input.note };
  await once(() => db().$transaction((tx) => writeStep(tx, actor, g, input.step, amountOre, p, now)));
}

/** Claims a repayment when the advance exceeds what the approved accounts owe: → REPAYMENT, the rest released. */
export async function claimRepayment(actor: Actor, input: ClaimRepaymentInput, now = new Date()): Promise<void> {
  const g = await grantForPayment(actor, input.applicationId);
  const amountOre = approvedAmount(actor, g, "repaymentClaim", input.amount);
  const p = { paidOn: null, reference: "", note: input.note };
  await once(() => db().$transaction((tx) => writeStep(tx, actor, g, "repaymentClaim", amountOre, p, now)));
}

/** Closes a paid grant (PAID → CLOSED). Closing moves no money. */
export async function closeGrant(actor: Actor, input: CloseGrantInput): Promise<void> {
  const g = await grantForPayment(actor, input.applicationId);
  if (!nextGrantStatus(g.application.status, "closed")) throw new UserError("payments.wrongStep");
  await db().$transaction(async (tx) => {
    try {
      await moveGrant(tx, {
        applicationId: g.application.id,
        from: g.application.status,
        event: "closed",
        byId: actor.id,
        note: translatorFor("da")("payments.notes.closed"),
      });
    } catch (e) {
      if (e instanceof ConflictError) throw new UserError("payments.wrongStep");
      throw e;
    }
    await audit(tx, {
      actorId: actor.id,
      actorLabel: actor.email,
      action: "grant.closed",
      entityType: "Application",
      entityId: g.application.id,
      committeeId: g.application.committeeId,
    });
  });
}
