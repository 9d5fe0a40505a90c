import { describe, expect, it } from "vitest";
import {
  acceptTotp,
  decodeTotpState,
  encodeTotpState,
  newRecoveryCodes,
  newTotpSecret,
  normalizeRecoveryCode,
  totpCode,
  totpStep,
  TOTP_PERIOD_SECONDS,
} from "@/lib/account/model";

const now = Date.UTC(2026, 10, 30, 12, 0, 10);
const step = TOTP_PERIOD_SECONDS * 1000;

describe("TOTP codes", () => {
  const secret = newTotpSecret();

  it("the current code is accepted for the current step", () => {
    expect(acceptTotp(secret, totpCode(secret, now), null, now)).toBe(totpStep(now));
  });

  it("the codes of the step before and after are accepted (clock drift), two steps away are not", () => {
    expect(acceptTotp(secret, totpCode(secret, now - step), null, now)).toBe(totpStep(now) - 1);
    expect(acceptTotp(secret, totpCode(secret, now + step), null, now)).toBe(totpStep(now) + 1);
    expect(acceptTotp(secret, totpCode(secret, now - 2 * step), null, now)).toBeNull();
    expect(acceptTotp(secret, totpCode(secret, now + 2 * step), null, now)).toBeNull();
  });

  it("a code of a step already used, or earlier, is refused (replay)", () => {
    const code = totpCode(secret, now);
    const used = acceptTotp(secret, code, null, now)!;
    expect(acceptTotp(secret, code, used, now)).toBeNull();
    expect(acceptTotp(secret, totpCode(secret, now - step), used, now)).toBeNull();
    expect(acceptTotp(secret, totpCode(secret, now + step), used, now)).toBe(used + 1);
  });

  it("spaces are allowed; anything but six digits is refused", () => {
    const code = totpCode(secret, now);
    expect(acceptTotp(secret, `${code.slice(0, 3)} ${code.slice(3)}`, null, now)).toBe(totpStep(now));
    expect(acceptTotp(secret, code.slice(1), null, now)).toBeNull();
    expect(acceptTotp(secret, "abcdef", null, now)).toBeNull();
  });

  it("another secret's code is refused", () => {
    expect(acceptTotp(newTotpSecret(), totpCode(secret, now), null, now)).toBeNull();
  });

  it("the stored state round-trips", () => {
    expect(decodeTotpState(encodeTotpState({ secret, lastStep: 7 }))).toEqual({ secret, lastStep: 7 });
    expect(decodeTotpState(encodeTotpState({ secret, lastStep: null }))).toEqual({ secret, lastStep: null });
  });
});

describe("recovery codes", () => {
  it("ten distinct codes of the form xxxx-xxxx without look-alike characters", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}$/);
  });

  it("typed in any case, with or without the dash or spaces, a code reads as stored", () => {
    expect(normalizeRecoveryCode("ABCD-EFGH")).toBe("abcd-efgh");
    expect(normalizeRecoveryCode(" abcd efgh ")).toBe("abcd-efgh");
    expect(normalizeRecoveryCode("abcdefgh")).toBe("abcd-efgh");
  });

  it("anything else is not a recovery code", () => {
    expect(normalizeRecoveryCode("abcd-efg")).toBeNull();
    expect(normalizeRecoveryCode("abcd-efgi")).toBeNull(); // i is left out: it looks like 1 and l
    expect(normalizeRecoveryCode("123456")).toBeNull();
  });
});
