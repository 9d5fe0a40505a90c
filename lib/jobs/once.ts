import "server-only";
import { db, type Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

const isUniqueViolation = (e: unknown) => e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";

export type RunOptions = {
  /** Called after each reminder is committed: progress for the log (and, in a test, a place to interrupt a run). */
  onSent?: (key: string) => void | Promise<void>;
};

/**
 * Sends one reminder at most once: its ReminderSent row (key unique) is written first, in the same transaction as
 * the mail and whatever else the reminder changes. A second runner holding the same key waits on the unique index
 * until the first commits, then fails on it and sends nothing; a run interrupted before the commit sent nothing.
 * Returns whether this call sent it.
 */
export async function sendOnce(
  reminder: { key: string; kind: string; applicationId?: string },
  write: (tx: Tx) => Promise<void>,
  options: RunOptions = {},
): Promise<boolean> {
  try {
    await db().$transaction(async (tx) => {
      await tx.reminderSent.create({
        data: { key: reminder.key, kind: reminder.kind, applicationId: reminder.applicationId ?? null },
      });
      await write(tx);
    });
  } catch (e) {
    if (isUniqueViolation(e)) return false;
    throw e;
  }
  await options.onSent?.(reminder.key);
  return true;
}

/** Whether a reminder's key is already written: a cheap skip before the transaction that would refuse it anyway. */
export async function alreadySent(keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db().reminderSent.findMany({ where: { key: { in: [...keys] } }, select: { key: true } });
  return new Set(rows.map((r) => r.key));
}
