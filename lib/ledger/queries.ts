import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { can, committeesWhere, type Actor } from "@/lib/auth/permissions";
import { monthlySeries } from "./model";
import { movementsOf } from "./movements";
import { ledgerSums } from "./sums";
import { budgetHistoryRows, budgetHistorySelect } from "@/lib/pools/history";

const readable = (actor: Actor, only?: readonly string[]) => {
  const mine = committeesWhere(actor, "ledger:read");
  return only ? mine.filter((id) => only.includes(id)) : mine;
};

/**
 * Every funds year of the pools of the actor's committees with its ledger, newest year first: the one ledger the
 * pools page and the dashboard show. `only` narrows it to some of those committees (a dashboard section's).
 */
export async function getPoolLedgers(actor: Actor, only?: readonly string[]) {
  const years = await db().poolYear.findMany({
    where: { pool: { deletedAt: null, committeeId: { in: readable(actor, only) } } },
    orderBy: [{ pool: { name: "asc" } }, { year: "desc" }],
    select: { id: true, year: true, pool: { select: { id: true, name: true, committee: { select: { name: true } } } } },
  });
  const sums = await ledgerSums(
    db(),
    years.map((y) => y.id),
  );
  return years.map((y) => ({
    id: y.id,
    poolId: y.pool.id,
    pool: y.pool.name,
    committee: y.pool.committee.name,
    year: y.year,
    ...sums.get(y.id)!,
  }));
}

/** /pools: the actor's committees' pools, each with its funds years' figures. */
export async function getPoolsPage(actor: Actor) {
  const years = await getPoolLedgers(actor);
  const pools = new Map<string, { id: string; name: string; committee: string; years: typeof years }>();
  for (const y of years) {
    const pool = pools.get(y.poolId) ?? { id: y.poolId, name: y.pool, committee: y.committee, years: [] };
    pool.years.push(y);
    pools.set(y.poolId, pool);
  }
  return { pools: [...pools.values()] };
}

/**
 * One funds year's ledger, as far as the actor reads its committee's ledger (null otherwise, and for a year the
 * pool does not have): the figures, every movement, the chart's months, and the budget with its history, editable
 * by whoever manages the committee's pools (through the pool admin's one budget form).
 */
export const getPoolYearPage = cache(async (actor: Actor, poolId: string, year: number) => {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) return null;
  const py = await db().poolYear.findFirst({
    where: { year, pool: { id: poolId, deletedAt: null, committeeId: { in: readable(actor) } } },
    select: {
      id: true,
      year: true,
      version: true,
      pool: { select: { id: true, name: true, committeeId: true, committee: { select: { name: true } } } },
      budgetChanges: budgetHistorySelect,
    },
  });
  if (!py) return null;
  const [sums, movements] = await Promise.all([ledgerSums(db(), [py.id]), movementsOf(db(), py.id, actor.id)]);
  return {
    pool: { id: py.pool.id, name: py.pool.name, committeeId: py.pool.committeeId, committee: py.pool.committee.name },
    poolYear: { id: py.id, year: py.year, version: py.version },
    ledger: sums.get(py.id)!,
    movements,
    months: monthlySeries(py.year, movements),
    canManageBudget: can(actor, "pool:manage", py.pool.committeeId),
    history: budgetHistoryRows(py.budgetChanges),
  };
});
