// The pool ledger's pure rules: the warning before an over-commit, the movements' kinds and signs, the chart's
// monthly series, and the CSV's amounts. The sums themselves are PostgreSQL's (sums.ts); the identities are
// lib/grants/model.ts's `ledger`.
import { timeZone } from "@/lib/i18n/config";

/** The kinds of movement, as the CSV names them. */
export const movementKinds = ["budget", "commitment", "release", "payment", "return"] as const;
export type MovementKind = (typeof movementKinds)[number];

/**
 * One movement of a funds year's money. Sign convention (the page and the CSV alike): a budget row is the change
 * of the budget (a cut is negative; the first row is the whole first budget); every other row is positive and its
 * kind says which way the money went: a commitment binds it, a release returns a commitment's unspent part, a
 * payment pays it out (an advance, a final payout, a project expense), a return is a repayment received.
 */
export type Movement = {
  id: string;
  date: Date;
  kind: MovementKind;
  /** The application's reference, or the project's title; empty for a budget change. */
  reference: string;
  description: string;
  amountOre: number;
  /** A commitment on a later year's money, conditional on that year's budget. */
  conditional: boolean;
  /** A case the reader is ruled out of: reference and description are left empty, the amount counts. */
  hidden: boolean;
};

/** Øre as kroner with two decimals and a point, for the CSV: 5_000_000 → "50000.00", -150 → "-1.50". */
export function kronerDecimal(ore: number): string {
  if (!Number.isSafeInteger(ore)) throw new RangeError(`not øre: ${ore}`);
  const abs = Math.abs(ore);
  return `${ore < 0 ? "-" : ""}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

export type YearAsk = { year: number; amountOre: number; availableOre: number };

/**
 * Whether a decision takes any funds year's available below zero, and by how much it exceeds what was available:
 * per year the part of its amount above what the year had left (all of it when the year had nothing left).
 * Null when every year has room. `first` is the earliest year over, for the warning's words.
 */
export function overCommit(asks: readonly YearAsk[]): { exceededOre: number; first: YearAsk } | null {
  const over = [...asks].filter((a) => a.amountOre > 0 && a.amountOre > a.availableOre).sort((a, b) => a.year - b.year);
  if (over.length === 0) return null;
  const exceededOre = over.reduce((s, a) => s + a.amountOre - Math.max(a.availableOre, 0), 0);
  return { exceededOre, first: over[0]! };
}

const monthOf = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit" });

/** The calendar month of a moment in Danish time, as year * 12 + (month − 1). */
export function monthIndex(date: Date): number {
  const parts = monthOf.formatToParts(date);
  const y = Number(parts.find((p) => p.type === "year")!.value);
  const m = Number(parts.find((p) => p.type === "month")!.value);
  return y * 12 + (m - 1);
}

/** A month of the chart: what stood at its end, cumulated. */
export type MonthPoint = { month: number; budgetOre: number; committedOre: number; paidOre: number };

/**
 * The chart's series over the funds year, January to December: at the end of each month the budget, what stays
 * committed (commitments less releases) and what is paid (payments less returns), cumulated from every movement
 * up to that month's end. Movements before the year count in January; movements after December are not drawn.
 */
export function monthlySeries(year: number, movements: readonly Movement[]): MonthPoint[] {
  const start = year * 12;
  const points: MonthPoint[] = [];
  let budget = 0;
  let committed = 0;
  let paid = 0;
  const sorted = [...movements].sort((a, b) => a.date.getTime() - b.date.getTime());
  let i = 0;
  for (let m = 0; m < 12; m++) {
    while (i < sorted.length && monthIndex(sorted[i]!.date) <= start + m) {
      const mv = sorted[i]!;
      if (mv.kind === "budget") budget += mv.amountOre;
      else if (mv.kind === "commitment") committed += mv.amountOre;
      else if (mv.kind === "release") committed -= mv.amountOre;
      else if (mv.kind === "payment") paid += mv.amountOre;
      else paid -= mv.amountOre;
      i++;
    }
    points.push({ month: m + 1, budgetOre: budget, committedOre: committed, paidOre: paid });
  }
  return points;
}
