// A grant's life after the decision, as pure rules: the steps, the money each step moves, when a grant lapses.
// Amounts are integer øre (lib/money.ts). Every mutation of the money issue asks these functions, never its own
// copy of a rule.

/** The statuses of a granted application, in the order of its life (point 10 of issue 14). */
export const grantStatuses = [
  "DECIDED",
  "GRANT_LETTER_SENT",
  "GRANT_ACCEPTED",
  "ADVANCE_PAID",
  "ACCOUNTS_RECEIVED",
  "ACCOUNTS_RETURNED",
  "APPROVED",
  "PAID",
  "REPAYMENT",
  "CLOSED",
  "LAPSED",
] as const;
export type GrantStatus = (typeof grantStatuses)[number];

export type GrantEvent =
  | "letterSent"
  | "accepted"
  | "advancePaid"
  | "accountsSubmitted"
  | "moreRequested"
  | "accountsApproved"
  | "finalPaid"
  | "repaymentClaimed"
  | "lapsedWithAdvance"
  | "repaymentReceived"
  | "closed"
  | "lapsed";

const moves: Record<GrantEvent, { from: readonly GrantStatus[]; to: GrantStatus }> = {
  letterSent: { from: ["DECIDED"], to: "GRANT_LETTER_SENT" },
  accepted: { from: ["GRANT_LETTER_SENT"], to: "GRANT_ACCEPTED" },
  advancePaid: { from: ["GRANT_ACCEPTED"], to: "ADVANCE_PAID" },
  accountsSubmitted: { from: ["GRANT_ACCEPTED", "ADVANCE_PAID", "ACCOUNTS_RETURNED"], to: "ACCOUNTS_RECEIVED" },
  moreRequested: { from: ["ACCOUNTS_RECEIVED"], to: "ACCOUNTS_RETURNED" },
  accountsApproved: { from: ["ACCOUNTS_RECEIVED"], to: "APPROVED" },
  finalPaid: { from: ["APPROVED"], to: "PAID" },
  // The advance exceeded what is owed: the applicant must pay the difference back.
  repaymentClaimed: { from: ["APPROVED"], to: "REPAYMENT" },
  repaymentReceived: { from: ["REPAYMENT"], to: "CLOSED" },
  closed: { from: ["PAID"], to: "CLOSED" },
  // No accounts by the deadline, one reminder and LAPSE_DAYS later. A grant whose advance was paid does not
  // lapse quietly: the advance is claimed back (lapsedWithAdvance, settled with no expenses).
  lapsed: { from: ["GRANT_LETTER_SENT", "GRANT_ACCEPTED"], to: "LAPSED" },
  lapsedWithAdvance: { from: ["GRANT_ACCEPTED", "ADVANCE_PAID"], to: "REPAYMENT" },
};

/** The status after `event`, or null when the event does not apply to a grant in `status`. */
export function nextGrantStatus(status: string, event: GrantEvent): GrantStatus | null {
  const move = moves[event];
  return (move.from as readonly string[]).includes(status) ? move.to : null;
}

/** The statuses an event may start from: for a `where: { status: { in } }` that claims the step atomically. */
export function grantStatusesFor(event: GrantEvent): GrantStatus[] {
  return [...moves[event].from];
}

/** Statuses in which the applicant still owes accounts (reminders, lapse, "8 regnskaber mangler"). */
export const awaitingAccounts: readonly GrantStatus[] = ["GRANT_LETTER_SENT", "GRANT_ACCEPTED", "ADVANCE_PAID"];

/** The advance for a grant: the pool's share of the granted amount, in whole kroner rounded down; 0 without one. */
export function advanceFor(grantedOre: number, sharePct: number | null | undefined): number {
  if (!sharePct || sharePct <= 0) return 0;
  const ore = Math.floor((grantedOre * Math.min(sharePct, 100)) / 100);
  return ore - (ore % 100);
}

/**
 * A settlement (the final payout, a repayment claim, or a lapse settled with no expenses) writes the grant's
 * `releaseOre` onto its funds year (DecisionYear.releasedOre) in the same transaction: the unspent part returns to the
 * year it came from once, when what is owed is known. Closing the case afterwards moves no money.
 */
export type Settlement = {
  /** What the grant finally pays: at most the granted amount, at most expenses minus income (less rejected). */
  owedOre: number;
  /** The final payout: what is owed less the advance already paid (never negative). */
  finalOre: number;
  /** The applicant's repayment when the advance exceeds what is owed. */
  repaymentOre: number;
  /** The part of the grant not spent: it returns to the funds year it came from. */
  releaseOre: number;
};

/** The final settlement of a grant from its approved accounts. */
export function settle(p: {
  grantedOre: number;
  expensesOre: number;
  incomeOre: number;
  rejectedOre?: number;
  advancePaidOre: number;
}): Settlement {
  const net = Math.max(0, p.expensesOre - (p.rejectedOre ?? 0) - p.incomeOre);
  const owedOre = Math.min(p.grantedOre, net);
  return {
    owedOre,
    finalOre: Math.max(0, owedOre - p.advancePaidOre),
    repaymentOre: Math.max(0, p.advancePaidOre - owedOre),
    releaseOre: p.grantedOre - owedOre,
  };
}

/** A funds year of a decision as a payment is booked on it: what it commits (less any release) and pays so far. */
export type PaymentYear = { poolYearId: string | null; year: number; committedOre: number; paidOre: number };
export type PaymentPart = { poolYearId: string | null; year: number; amountOre: number };

