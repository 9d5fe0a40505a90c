import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { hashPassword, needsRehash, verifyPassword } from "./password";
import { clearHits, countHit, refundHit, retryAfter, takeHit } from "./rate-limit";
import { loginKeys, loginWindows } from "./login-limits";
import { startSession } from "./sessions";
import { issueUnlock } from "./unlock";
import { startChallenge } from "./second-factor-login";

export { loginKeys, loginWindows };

type LoginAttempt = { email: string; password: string; address: string; userAgent?: string | null };
type LoginOutcome =
  | { ok: true; user: { id: string; email: string; name: string }; sessionId: string }
  | { ok: false; reason: "invalid" | "locked" }
  | { ok: false; reason: "second_factor"; challenge: string }
  | { ok: false; reason: "rate_limited"; retryAfter: number };

export async function checkCredentials(attempt: LoginAttempt): Promise<LoginOutcome> {
  const email = attempt.email.trim().toLowerCase();
  const keys = loginKeys(email, attempt.address);
  if ((await retryAfter(keys.email, loginWindows.perEmail)) > 0) return { ok: false, reason: "locked" };
  const limits = [
    [keys.address, loginWindows.perAddress],
    [keys.pair, loginWindows.perEmailAddress],
  ] as const;
  for (const [key, window] of limits) {
    const take = await takeHit(key, window);
    if (!take.allowed) return { ok: false, reason: "rate_limited", retryAfter: take.retryAfter };
  }

  const user = await db().user.findUnique({
    where: { email },
    select: {
      id: true,
      email: true,
      name: true,
      locale: true,
      passwordHash: true,
      disabledAt: true,
      deletedAt: true,
      totpEnabledAt: true,
    },
  });
  const ok = await verifyPassword(attempt.password, user?.passwordHash);
  if (!user || !ok || user.disabledAt || user.deletedAt) {
    if (user && !ok) await countFailure(user, keys.email);
    return { ok: false, reason: "invalid" };
  }

  // A success costs nothing: the owner's own logins never use up the budgets. With a second factor the account's
  // failure count is cleared only once the code is right too (wrong codes add to it: ./second-factor-login.ts).
  await Promise.all([clearHits(keys.pair), user.totpEnabledAt ? null : clearHits(keys.email), refundHit(keys.address)]);
  const rehash = needsRehash(user.passwordHash) ? await hashPassword(attempt.password) : null;
  if (rehash) await db().user.update({ where: { id: user.id }, data: { passwordHash: rehash } });
  // With a second factor, a right password starts no session: it earns a short challenge for the code.
  if (user.totpEnabledAt) {
    const meta = { address: attempt.address, userAgent: attempt.userAgent ?? null };
    const challenge = await db().$transaction((tx) => startChallenge(tx, user.id, meta));
    return { ok: false, reason: "second_factor", challenge };
  }
  const sessionId = await db().$transaction(async (tx) => {
    await audit(tx, {
      actorId: user.id,
      actorLabel: user.email,
      action: "login",
      entityType: "User",
      entityId: user.id,
    });
    return startSession(tx, user.id, { address: attempt.address, userAgent: attempt.userAgent ?? null });
  });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name }, sessionId };
}

/** The failure that reaches the per-e-mail ceiling locks the account and mails its owner an unlock link, once. */
export async function countFailure(user: { id: string; email: string; locale: string }, key: string): Promise<void> {
  const failures = await countHit(key, loginWindows.perEmail);
  if (failures !== loginWindows.perEmail.limit) return;
  await db().$transaction(async (tx) => {
    await issueUnlock(tx, user);
    await audit(tx, {
      actorId: null,
      actorLabel: "system",
      action: "login.locked",
      entityType: "User",
      entityId: user.id,
    });
  });
}
