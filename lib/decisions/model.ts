// Pure rules for a decision on an application (forvaltningsloven § 22: a
// refusal or a partial grant must give its reasons).
import { copenhagenYear } from "@/lib/calls/model";
export type Outcome = "GRANT" | "PARTIAL_GRANT" | "REFUSAL" | "POSTPONED";

type DecisionDraft = {
  outcome: Outcome;
  amountOre: number | null;
  requestedOre: number;
  reasons: string;
  fundsYear: number;
  decidedOn: Date;
};

/** Field → translation key; empty when the decision may be recorded. */
export function checkDecision(d: DecisionDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  const granting = d.outcome === "GRANT" || d.outcome === "PARTIAL_GRANT";
  if (granting && (d.amountOre === null || d.amountOre <= 0)) errors.amount = "decision.amountRequired";
  if (!granting && d.amountOre !== null && d.amountOre !== 0) errors.amount = "decision.noAmount";
  if (d.outcome === "GRANT" && d.amountOre !== null && d.amountOre !== d.requestedOre)
    errors.amount = "decision.grantMustEqualRequest";
  if (d.outcome === "PARTIAL_GRANT" && d.amountOre !== null && d.amountOre >= d.requestedOre)
    errors.amount = "decision.partialBelowRequest";
  if (!reasonsOptional(d) && d.reasons.trim().length < 10) errors.reasons = "decision.reasonsRequired";
  const year = copenhagenYear(d.decidedOn);
  if (d.fundsYear < year - 1 || d.fundsYear > year + 2) errors.fundsYear = "decision.fundsYearRange";
  return errors;
}

/** Only a grant of the full amount asked for may go without reasons. */
export function reasonsOptional(d: Pick<DecisionDraft, "outcome" | "amountOre" | "requestedOre">): boolean {
  return d.outcome === "GRANT" && d.amountOre === d.requestedOre;
}

/** A grant on a later year's money is conditional on that year's budget (years as counted in Denmark). */
export function isConditional(fundsYear: number, decidedOn: Date): boolean {
  return fundsYear > copenhagenYear(decidedOn);
}

/** The outcomes that commit money: a grant, a partial grant, a project approved or scaled down. */
export const committing = ["GRANT", "PARTIAL_GRANT", "APPROVED", "SCALED_DOWN"] as const;

export type YearAmount = { year: number; amountOre: number };

/**
 * The rows a decision commits in the pool ledger, one per funds year, in year order. A year after the year of the
 * decision (as counted in Denmark) is conditional on that year's budget. Years with no money are left out.
 */
export function ledgerRows(years: readonly YearAmount[], decidedOn: Date): (YearAmount & { conditional: boolean })[] {
  return [...years]
    .filter((y) => y.amountOre > 0)
    .sort((a, b) => a.year - b.year)
    .map((y) => ({ ...y, conditional: isConditional(y.year, decidedOn) }));
}
