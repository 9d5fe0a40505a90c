import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { committeesWhere, type Actor } from "@/lib/auth/permissions";
import { oreToNumber } from "@/lib/money";
import { budgetHistoryRows, budgetHistorySelect } from "./history";

const mine = (actor: Actor) => ({ in: committeesWhere(actor, "pool:manage") });

/** A committee's pools with their years' budgets; null when the actor does not manage its pools. */
export const getPoolsPage = cache(async (actor: Actor, committeeId: string) => {
  const committee = await db().committee.findFirst({
    where: { id: committeeId, deletedAt: null, AND: [{ id: mine(actor) }] },
    select: {
      id: true,
      name: true,
      pools: {
        where: { deletedAt: null },
        orderBy: { name: "asc" },
        select: {
          id: true,
          name: true,
          years: { orderBy: { year: "desc" }, take: 3, select: { year: true, budgetOre: true } },
        },
      },
    },
  });
  if (!committee) return null;
  return {
    committee: { id: committee.id, name: committee.name },
    pools: committee.pools.map((p) => ({
      id: p.id,
      name: p.name,
      years: p.years.map((y) => ({ year: y.year, budgetOre: oreToNumber(y.budgetOre)! })),
    })),
  };
});

/** A pool's rules and figures as its form shows them, its funds years and each budget's history. */
export const getPoolPage = cache(async (actor: Actor, committeeId: string, poolId: string) => {
  const pool = await db().pool.findFirst({
    where: { id: poolId, committeeId, deletedAt: null, AND: [{ committeeId: mine(actor) }] },
    select: {
      id: true,
      name: true,
      description: true,
      rules: true,
      ceilingOre: true,
      advanceSharePct: true,
      auditorLimitOre: true,
      accountsDeadlineMonths: true,
      version: true,
      committee: { select: { id: true, name: true } },
      years: {
        orderBy: { year: "desc" },
        select: {
          id: true,
          year: true,
          budgetOre: true,
          version: true,
          budgetChanges: budgetHistorySelect,
        },
      },
    },
  });
  if (!pool) return null;
  return {
    committee: pool.committee,
    pool: { id: pool.id, name: pool.name, version: pool.version },
    // Amounts go to the form as øre; the form writes them the Danish way.
    figures: {
      name: pool.name,
      description: pool.description,
      rules: pool.rules,
      ceilingOre: oreToNumber(pool.ceilingOre),
      advanceSharePct: pool.advanceSharePct,
      auditorLimitOre: oreToNumber(pool.auditorLimitOre),
      accountsDeadlineMonths: pool.accountsDeadlineMonths,
    },
    years: pool.years.map((y) => ({
      id: y.id,
      year: y.year,
      version: y.version,
      budgetOre: oreToNumber(y.budgetOre)!,
      history: budgetHistoryRows(y.budgetChanges),
    })),
  };
});

/** A pool's name for its page title, as far as the actor manages its pools. */
export const getPoolName = cache(async (actor: Actor, poolId: string) =>
  db().pool.findFirst({ where: { id: poolId, deletedAt: null, committeeId: mine(actor) }, select: { name: true } }),
);
