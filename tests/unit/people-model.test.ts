import { describe, expect, it } from "vitest";
import { lastAdminRefusal, personStatus } from "@/lib/users/model";
import { inviteSchema, newPasswordSchema, passwordPairSchema } from "@/lib/users/schema";

describe("a person's status", () => {
  const base = { disabledAt: null, locked: false, hasLogin: true };
  it("active with a way to log in, invited without one", () => {
    expect(personStatus(base)).toBe("active");
    expect(personStatus({ ...base, hasLogin: false })).toBe("invited");
  });
  it("deactivated wins over locked, locked over invited", () => {
    expect(personStatus({ ...base, disabledAt: new Date(), locked: true })).toBe("deactivated");
    expect(personStatus({ ...base, locked: true, hasLogin: false })).toBe("locked");
  });
});

describe("the last administrator", () => {
  it("may leave only while another live administrator remains", () => {
    expect(lastAdminRefusal(0)).toBe("people.lastAdmin");
    expect(lastAdminRefusal(1)).toBeNull();
  });
});

describe("the password rules (one schema: invitation, reset, set-up)", () => {
  it("at least 12 characters, at most 200, not only spaces", () => {
    expect(newPasswordSchema.safeParse("a".repeat(11)).success).toBe(false);
    expect(newPasswordSchema.safeParse("a".repeat(12)).success).toBe(true);
    expect(newPasswordSchema.safeParse(" ".repeat(12)).success).toBe(false);
    expect(newPasswordSchema.safeParse("a".repeat(201)).success).toBe(false);
  });

  it("typed twice: a difference is reported on the second field", () => {
    const r = passwordPairSchema.safeParse({ password: "a".repeat(12), passwordAgain: "b".repeat(12) });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ path: ["passwordAgain"], message: "people.passwordMismatch" });
  });
});

describe("the invitation form", () => {
  it("reads the e-mail trimmed and in lower case, and only a staff role", () => {
    const base = { email: " Ny@Example.DK ", name: "Ny", committeeId: "c", role: "MEMBER", title: "" };
    expect(inviteSchema.parse(base).email).toBe("ny@example.dk");
    expect(inviteSchema.safeParse({ ...base, role: "APPLICANT" }).success).toBe(false);
  });
});