/**
 * Where a grant's payment is booked when its decision spans several funds years. A payout fills the years in
 * order, each up to what it commits less what it has paid, so a multi-year grant spends its first year's money
 * first; a repayment received goes back to the latest year that paid. With the settlement's release taken from
 * the latest year first (releaseUnspent), every year ends with nothing outstanding. What no year has room for
 * stays on the last (a payout) or the first (a repayment) year, so the parts always add up to the payment; so does
 * a payment of 0. One part per year touched, oldest first.
 */
export function bookPayment(years: readonly PaymentYear[], amountOre: number, back: boolean): PaymentPart[] {
  if (!Number.isSafeInteger(amountOre) || amountOre < 0) throw new RangeError(`not a payment: ${amountOre}`);
  const ordered = [...years].sort((a, b) => (back ? b.year - a.year : a.year - b.year));
  if (ordered.length === 0) return [{ poolYearId: null, year: 0, amountOre }];
  const parts = new Map<PaymentYear, number>();
  let left = amountOre;
  for (const y of ordered) {
    const room = Math.max(0, back ? y.paidOre : y.committedOre - y.paidOre);
    const part = Math.min(room, left);
    if (part > 0) parts.set(y, part);
    left -= part;
  }
  const rest = ordered.at(-1)!;
  if (left > 0 || parts.size === 0) parts.set(rest, (parts.get(rest) ?? 0) + left);
  return [...parts]
    .map(([y, part]) => ({ poolYearId: y.poolYearId, year: y.year, amountOre: part }))
    .sort((a, b) => a.year - b.year);
}

/** The default deadline for accounts: the pool's months (1 by default) after the activity's end, or the decision. */
export function defaultAccountsDue(activityEnd: Date | null, decidedOn: Date, months: number): Date {
  const from = activityEnd ?? decidedOn;
  const due = new Date(from);
  const day = due.getUTCDate();
  due.setUTCDate(1);
  due.setUTCMonth(due.getUTCMonth() + Math.max(1, months));
  const last = new Date(Date.UTC(due.getUTCFullYear(), due.getUTCMonth() + 1, 0)).getUTCDate();
  due.setUTCDate(Math.min(day, last));
  return due;
}

/** Days between the one reminder after the deadline and the lapse. */
export const LAPSE_DAYS = 14;
/** Days before the deadline when "accounts due soon" is sent. */
export const DUE_SOON_DAYS = 14;

const dayMs = 86_400_000;

/** Where a grant stands against its accounts deadline on `now`. */
export function accountsDeadlineState(
  p: { status: string; accountsDueOn: Date | null; reminderSentAt: Date | null },
  now: Date,
): "none" | "dueSoon" | "overdue" | "lapse" {
  if (!p.accountsDueOn || !(awaitingAccounts as readonly string[]).includes(p.status)) return "none";
  const due = p.accountsDueOn.getTime();
  if (now.getTime() < due - DUE_SOON_DAYS * dayMs) return "none";
  if (now.getTime() < due) return "dueSoon";
  if (p.reminderSentAt && now.getTime() >= p.reminderSentAt.getTime() + LAPSE_DAYS * dayMs) return "lapse";
  return "overdue";
}

/** The auditor's statement rule: a grant at or above the pool's limit (200.000 kr. by default) needs one. */
export function needsAuditor(grantedOre: number, auditorLimitOre: number | null | undefined): boolean {
  return grantedOre >= (auditorLimitOre ?? 20_000_000);
}

// ─── Spot checks ────────────────────────────────────────────────────────────

/** A 32-bit seed from a text seed (FNV-1a), so a printed seed redraws the same sample. */
function seedNumber(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a small, well-known PRNG; enough for a reproducible sample, not for secrets. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How many of `n` reported grants a draw takes: `sharePct` of them rounded, at least one when any are reported. */
export function sampleSize(n: number, sharePct: number): number {
  if (n <= 0) return 0;
  return Math.min(n, Math.max(1, Math.round((n * sharePct) / 100)));
}

/**
 * Draws the receipt check: the population sorted (by reference, so the order does not depend on the database),
 * then a seeded shuffle. The same seed and population always give the same draw, which is how it is printed and
 * re-checked.
 */
export function drawSpotChecks(seed: string, population: readonly string[], sharePct: number): string[] {
  const sorted = [...population].sort();
  const random = prng(seedNumber(seed));
  for (let i = sorted.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [sorted[i], sorted[j]] = [sorted[j]!, sorted[i]!];
  }
  return sorted.slice(0, sampleSize(sorted.length, sharePct)).sort();
}

// ─── The ledger ─────────────────────────────────────────────────────────────

/** The sums the ledger query returns for one pool year (SQL does the adding; this only names the identities). */
export type LedgerSums = {
  budgetOre: number;
  /** Everything committed on the year, conditional later-year commitments included. */
  committedOre: number;
  /** Of which conditional (a multi-year decision's later years). */
  conditionalOre: number;
  /** Commitments returned to the year: unspent, lapsed, or a project's remainder. */
  releasedOre: number;
  /** Paid out (advances, final payouts, project expenses) less repayments received. */
  paidOre: number;
};

export type Ledger = LedgerSums & {
  /** Committed and neither paid nor released: still to be paid (negative while a repayment is owed). */
  outstandingOre: number;
  /** The budget less what stays committed. */
  availableOre: number;
};

/** budget = (committed − released) + available, and committed = paid + outstanding + released. */
export function ledger(s: LedgerSums): Ledger {
  return {
    ...s,
    outstandingOre: s.committedOre - s.paidOre - s.releasedOre,
    availableOre: s.budgetOre - (s.committedOre - s.releasedOre),
  };
}
