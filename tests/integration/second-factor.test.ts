import { describe, expect, it } from "vitest";
import { totpCode } from "@/lib/account/model";
import { sealTotp } from "@/lib/account/second-factor";
import { beginEnrolment, confirmEnrolment, getSecurityPage, regenerateRecoveryCodes } from "@/lib/account/totp";
import { loadActor } from "@/lib/auth/actor";
import { checkCredentials } from "@/lib/auth/login";
import { loginWindows } from "@/lib/auth/login-limits";
import { completeChallenge, MAX_CODE_ATTEMPTS } from "@/lib/auth/second-factor-login";
import { db } from "@/lib/db";
import { createCommittee, createUser } from "../factories";

const password = "en lang adgangskode";

/** A user with TOTP on; returns the secret and the recovery codes. */
async function enrolled(role: "ADMIN" | "MEMBER" = "MEMBER") {
  const committee = await createCommittee();
  const { user, actor } = await createUser({ password, roles: [{ committeeId: committee.id, role }] });
  await beginEnrolment(actor);
  const page = await getSecurityPage(actor);
  if (page.state !== "pending") throw new Error("not pending");
  const secret = page.secret.replace(/\s/g, "");
  const recoveryCodes = await confirmEnrolment(actor, totpCode(secret, Date.now()));
  return { user, actor, secret, recoveryCodes, committee };
}

/** As when the next 30-second step has come: the last accepted step is forgotten. */
async function nextStep(userId: string, secret: string) {
  await db().user.update({ where: { id: userId }, data: { totpSecret: sealTotp(userId, { secret, lastStep: null }) } });
}

async function challengeFor(email: string) {
  const r = await checkCredentials({ email, password, address: "192.0.2.40", userAgent: "vitest" });
  if (r.ok || r.reason !== "second_factor") throw new Error(`expected a challenge, got ${JSON.stringify(r)}`);
  return r.challenge;
}

describe("enrolling a second factor", { timeout: 120_000 }, () => {
  it("a pending secret is sealed; a wrong code leaves it off, the right one turns it on with 10 codes", async () => {
    const committee = await createCommittee();
    const { user, actor } = await createUser({ password, roles: [{ committeeId: committee.id, role: "MEMBER" }] });
    expect((await getSecurityPage(actor)).state).toBe("off");
    await beginEnrolment(actor);
    const page = await getSecurityPage(actor);
    if (page.state !== "pending") throw new Error("not pending");
    expect(page.qrSvg).toContain("<svg");
    const secret = page.secret.replace(/\s/g, "");
    const stored = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.totpSecret).toMatch(/^v1\./);
    expect(stored.totpSecret).not.toContain(secret);

    const wrong = totpCode(secret, Date.now() - 5 * 60_000);
    await expect(confirmEnrolment(actor, wrong)).rejects.toMatchObject({ messageKey: "totp.wrongCode" });
    const codes = await confirmEnrolment(actor, totpCode(secret, Date.now()));
    expect(codes).toHaveLength(10);
    const hashes = await db().recoveryCode.findMany({ where: { userId: user.id } });
    expect(hashes).toHaveLength(10);
    expect(hashes.map((h) => h.codeHash)).not.toContain(codes[0]);
    expect(await getSecurityPage(actor)).toMatchObject({ state: "enabled", recoveryLeft: 10 });
  });
});

