import "server-only";
import type { Reader, Tx } from "@/lib/db";
import { ledger, type Ledger } from "@/lib/grants/model";
import { oreToNumber } from "@/lib/money";

// The pool ledger's figures, added up by PostgreSQL: one row per funds year, however many movements it has. No
// actor here: the reads in queries.ts decide whose pool years are asked for, and a decision's transaction asks
// for the year it commits on (availableOn). The identities are named once, in lib/grants/model.ts (`ledger`).
//
// committed   every DecisionYear on the pool year: grants and the committee's own projects alike
// conditional of which conditional (a multi-year decision's later years)
// released    DecisionYear.releasedOre: the unspent part returned to the year
// paid        Payment ADVANCE + FINAL (+ legacy FULL) less REPAYMENT (+ legacy RETURN) booked on the year, plus
//             the committee's own project expenses (not deleted) paid from a DecisionYear on the year

type Row = {
  id: string;
  budget: bigint;
  committed: bigint;
  conditional: bigint;
  released: bigint;
  paid: bigint;
};

/** The ledger of each pool year asked for, by its id (a year with no movements has zeros). */
export async function ledgerSums(reader: Reader, poolYearIds: readonly string[]): Promise<Map<string, Ledger>> {
  if (poolYearIds.length === 0) return new Map();
  const ids = [...poolYearIds];
  const rows = await reader.$queryRaw<Row[]>`
    SELECT py."id",
           py."budgetOre" AS "budget",
           COALESCE(dy."committed", 0)::bigint AS "committed",
           COALESCE(dy."conditional", 0)::bigint AS "conditional",
           COALESCE(dy."released", 0)::bigint AS "released",
           (COALESCE(pay."paid", 0) + COALESCE(ex."spent", 0))::bigint AS "paid"
    FROM "PoolYear" py
    LEFT JOIN (
      SELECT "poolYearId",
             SUM("amountOre") AS "committed",
             SUM(CASE WHEN "conditional" THEN "amountOre" ELSE 0 END) AS "conditional",
             SUM(COALESCE("releasedOre", 0)) AS "released"
      FROM "DecisionYear" WHERE "poolYearId" = ANY(${ids}) GROUP BY "poolYearId"
    ) dy ON dy."poolYearId" = py."id"
    LEFT JOIN (
      SELECT "poolYearId",
             SUM(CASE WHEN "kind" IN ('REPAYMENT', 'RETURN') THEN -"amountOre" ELSE "amountOre" END) AS "paid"
      FROM "Payment" WHERE "poolYearId" = ANY(${ids}) GROUP BY "poolYearId"
    ) pay ON pay."poolYearId" = py."id"
    LEFT JOIN (
      SELECT y."poolYearId", SUM(e."amountOre") AS "spent"
      FROM "ProjectExpense" e JOIN "DecisionYear" y ON y."id" = e."decisionYearId"
      WHERE e."deletedAt" IS NULL AND y."poolYearId" = ANY(${ids}) GROUP BY y."poolYearId"
    ) ex ON ex."poolYearId" = py."id"
    WHERE py."id" = ANY(${ids})`;
  return new Map(
    rows.map((r) => [
      r.id,
      ledger({
        budgetOre: oreToNumber(r.budget)!,
        committedOre: oreToNumber(r.committed)!,
        conditionalOre: oreToNumber(r.conditional)!,
        releasedOre: oreToNumber(r.released)!,
        paidOre: oreToNumber(r.paid)!,
      }),
    ]),
  );
}

/**
 * What a funds year has available, read in the caller's transaction with the PoolYear row locked (FOR UPDATE) until
 * it ends: two decisions at once on the same year take turns, so both cannot slip under what is left.
 */
export async function availableOn(tx: Tx, poolYearId: string): Promise<number> {
  await tx.$queryRaw`SELECT 1 FROM "PoolYear" WHERE "id" = ${poolYearId} FOR UPDATE`;
  const sums = await ledgerSums(tx, [poolYearId]);
  return sums.get(poolYearId)?.availableOre ?? 0;
}

/** For callers that lock several years: always in the same order, so two transactions cannot deadlock. */
export const lockOrder = (ids: readonly string[]) => [...new Set(ids)].sort();
