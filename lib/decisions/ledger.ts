import "server-only";
import type { Tx } from "@/lib/db";
import { ValidationError } from "@/lib/actions/errors";
import { ledgerRows, type YearAmount } from "./model";
import { bookPayment, type PaymentPart } from "@/lib/grants/model";

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

/**
 * Returns the unspent part of a decision's money to the funds years it came from, once: the latest year first (a
 * multi-year decision gives back its later, conditional years before its first). A year that was already released
 * is left alone, so a repeated or concurrent settlement cannot release twice; the caller claims its step first.
 * Returns what was released per year.
 */
export async function releaseUnspent(
  tx: Tx,
  decisionId: string,
  releaseOre: number,
  note: string,
  at: Date,
): Promise<{ year: number; releasedOre: number }[]> {
  if (releaseOre < 0) throw new RangeError("a release is never negative");
  const years = await tx.decisionYear.findMany({
    where: { decisionId, releasedAt: null },
    orderBy: { year: "desc" },
    select: { id: true, year: true, amountOre: true },
  });
  const out: { year: number; releasedOre: number }[] = [];
  let left = releaseOre;
  for (const y of years) {
    const part = Math.min(left, Number(y.amountOre));
    const claimed = await tx.decisionYear.updateMany({
      where: { id: y.id, releasedAt: null },
      data: { releasedOre: BigInt(part), releasedAt: at, releaseNote: note },
    });
    if (claimed.count === 1) out.push({ year: y.year, releasedOre: part });
    left -= part;
    if (left <= 0) break;
  }
  return out;
}

/**
 * Writes a grant's payment, in the caller's transaction, as one row per funds year it is booked on
 * (lib/grants/model.ts `bookPayment`), from the decision's years and what its payments have booked on each (the
 * step's claim has serialised the grant's payments). The first row holds the step's slot (`<decision>:<kind>`), so
 * the database refuses a second advance, final payout or repayment whatever got past the claim.
 */
export async function bookGrantPayment(
  tx: Tx,
  p: {
    decisionId: string;
    kind: "ADVANCE" | "FINAL" | "REPAYMENT";
    amountOre: number;
    paidOn: Date;
    reference?: string;
    note?: string;
    approvedById?: string | null;
  },
): Promise<PaymentPart[]> {
  const [years, paid] = await Promise.all([
    tx.decisionYear.findMany({
      where: { decisionId: p.decisionId },
      select: { poolYearId: true, year: true, amountOre: true, releasedOre: true },
    }),
    tx.payment.findMany({
      where: { decisionId: p.decisionId },
      select: { poolYearId: true, kind: true, amountOre: true },
    }),
  ]);
  const sign = (kind: string) => (kind === "REPAYMENT" || kind === "RETURN" ? -1 : 1);
  const parts = bookPayment(
    years.map((y) => ({
      poolYearId: y.poolYearId,
      year: y.year,
      committedOre: Number(y.amountOre) - Number(y.releasedOre ?? 0n),
      paidOre: paid
        .filter((row) => row.poolYearId === y.poolYearId)
        .reduce((s, row) => s + sign(row.kind) * Number(row.amountOre), 0),
    })),
    p.amountOre,
    p.kind === "REPAYMENT",
  );
  await tx.payment.createMany({
    data: parts.map((part, i) => ({
      decisionId: p.decisionId,
      poolYearId: part.poolYearId,
      kind: p.kind,
      amountOre: BigInt(part.amountOre),
      paidOn: p.paidOn,
      reference: p.reference ?? "",
      note: p.note ?? "",
      approvedById: p.approvedById ?? null,
      slot: i === 0 ? `${p.decisionId}:${p.kind}` : `${p.decisionId}:${p.kind}:${part.year}`,
    })),
  });
  return parts;
}
