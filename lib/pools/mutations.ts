import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { assertCan, committeesWhere, type Actor } from "@/lib/auth/permissions";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/actions/errors";
import { parseKroner } from "@/lib/applications/model";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PoolBudgetInput, PoolFormInput, PoolYearInput } from "./schema";

const who = (actor: Actor) => ({ actorId: actor.id, actorLabel: actor.email });
const isUniqueViolation = (e: unknown) => e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";
const ore = (v: string) => (v === "" ? null : BigInt(parseKroner(v)!));
const text = (v: unknown) => (v === null || v === undefined ? "" : String(v));

/** A pool, new or at the version the editor saw. */
export async function savePool(actor: Actor, input: PoolFormInput): Promise<{ id: string }> {
  assertCan(actor, "pool:manage", input.committeeId);
  const data = {
    name: input.name,
    description: input.description,
    rules: input.rules,
    ceilingOre: ore(input.ceiling),
    advanceSharePct: input.advanceSharePct === "" ? null : Number(input.advanceSharePct),
    auditorLimitOre: ore(input.auditorLimit),
    accountsDeadlineMonths: Number(input.accountsDeadlineMonths),
  };
  if (!input.poolId)
    return db().$transaction(async (tx) => {
      const pool = await tx.pool.create({ data: { ...data, committeeId: input.committeeId }, select: { id: true } });
      await audit(tx, {
        ...who(actor),
        action: "pool.create",
        entityType: "Pool",
        entityId: pool.id,
        committeeId: input.committeeId,
        changes: Object.fromEntries(Object.entries(data).map(([k, v]) => [k, text(v)])),
      });
      return pool;
    });
  const pool = await db().pool.findFirst({
    where: { id: input.poolId, committeeId: input.committeeId, deletedAt: null },
  });
  if (!pool) throw new NotFoundError();
  await db().$transaction(async (tx) => {
    const { count } = await tx.pool.updateMany({
      where: { id: pool.id, version: input.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError("pool version");
    const before = pool as unknown as Record<string, string | number | bigint | null>;
    const changed = Object.entries(data).filter(([k, v]) => String(before[k] ?? "") !== String(v ?? ""));
    await audit(tx, {
      ...who(actor),
      action: "pool.update",
      entityType: "Pool",
      entityId: pool.id,
      committeeId: pool.committeeId,
      changes: Object.fromEntries(changed.map(([k, v]) => [k, { from: String(before[k] ?? ""), to: String(v ?? "") }])),
    });
  });
  return { id: pool.id };
}

/** The pool, if it belongs to a committee where the actor manages pools. */
async function poolOf(actor: Actor, poolId: string) {
  assertCan(actor, "pool:manage");
  const pool = await db().pool.findFirst({
    where: { id: poolId, deletedAt: null, committeeId: { in: committeesWhere(actor, "pool:manage") } },
    select: { id: true, committeeId: true },
  });
  if (!pool) throw new NotFoundError();
  assertCan(actor, "pool:manage", pool.committeeId);
  return pool;
}

/** A new funds year with its budget; the budget's first history row is written with it. */
export async function addPoolYear(actor: Actor, input: PoolYearInput): Promise<{ id: string }> {
  const pool = await poolOf(actor, input.poolId);
  const year = Number(input.year);
  const yearTaken = () => new ValidationError({ year: "poolsAdmin.yearTaken" });
  if (await db().poolYear.findFirst({ where: { poolId: pool.id, year }, select: { id: true } })) throw yearTaken();
  const budgetOre = ore(input.budget)!;
  try {
    return await db().$transaction(async (tx) => {
      const py = await tx.poolYear.create({
        data: { poolId: pool.id, year, budgetOre, note: input.note },
        select: { id: true },
      });
      await tx.poolYearBudgetChange.create({
        data: { poolYearId: py.id, budgetOre, previousOre: null, note: input.note, changedById: actor.id },
      });
      await audit(tx, {
        ...who(actor),
        action: "poolYear.create",
        entityType: "PoolYear",
        entityId: py.id,
        committeeId: pool.committeeId,
        changes: { year, budgetOre: { from: "", to: String(budgetOre) }, note: input.note },
      });
      return py;
    });
  } catch (e) {
    // Two tabs adding the same year: the unique index decides, on the field.
    if (isUniqueViolation(e)) throw yearTaken();
    throw e;
  }
}

/** A funds year's new budget, at the version the editor saw, with the history row (from → to, who, why). */
export async function changePoolBudget(actor: Actor, input: PoolBudgetInput): Promise<void> {
  assertCan(actor, "pool:manage");
  const py = await db().poolYear.findFirst({
    where: {
      id: input.poolYearId,
      pool: { deletedAt: null, committeeId: { in: committeesWhere(actor, "pool:manage") } },
    },
    select: { id: true, version: true, budgetOre: true, year: true, pool: { select: { committeeId: true } } },
  });
  if (!py) throw new NotFoundError();
  assertCan(actor, "pool:manage", py.pool.committeeId);
  if (py.version !== input.version) throw new ConflictError("pool year version");
  const budgetOre = ore(input.budget)!;
  await db().$transaction(async (tx) => {
    const { count } = await tx.poolYear.updateMany({
      where: { id: py.id, version: input.version },
      data: { budgetOre, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError("pool year version");
    await tx.poolYearBudgetChange.create({
      data: { poolYearId: py.id, budgetOre, previousOre: py.budgetOre, note: input.note, changedById: actor.id },
    });
    await audit(tx, {
      ...who(actor),
      action: "poolYear.budget",
      entityType: "PoolYear",
      entityId: py.id,
      committeeId: py.pool.committeeId,
      changes: { year: py.year, budgetOre: { from: String(py.budgetOre), to: String(budgetOre) }, note: input.note },
    });
  });
}
