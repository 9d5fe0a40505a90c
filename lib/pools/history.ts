import { oreToNumber } from "@/lib/money";

/** A funds year's budget history as both pages read it (the pool's settings and the ledger): oldest first. */
export const budgetHistorySelect = {
  orderBy: { at: "asc" },
  select: {
    id: true,
    budgetOre: true,
    previousOre: true,
    note: true,
    at: true,
    changedBy: { select: { name: true } },
  },
} as const;

export type BudgetHistoryRow = {
  id: string;
  fromOre: number | null;
  toOre: number;
  note: string;
  at: Date;
  by: string | null;
};

type ChangeRow = {
  id: string;
  budgetOre: bigint;
  previousOre: bigint | null;
  note: string;
  at: Date;
  changedBy: { name: string } | null;
};

export const budgetHistoryRows = (changes: readonly ChangeRow[]): BudgetHistoryRow[] =>
  changes.map((c) => ({
    id: c.id,
    fromOre: oreToNumber(c.previousOre),
    toOre: oreToNumber(c.budgetOre)!,
    note: c.note,
    at: c.at,
    by: c.changedBy?.name ?? null,
  }));
