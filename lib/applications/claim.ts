import "server-only";
import type { Tx } from "@/lib/db";
import { ConflictError } from "@/lib/actions/errors";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The first write of every state change of an application: one conditional
 * UPDATE that moves the version on only if the row is still as the person
 * saw it (the version their page showed, and a status the change allows).
 * PostgreSQL re-checks the condition after waiting for a concurrent writer,
 * so of two racing requests (double click, two tabs, two instances) exactly
 * one gets the row; the other gets a ConflictError and writes nothing.
 */
export async function claimApplication(
  tx: Tx,
  id: string,
  guard: { version?: number; statuses?: readonly ApplicationStatus[] },
  data: Omit<Prisma.ApplicationUpdateManyMutationInput, "version"> = {},
): Promise<void> {
  const where: Prisma.ApplicationWhereInput = { id, deletedAt: null };
  if (guard.version !== undefined) where.version = guard.version;
  if (guard.statuses) where.status = { in: [...guard.statuses] };
  const { count } = await tx.application.updateMany({ where, data: { ...data, version: { increment: 1 } } });
  if (count !== 1) throw new ConflictError("application changed");
}
