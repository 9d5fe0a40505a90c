import "server-only";
import { db, type Tx } from "@/lib/db";
import { audit } from "@/lib/audit";
import { redeemSecondFactor } from "@/lib/account/second-factor";
import { consumeToken, inspectToken, issueToken } from "./tokens";
import { startSession } from "./sessions";
import { countFailure } from "./login";
import { lockKey } from "./login-limits";
import { clearHits } from "./rate-limit";

// The login's second step. A right password of a user with TOTP on gives a SECOND_FACTOR token (5 minutes, kept
// in an httpOnly cookie); a 6-digit code or a recovery code then starts the session. Five wrong codes end the
// challenge: the person starts again with the password, which the login limits count.

export const MAX_CODE_ATTEMPTS = 5;
export const challengeCookie = "lokalpulje-second-factor";

export function startChallenge(tx: Tx, userId: string, meta: { address: string; userAgent: string | null }) {
  return issueToken(tx, { purpose: "SECOND_FACTOR", userId, ...meta });
}

type Outcome =
  | { ok: true; user: { id: string; email: string; name: string }; sessionId: string }
  | { ok: false; reason: "invalid" | "expired" };

/**
 * A wrong code also counts as a failed login of the account (lib/auth/login.ts): a right password buys a new
 * challenge, so without this the five tries per challenge would not bound the guesses.
 */
export async function completeChallenge(input: { challenge: string; code: string }): Promise<Outcome> {
  const { outcome, wrongFor } = await checkChallenge(input);
  if (wrongFor) await countFailure(wrongFor, lockKey(wrongFor.email));
  if (outcome.ok) await clearHits(lockKey(outcome.user.email));
  return outcome;
}

type Checked = { outcome: Outcome; wrongFor?: { id: string; email: string; locale: string } };

async function checkChallenge(input: { challenge: string; code: string }): Promise<Checked> {
  return db().$transaction(async (tx): Promise<Checked> => {
    const found = await inspectToken(tx, "SECOND_FACTOR", input.challenge);
    if (found.state !== "live" || !found.userId || found.attempts >= MAX_CODE_ATTEMPTS)
      return { outcome: { ok: false, reason: "expired" } };
    // The row is locked while the code is checked: parallel guesses wait and count one by one.
    await tx.$queryRaw`SELECT 1 FROM "UserToken" WHERE "id" = ${found.id} FOR UPDATE`;
    const user = await tx.user.findFirst({
      where: { id: found.userId, disabledAt: null, deletedAt: null },
      select: { id: true, email: true, name: true, locale: true },
    });
    const kind = user ? await redeemSecondFactor(tx, user.id, input.code) : null;
    if (!user || !kind || !(await consumeToken(tx, found.id))) {
      const counted = await tx.userToken.update({
        where: { id: found.id },
        data: { attempts: { increment: 1 } },
        select: { attempts: true },
      });
      if (counted.attempts >= MAX_CODE_ATTEMPTS)
        await tx.userToken.update({ where: { id: found.id }, data: { usedAt: new Date() } });
      const reason = counted.attempts >= MAX_CODE_ATTEMPTS ? "expired" : "invalid";
      return { outcome: { ok: false, reason }, wrongFor: user ?? undefined };
    }
    const token = await tx.userToken.findUniqueOrThrow({
      where: { id: found.id },
      select: { address: true, userAgent: true },
    });
    await audit(tx, {
      actorId: user.id,
      actorLabel: user.email,
      action: kind === "recovery" ? "login.recoveryCode" : "login",
      entityType: "User",
      entityId: user.id,
    });
    const sessionId = await startSession(tx, user.id, token);
    return { outcome: { ok: true, user: { id: user.id, email: user.email, name: user.name }, sessionId } };
  });
}
