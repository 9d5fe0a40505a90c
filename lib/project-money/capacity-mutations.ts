import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { ConflictError, NotFoundError } from "@/lib/actions/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CapacityInput } from "./schema";

const isUniqueViolation = (e: unknown) => e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";

/**
 * The secretariat hours the committee has in a year, at the version the admin saw (0: none entered yet). Someone
 * else's change in between, or a first entry made by someone else meanwhile, is a conflict, and nothing is written.
 */
export async function saveCapacity(actor: Actor, input: CapacityInput): Promise<{ version: number }> {
  assertCan(actor, "committee:manage", input.committeeId);
  const committee = await db().committee.findFirst({
    where: { id: input.committeeId, deletedAt: null },
    select: { id: true },
  });
  if (!committee) throw new NotFoundError();
  const year = Number(input.year);
  const hours = Number(input.hours);
  const before = await db().committeeCapacity.findUnique({
    where: { committeeId_year: { committeeId: committee.id, year } },
    select: { hours: true, version: true },
  });
  if ((before?.version ?? 0) !== input.version) throw new ConflictError("capacity version");
  try {
    return await db().$transaction(async (tx) => {
      if (before) {
        const { count } = await tx.committeeCapacity.updateMany({
          where: { committeeId: committee.id, year, version: input.version },
          data: { hours, version: { increment: 1 }, updatedById: actor.id },
        });
        if (count !== 1) throw new ConflictError("capacity version");
      } else {
        await tx.committeeCapacity.create({ data: { committeeId: committee.id, year, hours, updatedById: actor.id } });
      }
      await audit(tx, {
        actorId: actor.id,
        actorLabel: actor.email,
        action: "committeeCapacity.save",
        entityType: "Committee",
        entityId: committee.id,
        committeeId: committee.id,
        changes: { year, hours: { from: before ? String(before.hours) : "", to: String(hours) } },
      });
      return { version: input.version + 1 };
    });
  } catch (e) {
    // Two admins entering the same year's first figure: the unique index decides, and the second is told.
    if (isUniqueViolation(e)) throw new ConflictError("capacity version");
    throw e;
  }
}
