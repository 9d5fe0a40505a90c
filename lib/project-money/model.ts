// The committee's own projects spend money and secretariat hours. The rules, as plain functions:
// - An expense goes on a leaf budget line (a line no other line hangs under) of the project's own budget, and is paid
//   from one of the project's approved funds years (DecisionYear); by default the year of its date, if the project
//   has money that year, else the first funds year.
// - Per funds year: left = approved − released − spent (released is the unspent part already given back).
// - Hours are typed as "1:30" or decimal hours ("1,5", "1.5", "2") and stored as whole minutes.
// - A multi-year project's hour estimate is spread evenly over the calendar years of its period (start to end);
//   a project with no dates counts wholly in the year it was created. What is spent counts in the year it was worked.

/** Receipts: a PDF or an image, told by its bytes, at most 5 MB each. */
export const receiptLimits = { maxBytes: 5 * 1024 * 1024 } as const;

/** The most one entry of hours may hold: a working day and then some. */
export const maxMinutesPerEntry = 24 * 60;

/** "1:30" → 90, "1,5" / "1.5" → 90, "2" → 120; null when it is not a duration of 1 minute to 24 hours. */
export function parseDuration(text: string): number | null {
  const s = text.trim();
  let minutes: number;
  const clock = /^(\d{1,2}):([0-5]\d)$/.exec(s);
  if (clock) minutes = Number(clock[1]) * 60 + Number(clock[2]);
  else if (/^\d{1,2}([.,]\d{1,2})?$/.test(s)) minutes = Math.round(Number(s.replace(",", ".")) * 60);
  else return null;
  return minutes >= 1 && minutes <= maxMinutesPerEntry ? minutes : null;
}

/** Lines no other line hangs under: the ones money is spent on. */
export function leafLines<L extends { id: string; parentId: string | null }>(lines: readonly L[]): L[] {
  const parents = new Set(lines.map((l) => l.parentId).filter((p): p is string => p !== null));
  return lines.filter((l) => !parents.has(l.id));
}

type FundsYear = { id: string; year: number };

/** The funds year an expense is paid from: its date's year if committed, else the first. */
export function defaultFundsYear<Y extends FundsYear>(years: readonly Y[], spentOn: Date | null): Y | null {
  const sorted = [...years].sort((a, b) => a.year - b.year);
  const ofDate = spentOn ? sorted.find((y) => y.year === spentOn.getUTCFullYear()) : undefined;
  return ofDate ?? sorted[0] ?? null;
}

type Line = { id: string; parentId: string | null; label: string; year: number | null; amountOre: number | null };
type Expense = { budgetLineId: string | null; decisionYearId: string | null; amountOre: number };
type Approved = { id: string; year: number; amountOre: number; releasedOre: number | null };

/** What a funds year of the project's approval has left to spend: approved − released − spent. */
export const yearLeft = (y: { amountOre: number; releasedOre: number | null; spentOre: number }) =>
  y.amountOre - (y.releasedOre ?? 0) - y.spentOre;

/**
 * Budgeted against spent per leaf line, the totals, per funds year what is left of the approved amount, and what
 * was spent on no line of the budget as it is now (a line renamed or removed since: lib/projects/write.ts keeps an
 * expense on its line through a save when the line keeps its label, group and year).
 */
export function spendingSummary(lines: readonly Line[], expenses: readonly Expense[], years: readonly Approved[]) {
  const spentOn = (key: (e: Expense) => string | null, id: string) =>
    expenses.filter((e) => key(e) === id).reduce((sum, e) => sum + e.amountOre, 0);
  const rows = leafLines(lines).map((l) => {
    const budgetOre = l.amountOre ?? 0;
    const spentOre = spentOn((e) => e.budgetLineId, l.id);
    return { id: l.id, label: l.label, year: l.year, budgetOre, spentOre, leftOre: budgetOre - spentOre };
  });
  const funds = [...years]
    .sort((a, b) => a.year - b.year)
    .map((y) => {
      const spentOre = spentOn((e) => e.decisionYearId, y.id);
      return { ...y, releasedOre: y.releasedOre ?? 0, spentOre, leftOre: yearLeft({ ...y, spentOre }) };
    });
  const sum = <K extends "budgetOre" | "spentOre" | "leftOre">(k: K) => rows.reduce((s, r) => s + r[k], 0);
  const spentOre = expenses.reduce((s, e) => s + e.amountOre, 0);
  const onRows = new Set(rows.map((r) => r.id));
  const unplaced = expenses.filter((e) => !e.budgetLineId || !onRows.has(e.budgetLineId));
  return {
    rows,
    unplaced: { spentOre: unplaced.reduce((s, e) => s + e.amountOre, 0), count: unplaced.length },
    funds,
    total: { budgetOre: sum("budgetOre"), spentOre, leftOre: sum("budgetOre") - spentOre },
    approvedOre: years.reduce((s, y) => s + y.amountOre, 0),
  };
}

/** Estimate against spent, in minutes; over when more is spent than estimated. */
export function hoursAgainstEstimate(estimateMinutes: number | null, entries: readonly { minutes: number }[]) {
  const spentMinutes = entries.reduce((s, e) => s + e.minutes, 0);
  return {
    estimateMinutes,
    spentMinutes,
    leftMinutes: estimateMinutes === null ? null : estimateMinutes - spentMinutes,
    over: estimateMinutes !== null && spentMinutes > estimateMinutes,
  };
}

type Period = { startDate: Date | null; endDate: Date | null; createdAt: Date };

/** The calendar years a project runs in (start to end; one date alone is one year; none: the year it was created). */
export function yearsOf(p: Period): number[] {
  const from = (p.startDate ?? p.endDate ?? p.createdAt).getUTCFullYear();
  const to = Math.max(from, (p.endDate ?? p.startDate ?? p.createdAt).getUTCFullYear());
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** The part of a project's estimate planned in a year: spread evenly over its years, 0 outside them. */
export function plannedMinutesIn(p: Period & { estimateMinutes: number | null }, year: number): number {
  const years = yearsOf(p);
  if (p.estimateMinutes === null || !years.includes(year)) return 0;
  return Math.round(p.estimateMinutes / years.length);
}

export type CapacityState = "none" | "under" | "over";

/** Whether what is planned (or spent, whichever is more) fits the capacity the admin entered. */
export function capacityState(
  capacityHours: number | null,
  plannedMinutes: number,
  spentMinutes: number,
): CapacityState {
  if (capacityHours === null) return "none";
  return Math.max(plannedMinutes, spentMinutes) > capacityHours * 60 ? "over" : "under";
}
