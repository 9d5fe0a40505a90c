import "server-only";
import type { Tx } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { newPasswordSchema } from "./schema";

/**
 * Sets a user's password (invitation, reset, first-run set-up, `admin:create`): checks the one set of password
 * rules again, hashes it, and records when. The caller audits and decides whether sessions end.
 */
export async function setPassword(tx: Tx, userId: string, password: string): Promise<void> {
  const checked = newPasswordSchema.parse(password);
  await tx.user.update({
    where: { id: userId },
    data: { passwordHash: await hashPassword(checked), passwordChangedAt: new Date() },
  });
}

/** Ends every live session of the user at once (deactivation, a new password): every copy of a cookie dies. */
export async function endUserSessions(tx: Tx, userId: string): Promise<number> {
  const ended = await tx.userSession.updateMany({ where: { userId, endedAt: null }, data: { endedAt: new Date() } });
  return ended.count;
}
