import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";

describe("password hashing", () => {
  it("verifies the right password and refuses a wrong one", async () => {
    const hash = await hashPassword("lokalpulje-demo");
    expect(hash.startsWith("scrypt$16384$8$1$")).toBe(true);
    expect(await verifyPassword("lokalpulje-demo", hash)).toBe(true);
    expect(await verifyPassword("lokalpulje-dem0", hash)).toBe(false);
  });
  it("salts: the same password hashes differently twice", async () => {
    expect(await hashPassword("x")).not.toBe(await hashPassword("x"));
  });
  it("refuses a missing or malformed hash", async () => {
    expect(await verifyPassword("x", null)).toBe(false);
    expect(await verifyPassword("x", "plain-text")).toBe(false);
  });
});
