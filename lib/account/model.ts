import { randomInt } from "node:crypto";
import { Secret, TOTP } from "otpauth";

// The second factor's rules, as plain functions (tests/unit/totp-model.test.ts):
// - a code is the RFC 6238 TOTP of the user's secret: SHA-1, 6 digits, 30-second steps;
// - the step before and after now are accepted too (a phone's clock drifts, a person types slowly);
// - a step once used is used: a code is accepted only for a step later than the last accepted one
//   (a code read over a shoulder or from a proxy log cannot be replayed within its window);
// - recovery codes are 10 of "xxxx-xxxx" from letters and digits that are not mistaken for each
//   other; typed in any case, with or without the dash and spaces.

export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_WINDOW_STEPS = 1;
export const RECOVERY_CODE_COUNT = 10;
const recoveryAlphabet = "abcdefghjkmnpqrstuvwxyz23456789";

function totpFor(secretBase32: string, label = "", issuer = "Lokalpulje") {
  return new TOTP({
    issuer,
    label,
    algorithm: "SHA1",
    digits: 6,
    period: TOTP_PERIOD_SECONDS,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** A new random secret (160 bits, as RFC 4226 recommends), in base32 for apps and manual entry. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI an authenticator app reads from the QR code. */
export function totpUri(secretBase32: string, account: string, issuer: string): string {
  return totpFor(secretBase32, account, issuer).toString();
}

/** The step (30-second counter) a moment falls in. */
export const totpStep = (nowMs: number) => Math.floor(nowMs / 1000 / TOTP_PERIOD_SECONDS);

/** The code for a moment (tests, and nothing else: the server never shows a code). */
export function totpCode(secretBase32: string, nowMs: number): string {
  return totpFor(secretBase32).generate({ timestamp: nowMs });
}

/** Six digits, spaces allowed ("123 456"). */
export const looksLikeTotp = (code: string) => /^\d{6}$/.test(code.replace(/\s/g, ""));

/**
 * The step a code is accepted for, or null: wrong, outside the window, or for a step not later than the last one
 * accepted (a replay).
 */
export function acceptTotp(secretBase32: string, code: string, lastStep: number | null, nowMs: number): number | null {
  const token = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totpFor(secretBase32).validate({ token, timestamp: nowMs, window: TOTP_WINDOW_STEPS });
  if (delta === null) return null;
  const step = totpStep(nowMs) + delta;
  return lastStep !== null && step <= lastStep ? null : step;
}

/** Ten new recovery codes, "xxxx-xxxx". */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  const part = () => Array.from({ length: 4 }, () => recoveryAlphabet[randomInt(recoveryAlphabet.length)]).join("");
  return Array.from({ length: count }, () => `${part()}-${part()}`);
}

/** A typed recovery code in its stored form ("ABCD EFGH" → "abcd-efgh"), or null if it cannot be one. */
export function normalizeRecoveryCode(typed: string): string | null {
  const plain = typed.toLowerCase().replace(/[\s-]/g, "");
  if (plain.length !== 8 || [...plain].some((c) => !recoveryAlphabet.includes(c))) return null;
  return `${plain.slice(0, 4)}-${plain.slice(4)}`;
}

/** What the sealed `User.totpSecret` holds: the secret and the last step accepted (the replay guard). */
export type TotpState = { secret: string; lastStep: number | null };
export const encodeTotpState = (s: TotpState) => JSON.stringify({ s: s.secret, l: s.lastStep });
export function decodeTotpState(text: string): TotpState {
  const raw = JSON.parse(text) as { s: string; l: number | null };
  return { secret: raw.s, lastStep: raw.l ?? null };
}
