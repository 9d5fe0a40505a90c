import "server-only";
import { randomInt } from "node:crypto";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { ConflictError, NotFoundError, UserError } from "@/lib/actions/errors";
import { assertCan, committeesWhere, type Actor } from "@/lib/auth/permissions";
import { drawSpotChecks } from "@/lib/grants/model";
import { spotCheckSeed } from "./model";
import type { DrawSpotCheckInput } from "./schema";

/** About one in ten reported grants is drawn. */
export const SPOT_CHECK_PCT = 10;

/** The grants of a pool and funds year whose accounts are reported and were not in an earlier draw. */
export const spotCheckPopulationWhere = (poolId: string, year: number) => ({
  spotCheckDrawId: null,
  application: {
    deletedAt: null,
    reference: { not: null },
    decisions: { some: { years: { some: { year, poolYear: { poolId } } } } },
  },
});

/**
 * "Træk stikprøve": a seed is generated and recorded with the population (sorted references) and the drawn ones,
 * and the drawn accounts are flagged. The pool's row is locked for the draw, so a second draw at the same time waits
 * and then draws from what is left: no report is drawn twice.
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
    const reports = await tx.accountsReport.findMany({
      where: spotCheckPopulationWhere(pool.id, input.year),
      select: { id: true, application: { select: { reference: true } } },
    });
    const population = reports.map((r) => r.application.reference!).sort();
    if (population.length === 0) throw new UserError("spotChecks.nothingToDraw");
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
