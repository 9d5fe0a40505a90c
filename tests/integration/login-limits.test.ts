import { scryptSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { checkCredentials, loginKeys, loginWindows } from "@/lib/auth/login";
import { clientAddress, PEER_HEADER } from "@/lib/auth/client-address";
import { issueUnlock, redeemUnlock } from "@/lib/auth/unlock";
import { db } from "@/lib/db";
import { createUser } from "../factories";

const password = "rigtig-kodeord";
const tryLogin = (email: string, pw: string, address: string) =>
  checkCredentials({ email, password: pw, address, userAgent: "vitest" });
// Each password check costs a scrypt hash: spread the ceiling's failures over parallel requests.
const failFromManyAddresses = (email: string, prefix: string) =>
  Promise.all(
    Array.from({ length: loginWindows.perEmail.limit }, (_, i) => tryLogin(email, "forkert", `${prefix}.${i}.1`)),
  );
const slow = { timeout: 120_000 };

describe("login rate limits", () => {
  it(
    "30 parallel wrong passwords for one account are 5 counted tries; the rest are refused as rate-limited",
    slow,
    async () => {
      const { user } = await createUser({ password });
      const results = await Promise.all(
        Array.from({ length: 30 }, () => tryLogin(user.email, "forkert", "192.0.2.10")),
      );
      expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(5);
      expect(results.filter((r) => !r.ok && r.reason === "rate_limited")).toHaveLength(25);
      const row = await db().rateLimit.findUniqueOrThrow({ where: { key: loginKeys(user.email, "192.0.2.10").pair } });
      expect(row.count).toBe(5);
    },
  );

  it("a forged X-Forwarded-For does not give a fresh budget", async () => {
    const { user } = await createUser({ password });
    const forged = (i: number) =>
      clientAddress(new Headers({ "x-forwarded-for": `198.51.100.${i}`, [PEER_HEADER]: "203.0.113.9" }), 0);
    for (let i = 0; i < loginWindows.perEmailAddress.limit; i++) {
      expect(await tryLogin(user.email, "forkert", forged(i))).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await tryLogin(user.email, "forkert", forged(99))).toMatchObject({ ok: false, reason: "rate_limited" });
  });

  it("an attacker who exhausts the tries from address A does not lock the user out at address B", slow, async () => {
    const { user } = await createUser({ password });
    for (let i = 0; i < 8; i++) await tryLogin(user.email, "forkert", "198.51.100.66");
    expect(await tryLogin(user.email, password, "198.51.100.66")).toMatchObject({ ok: false, reason: "rate_limited" });
    expect(await tryLogin(user.email, password, "192.0.2.44")).toMatchObject({ ok: true, user: { id: user.id } });
  });

  it("failures from many addresses lock the account and mail an unlock link, once", slow, async () => {
    const { user } = await createUser({ password });
    await failFromManyAddresses(user.email, "10.1");
    expect(await tryLogin(user.email, password, "192.0.2.45")).toEqual({ ok: false, reason: "locked" });
    expect(await tryLogin(user.email, "forkert", "10.9.9.9")).toEqual({ ok: false, reason: "locked" });
    const mails = await db().emailMessage.findMany({ where: { toAddress: user.email, kind: "login-unlock" } });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.body).toContain("/login/unlock");
  });

  it("an unlock link lifts the lock once, is stored only as a hash, and expires", slow, async () => {
    const { user } = await createUser({ password });
    await failFromManyAddresses(user.email, "10.2");
    expect(await tryLogin(user.email, password, "192.0.2.46")).toEqual({ ok: false, reason: "locked" });

    const token = await db().$transaction((tx) => issueUnlock(tx, user));
    const stored = await db().loginUnlock.findMany({ where: { userId: user.id } });
    expect(stored.some((row) => row.tokenHash.includes(token))).toBe(false);

    expect(await redeemUnlock(token)).toBe(true);
    expect(await redeemUnlock(token)).toBe(false);
    expect(await tryLogin(user.email, password, "192.0.2.46")).toMatchObject({ ok: true });

    const late = await db().$transaction((tx) => issueUnlock(tx, user));
    await db().loginUnlock.updateMany({
      where: { userId: user.id, usedAt: null },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await redeemUnlock(late)).toBe(false);
  });

  it("a disabled account is refused even with the right password", async () => {
    const { user } = await createUser({ password });
    await db().user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await tryLogin(user.email, password, "192.0.2.47")).toEqual({ ok: false, reason: "invalid" });
  });
});

describe("password rehash on login", () => {
  it("a successful login replaces a hash made with weaker scrypt parameters", async () => {
    const { user } = await createUser();
    const salt = Buffer.alloc(16, 7);
    const key = scryptSync(password, salt, 32, { N: 16384, r: 8, p: 1 }).toString("base64");
    await db().user.update({
      where: { id: user.id },
      data: { passwordHash: `scrypt$16384$8$1$${salt.toString("base64")}$${key}` },
    });

    expect(await tryLogin(user.email, password, "192.0.2.48")).toMatchObject({ ok: true });
    const after = await db().user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    expect(after.passwordHash?.startsWith("scrypt$16384$8$5$")).toBe(true);
    expect(await tryLogin(user.email, password, "192.0.2.48")).toMatchObject({ ok: true });
  });
});
