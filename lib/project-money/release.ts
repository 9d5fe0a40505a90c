import "server-only";
import type { Tx } from "@/lib/db";
import { fundsYearsWhere } from "./funds";
import { yearLeft } from "./model";

/**
 * Locks a funds year of a project's approval for a change of its spending (an expense, a deletion, the closing),
 * and reads it with what is spent on it: two changes at once wait for each other.
 */
export async function lockFundsYear(tx: Tx, decisionYearId: string) {
  await tx.$queryRaw`SELECT id FROM "DecisionYear" WHERE id = ${decisionYearId} FOR UPDATE`;
  const [year, spent] = await Promise.all([
    tx.decisionYear.findUniqueOrThrow({
      where: { id: decisionYearId },
      select: { year: true, amountOre: true, releasedOre: true, releasedAt: true },
    }),
    tx.projectExpense.aggregate({ where: { decisionYearId, deletedAt: null }, _sum: { amountOre: true } }),
  ]);
  const amountOre = Number(year.amountOre);
  const releasedOre = year.releasedOre === null ? null : Number(year.releasedOre);
  const spentOre = Number(spent._sum.amountOre ?? 0n);
  return {
    year: year.year,
    released: year.releasedAt !== null,
    leftOre: yearLeft({ amountOre, releasedOre, spentOre }),
  };
}

/**
 * A project closed returns what it did not spend, per funds year of its approval, to that year of the pool: each
 * year's released part is what it approved less what was spent on it (never below 0), written once, in the
 * closing's transaction. The years are locked first, so an expense booked at the same moment either counts or is
 * refused (projectMoney.closed). Returns what was released per year.
 */
export async function releaseProjectFunds(
  tx: Tx,
  projectId: string,
  note: string,
  at: Date,
): Promise<{ year: number; releasedOre: number }[]> {
  const years = await tx.decisionYear.findMany({
    where: { ...fundsYearsWhere(projectId), releasedAt: null },
    orderBy: { id: "asc" },
    select: { id: true, year: true },
  });
  const out: { year: number; releasedOre: number }[] = [];
  for (const y of years) {
    const part = Math.max(0, (await lockFundsYear(tx, y.id)).leftOre);
    const { count } = await tx.decisionYear.updateMany({
      where: { id: y.id, releasedAt: null },
      data: { releasedOre: BigInt(part), releasedAt: at, releaseNote: note },
    });
    if (count === 1) out.push({ year: y.year, releasedOre: part });
  }
  return out.sort((a, b) => a.year - b.year);
}
