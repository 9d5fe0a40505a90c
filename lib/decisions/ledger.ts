import "server-only";
import type { Tx } from "@/lib/db";
import { ValidationError } from "@/lib/actions/errors";
import { ledgerRows, type YearAmount } from "./model";

/**
 * Writes the money a decision commits, one row per funds year, each on the pool's year, in the decision's
 * transaction. A pool's money is committed only on a year the pool has: a year without a budget is refused on the
 * field `fundsYear`, so the ledger never misses a krone. Without a pool (a call of a project) the rows stand alone.
 */
export async function commitYears(
  tx: Tx,
  decisionId: string,
  poolId: string | null,
  years: readonly YearAmount[],
  decidedOn: Date,
): Promise<void> {
  const rows = ledgerRows(years, decidedOn);
  if (rows.length === 0) return;
  const poolYears = poolId
    ? await tx.poolYear.findMany({
        where: { poolId, year: { in: rows.map((r) => r.year) } },
        select: { id: true, year: true },
      })
    : [];
  const missing = poolId ? rows.find((r) => !poolYears.some((py) => py.year === r.year)) : undefined;
  if (missing) throw new ValidationError({ fundsYear: "decision.noPoolYear" });
  await tx.decisionYear.createMany({
    data: rows.map((r) => ({
      decisionId,
      poolYearId: poolYears.find((py) => py.year === r.year)?.id ?? null,
      year: r.year,
      amountOre: BigInt(r.amountOre),
      conditional: r.conditional,
    })),
  });
}
