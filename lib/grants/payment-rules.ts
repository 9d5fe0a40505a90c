// What a payment step may pay, as pure rules over the grant's records: the settlement from the accounts, and the
// check of an amount a form posted against the amount computed again on the server. No Prisma, no Next.
import { settle, type Settlement } from "./model";
import type { PaymentStep as FormStep } from "./schema";

export type PaymentStep = FormStep | "repaymentClaim";

export type AccountsFacts = {
  status: string;
  lines: readonly { isIncome: boolean; actualOre: number }[];
  rejectedOre: number | null;
};

export type SettlementFacts = Settlement & {
  grantedOre: number;
  expensesOre: number;
  incomeOre: number;
  rejectedOre: number;
  advancePaidOre: number;
};

/**
 * The grant's settlement. With approved accounts: expenses are the non-income lines' actual sums, income the income
 * lines'. Without approved accounts (a grant claimed back before it reported: a lapse with a paid advance) nothing
 * was spent, and the whole advance is owed back.
 */
export function settlementOf(p: {
  grantedOre: number;
  accounts: AccountsFacts | null;
  advancePaidOre: number;
}): SettlementFacts {
  const approved = p.accounts?.status === "APPROVED" ? p.accounts : null;
  const sum = (income: boolean) =>
    (approved?.lines ?? []).filter((l) => l.isIncome === income).reduce((s, l) => s + l.actualOre, 0);
  const facts = {
    grantedOre: p.grantedOre,
    expensesOre: sum(false),
    incomeOre: sum(true),
    rejectedOre: approved?.rejectedOre ?? 0,
    advancePaidOre: p.advancePaidOre,
  };
  return { ...facts, ...settle(facts) };
}

/** The amount a step pays or receives, from the letter's advance and the settlement; null: the step has none. */
export function amountFor(step: PaymentStep, p: { advanceOre: number | null; settlement: SettlementFacts }) {
  if (step === "advance") return p.advanceOre && p.advanceOre > 0 ? p.advanceOre : null;
  if (step === "final") return p.settlement.repaymentOre > 0 ? null : p.settlement.finalOre;
  return p.settlement.repaymentOre > 0 ? p.settlement.repaymentOre : null;
}

/** Kroner as typed ("4.000", "4.000,50", "-100") → øre; "negative" for a sign; null for anything else. */
export function parseAmount(text: string): number | "negative" | null {
  const cleaned = text
    .trim()
    .replace(/^kr\.?\s*/i, "")
    .replace(/\s*(kr\.?|,-)$/i, "")
    .replace(/\s/g, "");
  if (/^[-−]/.test(cleaned)) return "negative";
  if (!/^\d{1,3}(\.\d{3})*(,\d{1,2})?$|^\d+(,\d{1,2})?$/.test(cleaned)) return null;
  const [whole, frac = ""] = cleaned.replace(/\./g, "").split(",");
  const ore = Number(whole) * 100 + Number(frac.padEnd(2, "0") || 0);
  return Number.isSafeInteger(ore) ? ore : null;
}

/**
 * The posted amount against the one computed now. Named refusals first (a negative amount, more than the grant,
 * a final payout above expenses minus income less the advance), then any other difference (a forged or stale
 * amount). Returns a message key for the `amount` field, or null when the amount is the computed one.
 */
export function checkAmount(
  step: PaymentStep,
  posted: string,
  computedOre: number,
  settlement: SettlementFacts,
): string | null {
  const ore = parseAmount(posted);
  if (ore === "negative") return "payments.amountNegative";
  if (ore === null) return "payments.amountInvalid";
  if (step !== "repaymentReceived" && ore > settlement.grantedOre) return "payments.amountAboveGrant";
  if (step === "final" && ore > settlement.finalOre) return "payments.amountAboveOwed";
  return ore === computedOre ? null : "payments.amountMismatch";
}

/** Kroner as a form shows them for posting back: 400000 → "4.000", 400050 → "4.000,50". */
export function amountText(ore: number): string {
  const whole = Math.floor(ore / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const frac = ore % 100;
  return frac === 0 ? whole : `${whole},${String(frac).padStart(2, "0")}`;
}
