import { describe, expect, it } from "vitest";
import { hashPassword, needsRehash, scryptParams, verifyPassword } from "@/lib/auth/password";

// Each hash is ~0.3 s of one core at OWASP's cost; on a busy machine several take longer than vitest's 5 s default.
describe("password hashing", { timeout: 30_000 }, () => {
  it("verifies the right password and refuses a wrong one", async () => {
    const hash = await hashPassword("lokalpulje-demo");
    expect(await verifyPassword("lokalpulje-demo", hash)).toBe(true);
    expect(await verifyPassword("lokalpulje-dem0", hash)).toBe(false);
  });
  it("uses OWASP's scrypt cost (N=2^14, r=8, p=5) and keeps the parameters in the hash", async () => {
    expect(scryptParams).toEqual({ N: 2 ** 14, r: 8, p: 5 });
    expect((await hashPassword("x")).startsWith("scrypt$16384$8$5$")).toBe(true);
  });
  it("still verifies a hash made with the old, weaker parameters, and asks for a rehash", async () => {
    // scrypt N=16384 r=8 p=1 of "lokalpulje-demo" with a zero salt: the format of earlier versions.
    const old = "scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$";
    const { scryptSync } = await import("node:crypto");
    const key = scryptSync("lokalpulje-demo", Buffer.alloc(16), 32, { N: 16384, r: 8, p: 1 }).toString("base64");
    expect(await verifyPassword("lokalpulje-demo", old + key)).toBe(true);
    expect(needsRehash(old + key)).toBe(true);
    expect(needsRehash(await hashPassword("x"))).toBe(false);
  });
  it("salts: the same password hashes differently twice", async () => {
    expect(await hashPassword("x")).not.toBe(await hashPassword("x"));
  });
  it("refuses a missing or malformed hash, and one with absurd parameters", async () => {
    expect(await verifyPassword("x", null)).toBe(false);
    expect(await verifyPassword("x", "plain-text")).toBe(false);
    expect(await verifyPassword("x", "scrypt$999999999$8$1$AAAA$AAAA")).toBe(false);
  });
});
