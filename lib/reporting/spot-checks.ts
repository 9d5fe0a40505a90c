import "server-only";
import { randomInt } from "node:crypto";
import { db, type Reader } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { audit } from "@/lib/audit";
import { ConflictError, NotFoundError, UserError } from "@/lib/actions/errors";
import { assertCan, committeesWhere, type Actor } from "@/lib/auth/permissions";
import { drawSpotChecks } from "@/lib/grants/model";
import { spotCheckSeed } from "./model";
import type { DrawSpotCheckInput } from "./schema";

/** About one in ten reported grants is drawn. */
export const SPOT_CHECK_PCT = 10;

/**
 * The accounts a draw is made among: the pool's grants of the funds year whose accounts await review (sent, or
 * more asked for; approved accounts are past the check) and that were in no earlier draw's population, drawn or
 * not. So each draw is among the accounts reported since the last one, and clicking again cannot draw more.
 */
export const spotCheckPopulationWhere = (poolId: string, year: number, earlier: readonly string[]) =>
  ({
    spotCheckDrawId: null,
    status: { in: ["SUBMITTED", "MORE_REQUESTED"] },
    application: {
      deletedAt: null,
      reference: { not: null, notIn: [...earlier] },
      decisions: { some: { years: { some: { year, poolYear: { poolId } } } } },
    },
  }) satisfies Prisma.AccountsReportWhereInput;

/** The references of every earlier draw's population in the pool, of any funds year (a grant may span several). */
export async function earlierPopulations(reader: Reader, poolId: string): Promise<string[]> {
  const draws = await reader.spotCheckDraw.findMany({ where: { poolId }, select: { population: true } });
  return draws.flatMap((d) => d.population);
}

/**
 * "Træk stikprøve": a seed is generated and recorded with the population (sorted references) and the drawn ones,
 * and the drawn accounts are flagged. The pool's row is locked for the draw, so a second draw at the same time waits
 * and then finds only accounts reported since: no report is in two populations.
 */
export async function drawSpotCheck(
  actor: Actor,
  input: DrawSpotCheckInput,
  now = new Date(),
  pick: (n: number) => number = (n) => randomInt(n),
): Promise<{ id: string; drawn: string[] }> {
  assertCan(actor, "grant:manage");
  const pool = await db().pool.findFirst({
    where: { id: input.poolId, deletedAt: null, committeeId: { in: committeesWhere(actor, "grant:manage") } },
    select: { id: true, committeeId: true },
  });
  if (!pool) throw new NotFoundError();
  assertCan(actor, "grant:manage", pool.committeeId);
  const seed = spotCheckSeed(now, pick);
  return db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Pool" WHERE id = ${pool.id} FOR UPDATE`;
    const earlier = await earlierPopulations(tx, pool.id);
    const reports = await tx.accountsReport.findMany({
      where: spotCheckPopulationWhere(pool.id, input.year, earlier),
      select: { id: true, application: { select: { reference: true } } },
    });
    const population = reports.map((r) => r.application.reference!).sort();
    if (population.length === 0)
      throw new UserError(earlier.length ? "spotChecks.nothingNew" : "spotChecks.nothingToDraw");
    const drawn = drawSpotChecks(seed, population, SPOT_CHECK_PCT);
    const draw = await tx.spotCheckDraw.create({
      data: {
        poolId: pool.id,
        year: input.year,
        seed,
        sharePct: SPOT_CHECK_PCT,
        population,
        drawn,
        drawnById: actor.id,
        drawnAt: now,
      },
    });
    const { count } = await tx.accountsReport.updateMany({
      where: { spotCheckDrawId: null, application: { reference: { in: drawn } }, id: { in: reports.map((r) => r.id) } },
      // The version stays: an approval racing the draw is refused only if it lacks the receipts (the claim checks).
      data: { spotCheck: true, spotCheckDrawId: draw.id },
    });
    if (count !== drawn.length) throw new ConflictError();
    await audit(tx, {
      actorId: actor.id,
      actorLabel: actor.email,
      action: "spotCheck.draw",
      entityType: "SpotCheckDraw",
      entityId: draw.id,
      committeeId: pool.committeeId,
      changes: { year: input.year, seed, sharePct: SPOT_CHECK_PCT, population, drawn },
    });
    return { id: draw.id, drawn };
  });
}
