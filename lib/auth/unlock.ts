import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import { audit } from "@/lib/audit";
import { siteUrl } from "@/lib/installation/site";
import { isLocale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/translator";
import { queueMail } from "@/lib/mail/outbox";
import { clearHits } from "./rate-limit";
import { lockKey } from "./login-limits";

// The mailed way out of a login lockout. The token is sent, never stored:
// the table keeps its SHA-256, so a database reader cannot use a link.
const UNLOCK_TTL_MS = 24 * 60 * 60 * 1000;

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** Creates an unlock token and mails its link to the account's owner. Returns the token (for tests). */
export async function issueUnlock(tx: Tx, user: { id: string; email: string; locale?: string }): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + UNLOCK_TTL_MS);
  await tx.loginUnlock.create({ data: { userId: user.id, tokenHash: hashToken(token), expiresAt } });
  const t = translatorFor(user.locale && isLocale(user.locale) ? user.locale : "da");
  await queueMail(tx, {
    to: user.email,
    subject: t("loginLock.mailSubject"),
    body: [
      t("loginLock.mailIntro"),
      "",
      `${await siteUrl(tx)}/login/unlock?token=${token}`,
      "",
      t("loginLock.mailOutro"),
    ].join("\n"),
    kind: "login-unlock",
    // Stored masked; the working link is sealed until delivery (lib/mail/seal.ts).
    secret: token,
  });
  return token;
}

/** Lifts the lock if the token is known, unused and unexpired; each token works once. */
export async function redeemUnlock(token: string): Promise<boolean> {
  if (!token || token.length > 200) return false;
  return db().$transaction(async (tx) => {
    const row = await tx.loginUnlock.findUnique({
      where: { tokenHash: hashToken(token) },
      select: { id: true, user: { select: { id: true, email: true } } },
    });
    if (!row) return false;
    const used = await tx.loginUnlock.updateMany({
      where: { id: row.id, usedAt: null, expiresAt: { gt: new Date() } },
      data: { usedAt: new Date() },
    });
    if (used.count !== 1) return false;
    await clearHits(lockKey(row.user.email));
    const { id, email } = row.user;
    await audit(tx, { actorId: id, actorLabel: email, action: "login.unlocked", entityType: "User", entityId: id });
    return true;
  });
}
