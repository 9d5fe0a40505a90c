import "server-only";
import type { Tx } from "@/lib/db";
import { keyedDigest, openSealed, sealText } from "@/lib/mail/seal";
import {
  acceptTotp,
  decodeTotpState,
  encodeTotpState,
  looksLikeTotp,
  newRecoveryCodes,
  normalizeRecoveryCode,
  type TotpState,
} from "./model";

// The user's TOTP secret is kept sealed (AES-256-GCM, key from AUTH_SECRET, bound to the user's id) together with
// the last step accepted; recovery codes only as hashes. Shared by login, password reset and the security page.

const binding = (userId: string) => `totp:${userId}`;

export const sealTotp = (userId: string, state: TotpState) => sealText(encodeTotpState(state), binding(userId));
export const openTotp = (userId: string, sealed: string): TotpState =>
  decodeTotpState(openSealed(sealed, binding(userId)));

/** Keyed (AUTH_SECRET) and bound to the user's id: neither a dump alone nor one table of hashes finds a code. */
export const hashRecoveryCode = (userId: string, code: string) => keyedDigest(`${userId}:${code}`);

/** Ten new recovery codes replace the old ones; returns them, to be shown once. */
export async function replaceRecoveryCodes(tx: Tx, userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: codes.map((c) => ({ userId, codeHash: hashRecoveryCode(userId, c) })) });
  return codes;
}

/**
 * Checks a current TOTP code against the state sealed in `sealed`, and records its step so the same code cannot be
 * used again: the update only succeeds while the stored value is the one read (two logins racing with one code:
 * one wins).
 */
export async function redeemTotpCode(tx: Tx, userId: string, sealed: string, code: string): Promise<boolean> {
  const state = openTotp(userId, sealed);
  const step = acceptTotp(state.secret, code, state.lastStep, Date.now());
  if (step === null) return false;
  const saved = await tx.user.updateMany({
    where: { id: userId, totpSecret: sealed },
    data: { totpSecret: sealTotp(userId, { ...state, lastStep: step }) },
  });
  return saved.count === 1;
}

/** A TOTP code or an unused recovery code (each works once) of a user with the second factor on. */
export async function redeemSecondFactor(tx: Tx, userId: string, code: string): Promise<"totp" | "recovery" | null> {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { totpSecret: true, totpEnabledAt: true } });
  if (!user?.totpSecret || !user.totpEnabledAt) return null;
  if (looksLikeTotp(code)) return (await redeemTotpCode(tx, userId, user.totpSecret, code)) ? "totp" : null;
  const recovery = normalizeRecoveryCode(code);
  if (!recovery) return null;
  const used = await tx.recoveryCode.updateMany({
    where: { userId, codeHash: hashRecoveryCode(userId, recovery), usedAt: null },
    data: { usedAt: new Date() },
  });
  return used.count === 1 ? "recovery" : null;
}
