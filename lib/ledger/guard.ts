import "server-only";
import type { Tx } from "@/lib/db";
import { ValidationError } from "@/lib/actions/errors";
import type { YearAmount } from "@/lib/decisions/model";
import { availableOn, lockOrder } from "./sums";
import { overCommit } from "./model";

/**
 * The warning before an over-commit, in the decision's own transaction: each funds year the decision takes money
 * from is locked and read (availableOn), and a decision that would take a year's available below zero is refused
 * on the amount field with the year and what it has left, unless the person ticked "Gem alligevel". Saved over
 * the warning, it returns by how much the decision exceeded what was available (for Decision.exceededAvailableOre
 * and the audit entry); null when it did not. A year the pool has no budget for is left to commitYears to refuse.
 */
export async function guardAvailable(
  tx: Tx,
  poolId: string | null,
  years: readonly YearAmount[],
  confirmed: boolean,
): Promise<number | null> {
  const asked = years.filter((y) => y.amountOre > 0);
  if (!poolId || asked.length === 0) return null;
  const poolYears = await tx.poolYear.findMany({
    where: { poolId, year: { in: asked.map((y) => y.year) } },
    select: { id: true, year: true },
  });
  const available = new Map<number, number>();
  for (const id of lockOrder(poolYears.map((py) => py.id))) {
    const py = poolYears.find((p) => p.id === id)!;
    available.set(py.year, await availableOn(tx, id));
  }
  const result = overCommit(
    asked.filter((y) => available.has(y.year)).map((y) => ({ ...y, availableOre: available.get(y.year)! })),
  );
  if (!result) return null;
  if (!confirmed)
    throw new ValidationError(
      { amount: "ledger.overCommit", overCommitConfirmed: "ledger.overCommitConfirm" },
      { amount: { year: result.first.year, available: { ore: result.first.availableOre } } },
    );
  return result.exceededOre;
}
