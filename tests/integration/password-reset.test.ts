import { describe, expect, it } from "vitest";
import { totpCode } from "@/lib/account/model";
import { getPasswordReset, requestPasswordReset, resetPassword, resetWindows } from "@/lib/account/reset";
import { sealTotp } from "@/lib/account/second-factor";
import { beginEnrolment, confirmEnrolment, getSecurityPage } from "@/lib/account/totp";
import { checkCredentials } from "@/lib/auth/login";
import { loginWindows } from "@/lib/auth/login-limits";
import { touchSession } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { openSealed } from "@/lib/mail/seal";
import { createUser } from "../factories";

const oldPassword = "den gamle adgangskode";
const newPassword = "den nye adgangskode";
let n = 0;
/** Each test asks from its own address, so the per-address limit is the test's own. */
const address = () => `198.51.100.${++n}`;

async function resetToken(email: string): Promise<string> {
  const mail = await db().emailMessage.findFirstOrThrow({
    where: { toAddress: email, kind: "password-reset" },
    orderBy: { createdAt: "desc" },
  });
  return /\/login\/reset\/([A-Za-z0-9_-]+)/.exec(openSealed(mail.sealedBody!, email))![1]!;
}
const reset = (token: string, code?: string) => resetPassword({ token, password: newPassword, code });

describe("a forgotten password", { timeout: 120_000 }, () => {
  it("the same reply for an unknown address, and no mail", async () => {
    const unknown = `ingen-${Date.now()}@example.dk`;
    await expect(requestPasswordReset({ email: unknown, address: address() })).resolves.toBeUndefined();
    expect(await db().emailMessage.count({ where: { toAddress: unknown } })).toBe(0);
    const { user } = await createUser({ password: oldPassword });
    await expect(requestPasswordReset({ email: user.email, address: address() })).resolves.toBeUndefined();
    expect(await db().emailMessage.count({ where: { toAddress: user.email, kind: "password-reset" } })).toBe(1);
  });

  it("is limited per e-mail and per address, known or not", async () => {
    const email = `graense-${Date.now()}@example.dk`;
    for (let i = 0; i < resetWindows.perEmail.limit; i++) await requestPasswordReset({ email, address: address() });
    await expect(requestPasswordReset({ email, address: address() })).rejects.toMatchObject({
      messageKey: "passwordReset.rateLimited",
    });
    const from = address();
    for (let i = 0; i < resetWindows.perAddress.limit; i++)
      await requestPasswordReset({ email: `a${i}-${Date.now()}@example.dk`, address: from });
    await expect(requestPasswordReset({ email: "endnu@example.dk", address: from })).rejects.toMatchObject({
      messageKey: "passwordReset.rateLimited",
    });
  });

  it("the link lasts an hour, a new request revokes the older one, and it works once", async () => {
    const { user } = await createUser({ password: oldPassword });
    await requestPasswordReset({ email: user.email, address: address() });
    const first = await resetToken(user.email);
    const row = await db().userToken.findFirstOrThrow({ where: { userId: user.id, purpose: "RESET" } });
    expect((row.expiresAt.getTime() - row.createdAt.getTime()) / 60_000).toBeCloseTo(60, 1);
    await requestPasswordReset({ email: user.email, address: address() });
    const second = await resetToken(user.email);
    expect(await getPasswordReset(first)).toEqual({ state: "used" });
    expect(await getPasswordReset(second)).toMatchObject({ state: "live", email: user.email, needsCode: false });

    await reset(second);
    expect(await getPasswordReset(second)).toEqual({ state: "used" });
    await expect(reset(second)).rejects.toMatchObject({ messageKey: "passwordReset.used" });
  });

  it("an expired link is refused", async () => {
    const { user } = await createUser({ password: oldPassword });
    await requestPasswordReset({ email: user.email, address: address() });
    const token = await resetToken(user.email);
    await db().userToken.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    expect(await getPasswordReset(token)).toEqual({ state: "expired" });
    await expect(reset(token)).rejects.toMatchObject({ messageKey: "passwordReset.expired" });
  });

  it("sets the password, ends every session, lifts a login lock, and is audited", async () => {
    const { user } = await createUser({ password: oldPassword });
    const login = (password: string) => checkCredentials({ email: user.email, password, address: "192.0.2.50" });
    const before = await login(oldPassword);
    if (!before.ok) throw new Error("login failed");
    await db().rateLimit.create({
      data: { key: `login:email:${user.email}`, windowStart: new Date(), count: loginWindows.perEmail.limit },
    });
    await requestPasswordReset({ email: user.email, address: address() });
    await reset(await resetToken(user.email));

    expect(await touchSession(before.sessionId, user.id)).toBe(false);
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).passwordChangedAt).not.toBeNull();
    expect(await login(oldPassword)).toEqual({ ok: false, reason: "invalid" });
    expect(await login(newPassword)).toMatchObject({ ok: true });
    expect(await db().auditEntry.count({ where: { action: "password.reset", entityId: user.id } })).toBe(1);
  });

  it("a user with a second factor also gives a code: none or a wrong one is refused and counted", async () => {
    const { user, actor } = await createUser({ password: oldPassword });
    await beginEnrolment(actor);
    const page = await getSecurityPage(actor);
    if (page.state !== "pending") throw new Error("not pending");
    const secret = page.secret.replace(/\s/g, "");
    await confirmEnrolment(actor, totpCode(secret, Date.now()));

    await requestPasswordReset({ email: user.email, address: address() });
    const token = await resetToken(user.email);
    expect(await getPasswordReset(token)).toMatchObject({ state: "live", needsCode: true });
    await expect(reset(token)).rejects.toMatchObject({ fieldErrors: { code: "totp.codeRequired" } });
    await expect(reset(token, totpCode(secret, Date.now() - 10 * 60_000))).rejects.toMatchObject({
      fieldErrors: { code: "totp.wrongCode" },
    });
    expect((await db().userToken.findFirstOrThrow({ where: { userId: user.id, purpose: "RESET" } })).attempts).toBe(1);

    await db().user.update({
      where: { id: user.id },
      data: { totpSecret: sealTotp(user.id, { secret, lastStep: null }) },
    });
    await reset(token, totpCode(secret, Date.now()));
    expect(await checkCredentials({ email: user.email, password: newPassword, address: "192.0.2.51" })).toMatchObject({
      ok: false,
      reason: "second_factor",
    });
  });
});
