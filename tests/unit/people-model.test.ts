import { describe, expect, it } from "vitest";
import { lastAdminRefusal, personStatus } from "@/lib/users/model";

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
