import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { UserError, ValidationError } from "@/lib/actions/errors";
import { clearHits, takeHit, type Window } from "@/lib/auth/rate-limit";
import { lockKey } from "@/lib/auth/login-limits";
import { consumeToken, inspectToken, issueToken, revokeTokens, type TokenState } from "@/lib/auth/tokens";
import { endUserSessions, setPassword } from "@/lib/users/password";
import { mailPasswordReset } from "@/lib/users/mail";
import { redeemSecondFactor } from "./second-factor";

// A forgotten password. The request answers the same whether or not the address has an account (nobody learns
// who has one), and is limited per address and per e-mail so it cannot flood an inbox. The mailed link (1 hour,
// one use; a new request revokes the older ones) sets a new password; a user with TOTP also gives a code. Then
// every session of the user ends, and a login lock is lifted.

export const resetWindows = {
  perAddress: { limit: 10, seconds: 60 * 60 },
  perEmail: { limit: 3, seconds: 60 * 60 },
} satisfies Record<string, Window>;

/** Queues the mail when the address belongs to a live account with a password; else does nothing, the same way. */
export async function requestPasswordReset(input: { email: string; address: string }): Promise<void> {
  const email = input.email.trim().toLowerCase();
  for (const [key, window] of [
    [`reset:addr:${input.address}`, resetWindows.perAddress],
    [`reset:email:${email}`, resetWindows.perEmail],
  ] as const) {
    const take = await takeHit(key, window);
    if (!take.allowed) throw new UserError("passwordReset.rateLimited", { minutes: Math.ceil(take.retryAfter / 60) });
  }
  await db().$transaction(async (tx) => {
    const user = await tx.user.findFirst({
      where: { email, disabledAt: null, deletedAt: null, passwordHash: { not: null } },
      select: { id: true, email: true, name: true, locale: true },
    });
    if (!user) return;
    await revokeTokens(tx, user.id, "RESET");
    const token = await issueToken(tx, { purpose: "RESET", userId: user.id, address: input.address });
    await mailPasswordReset(tx, user, token);
    await audit(tx, {
      actorId: null,
      actorLabel: "system",
      action: "password.resetRequested",
      entityType: "User",
      entityId: user.id,
    });
  });
}

export type ResetPage = { state: Exclude<TokenState, "live"> } | { state: "live"; email: string; needsCode: boolean };

/** The reset link's page. Public: the token is the authority; opening it changes nothing. */
export async function getPasswordReset(token: string): Promise<ResetPage> {
  const found = await db().$transaction((tx) => inspectToken(tx, "RESET", token));
  if (found.state !== "live" || !found.userId) return { state: found.state === "live" ? "unknown" : found.state };
  const user = await db().user.findFirst({
    where: { id: found.userId, disabledAt: null, deletedAt: null },
    select: { email: true, totpEnabledAt: true },
  });
  if (!user) return { state: "unknown" };
  return { state: "live", email: user.email, needsCode: Boolean(user.totpEnabledAt) };
}

/** Wrong codes a reset link takes before it dies (the code is guessable; the link alone is not). */
export const MAX_RESET_CODE_ATTEMPTS = 5;

export async function resetPassword(input: { token: string; password: string; code?: string }): Promise<void> {
  const wrong = await db().$transaction(
    async (tx) => {
      const found = await inspectToken(tx, "RESET", input.token);
      if (found.state === "used") throw new UserError("passwordReset.used");
      if (found.state !== "live" || !found.userId) throw new UserError("passwordReset.expired");
      const user = await tx.user.findFirst({
        where: { id: found.userId, disabledAt: null, deletedAt: null },
        select: { id: true, email: true, totpEnabledAt: true },
      });
      if (!user) throw new UserError("passwordReset.expired");
      // The mailbox alone is not enough for someone who chose a second factor.
      if (user.totpEnabledAt) {
        if (!input.code) throw new ValidationError({ code: "totp.codeRequired" });
        if (!(await redeemSecondFactor(tx, user.id, input.code))) {
          const { attempts } = await tx.userToken.update({
            where: { id: found.id },
            data: { attempts: { increment: 1 } },
            select: { attempts: true },
          });
          if (attempts >= MAX_RESET_CODE_ATTEMPTS)
            await tx.userToken.update({ where: { id: found.id }, data: { usedAt: new Date() } });
          return true;
        }
      }
      if (!(await consumeToken(tx, found.id))) throw new UserError("passwordReset.used");
      await setPassword(tx, user.id, input.password);
      const ended = await endUserSessions(tx, user.id);
      await clearHits(lockKey(user.email));
      await audit(tx, {
        actorId: user.id,
        actorLabel: user.email,
        action: "password.reset",
        entityType: "User",
        entityId: user.id,
        changes: { sessionsEnded: ended },
      });
      return false;
    },
    { timeout: 30_000 },
  );
  // Thrown after the transaction, so the wrong try stays counted.
  if (wrong) throw new ValidationError({ code: "totp.wrongCode" });
}
