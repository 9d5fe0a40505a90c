import "server-only";
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

// A mail that carries a private link is kept sealed (AES-256-GCM) until it is
// delivered, so neither staff reading the outbox nor anyone holding a database
// dump can act as the applicant. The key is derived from AUTH_SECRET, which is
// not in the database (`npm start` passes it to the app: from the setting or
// the secret file beside the embedded data). The recipient is bound to the
// ciphertext, so a row moved to another address in the database cannot be
// opened. Without AUTH_SECRET (tests, `next dev`), a key of this process only
// is used: mail queued by it is still delivered by it, and nothing is in clear.
let processKey: Buffer | null = null;

function key(purpose = "mail-link-seal-v1"): Buffer {
  const secret = env().AUTH_SECRET;
  if (!secret) return (processKey ??= randomBytes(32));
  return Buffer.from(hkdfSync("sha256", secret, "lokalpulje", purpose, 32));
}

/**
 * A keyed digest (HMAC-SHA256, key from AUTH_SECRET) for short secrets kept only as hashes (recovery codes): a
 * database dump alone cannot be searched for them, as it could be for a plain hash of ~40 bits.
 */
export function keyedDigest(text: string): string {
  return createHmac("sha256", key("keyed-digest-v1")).update(text).digest("hex");
}

/** "v1." + base64url(iv ‖ tag ‖ ciphertext). */
export function sealText(plain: string, recipient: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  cipher.setAAD(Buffer.from(recipient.toLowerCase()));
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return `v1.${Buffer.concat([iv, cipher.getAuthTag(), data]).toString("base64url")}`;
}

/** The sealed text, or an error when the key or the recipient is not the one it was sealed with. */
export function openSealed(sealed: string, recipient: string): string {
  if (!sealed.startsWith("v1.")) throw new Error("unknown seal version");
  const raw = Buffer.from(sealed.slice(3), "base64url");
  const decipher = createDecipheriv("aes-256-gcm", key(), raw.subarray(0, 12));
  decipher.setAAD(Buffer.from(recipient.toLowerCase()));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
}

/** What stands in for a private token in every stored copy. */
export const maskedToken = "[skjult]";

/** Masks every applicant link (/ansoegning/<token>) in a text, for rows written before sealing and as a last guard. */
export function maskPrivateLinks(text: string): string {
  return text.replace(/\/ansoegning\/[A-Za-z0-9_-]{16,}/g, `/ansoegning/${maskedToken}`);
}
