// Reporting back on a grant, as pure rules: the accounts repeat the application's expense lines with an actual
// amount beside each, plus income; the documentation's limits; the spot check's seed. Amounts are integer øre.
import { parseKroner } from "@/lib/applications/model";

/** Documentation of the accounts: photos, flyers, receipts. Checked again by their bytes on the server. */
export const documentLimits = { maxBytes: 10 * 1024 * 1024, maxFiles: 20 } as const;

/** An amount as typed: "reporting.amountNegative" for a minus, "reporting.amountInvalid" for anything else not kr. */
export function amountProblem(text: string): "reporting.amountNegative" | "reporting.amountInvalid" | null {
  const trimmed = text.trim();
  if (/^[-−–]/.test(trimmed)) return "reporting.amountNegative";
  return parseKroner(trimmed) === null ? "reporting.amountInvalid" : null;
}

export type BudgetLine = { id: string; label: string; amountOre: number };
export type PostedLine = { budgetLineId: string; actual: string };
export type PostedIncome = { label: string; amount: string };

export type CheckedAccounts = {
  lines: { budgetLineId: string; label: string; budgetOre: number; actualOre: number }[];
  income: { label: string; actualOre: number }[];
};

/**
 * The posted accounts against the application's expense lines: every line once, none other, in any order. Field
 * errors are keyed as the form names its fields ("lines.1.actual", "lines" for a line missing).
 */
export function checkAccounts(
  budget: readonly BudgetLine[],
  lines: readonly PostedLine[],
  income: readonly PostedIncome[],
): { ok: true; value: CheckedAccounts } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const byId = new Map(budget.map((b) => [b.id, b]));
  const seen = new Set<string>();
  const out: CheckedAccounts = { lines: [], income: [] };
  lines.forEach((line, i) => {
    const budgetLine = byId.get(line.budgetLineId);
    if (!budgetLine || seen.has(line.budgetLineId)) {
      errors[`lines.${i}.actual`] = "reporting.lineUnknown";
      return;
    }
    seen.add(line.budgetLineId);
    const problem = amountProblem(line.actual);
    if (problem) errors[`lines.${i}.actual`] = problem;
    else
      out.lines.push({
        budgetLineId: budgetLine.id,
        label: budgetLine.label,
        budgetOre: budgetLine.amountOre,
        actualOre: parseKroner(line.actual)!,
      });
  });
  if (budget.some((b) => !seen.has(b.id)) && !Object.keys(errors).length) errors.lines = "reporting.lineMissing";
  income.forEach((row, i) => {
    const problem = amountProblem(row.amount);
    if (problem) errors[`income.${i}.amount`] = problem;
    else out.income.push({ label: row.label, actualOre: parseKroner(row.amount)! });
  });
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value: out };
}

export type AccountsTotals = { budgetOre: number; expensesOre: number; incomeOre: number; netOre: number };

/** Budgeted and actual expenses, income, and the net (expenses less income) the grant may cover. */
export function accountsTotals(
  lines: readonly { isIncome: boolean; budgetOre: number; actualOre: number }[],
): AccountsTotals {
  let budgetOre = 0;
  let expensesOre = 0;
  let incomeOre = 0;
  for (const l of lines) {
    if (l.isIncome) incomeOre += l.actualOre;
    else {
      budgetOre += l.budgetOre;
      expensesOre += l.actualOre;
    }
  }
  return { budgetOre, expensesOre, incomeOre, netOre: expensesOre - incomeOre };
}

const seedWords = [
  "ahorn",
  "bænk",
  "cykel",
  "drage",
  "egern",
  "fyrtårn",
  "gård",
  "hyld",
  "is",
  "jolle",
  "kastanje",
  "lanterne",
  "mølle",
  "nød",
  "orgel",
  "pære",
  "rønnebær",
  "sol",
  "tårn",
  "ugle",
  "vandpost",
  "æble",
  "ørn",
  "åkande",
];

/**
 * A spot check's seed: the day and three words, easy to read aloud and to print. `pick(n)` gives a random index
 * below n (crypto's randomInt on the server), so a test can fix it.
 */
export function spotCheckSeed(day: Date, pick: (n: number) => number): string {
  const words = [0, 1, 2].map(() => seedWords[pick(seedWords.length)]);
  return `${day.toISOString().slice(0, 10)}-${words.join("-")}`;
}

/** Øre as kroner are typed in the form: 125050 → "1.250,50", 800000 → "8.000". */
export function oreToKroner(ore: number): string {
  const whole = Math.trunc(ore / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const frac = ore % 100;
  return frac ? `${whole},${String(frac).padStart(2, "0")}` : whole;
}