describe("logging in with a second factor", { timeout: 120_000 }, () => {
  it("a right password starts no session but a 5-minute challenge; the code starts the session", async () => {
    const { user, secret } = await enrolled();
    const before = await db().userSession.count({ where: { userId: user.id } });
    const challenge = await challengeFor(user.email);
    expect(await db().userSession.count({ where: { userId: user.id } })).toBe(before);
    const row = await db().userToken.findFirstOrThrow({ where: { userId: user.id, purpose: "SECOND_FACTOR" } });
    expect((row.expiresAt.getTime() - row.createdAt.getTime()) / 60_000).toBeCloseTo(5, 1);

    await nextStep(user.id, secret);
    const r = await completeChallenge({ challenge, code: totpCode(secret, Date.now()) });
    expect(r).toMatchObject({ ok: true, user: { id: user.id } });
    const session = await db().userSession.findUniqueOrThrow({ where: { id: r.ok ? r.sessionId : "" } });
    expect(session).toMatchObject({ address: "192.0.2.40", userAgent: "vitest" });
    // The challenge is used up.
    expect(await completeChallenge({ challenge, code: totpCode(secret, Date.now()) })).toEqual({
      ok: false,
      reason: "expired",
    });
  });

  it("a wrong code counts; after 5 the challenge is dead even for the right code", async () => {
    const { user, secret } = await enrolled();
    const challenge = await challengeFor(user.email);
    const wrong = totpCode(secret, Date.now() - 10 * 60_000);
    for (let i = 1; i < MAX_CODE_ATTEMPTS; i++)
      expect(await completeChallenge({ challenge, code: wrong })).toEqual({ ok: false, reason: "invalid" });
    const row = await db().userToken.findFirstOrThrow({ where: { userId: user.id, purpose: "SECOND_FACTOR" } });
    expect(row.attempts).toBe(MAX_CODE_ATTEMPTS - 1);
    expect(await completeChallenge({ challenge, code: wrong })).toEqual({ ok: false, reason: "expired" });
    await nextStep(user.id, secret);
    expect(await completeChallenge({ challenge, code: totpCode(secret, Date.now()) })).toEqual({
      ok: false,
      reason: "expired",
    });
  });

  it("wrong codes count towards the account's login lock, so new challenges do not buy endless guesses", async () => {
    const { user, secret } = await enrolled();
    const wrong = totpCode(secret, Date.now() - 10 * 60_000);
    for (let i = 0; i < loginWindows.perEmail.limit / MAX_CODE_ATTEMPTS; i++) {
      const challenge = await challengeFor(user.email);
      for (let j = 0; j < MAX_CODE_ATTEMPTS; j++) await completeChallenge({ challenge, code: wrong });
    }
    expect(await checkCredentials({ email: user.email, password, address: "192.0.2.41" })).toEqual({
      ok: false,
      reason: "locked",
    });
  });

  it("a code already used is refused (replay)", async () => {
    const { user, secret } = await enrolled();
    await nextStep(user.id, secret);
    const code = totpCode(secret, Date.now());
    expect(await completeChallenge({ challenge: await challengeFor(user.email), code })).toMatchObject({ ok: true });
    expect(await completeChallenge({ challenge: await challengeFor(user.email), code })).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("new recovery codes need a current code, and wrong codes are limited (found in review)", async () => {
    const { user, actor, secret } = await enrolled();
    for (let i = 0; i < 5; i++)
      await expect(regenerateRecoveryCodes(actor, "000000")).rejects.toMatchObject({ messageKey: "totp.wrongCode" });
    await nextStep(user.id, secret);
    await expect(regenerateRecoveryCodes(actor, totpCode(secret, Date.now()))).rejects.toMatchObject({
      messageKey: "totp.tooManyTries",
    });
  });

  it("a recovery code works once", async () => {
    const { user, recoveryCodes } = await enrolled();
    const code = recoveryCodes[3]!.toUpperCase();
    expect(await completeChallenge({ challenge: await challengeFor(user.email), code })).toMatchObject({ ok: true });
    expect(await completeChallenge({ challenge: await challengeFor(user.email), code })).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await db().recoveryCode.count({ where: { userId: user.id, usedAt: null } })).toBe(9);
  });
});

describe("the installation requires a second factor of staff", { timeout: 120_000 }, () => {
  async function requireTotp(on: boolean) {
    await db().installation.upsert({
      where: { id: "installation" },
      create: { id: "installation", requireTotpForStaff: on },
      update: { requireTotpForStaff: on },
    });
  }

  it("an admin without TOTP has no permissions until enrolled; a member is not concerned", async () => {
    const committee = await createCommittee();
    const { user: admin } = await createUser({ password, roles: [{ committeeId: committee.id, role: "ADMIN" }] });
    const { user: member } = await createUser({ password, roles: [{ committeeId: committee.id, role: "MEMBER" }] });
    await requireTotp(true);
    try {
      const before = (await loadActor({ id: admin.id }))!;
      expect(before).toMatchObject({ memberships: [], needsSecondFactor: true, installationAdmin: false });
      expect((await loadActor({ id: member.id }))!.memberships).toHaveLength(1);

      await beginEnrolment(before);
      const page = await getSecurityPage(before);
      if (page.state !== "pending") throw new Error("not pending");
      await confirmEnrolment(before, totpCode(page.secret.replace(/\s/g, ""), Date.now()));
      const after = (await loadActor({ id: admin.id }))!;
      expect(after.needsSecondFactor).toBeUndefined();
      expect(after.memberships).toEqual([{ committeeId: committee.id, role: "ADMIN" }]);
    } finally {
      await requireTotp(false);
    }
  });
});
