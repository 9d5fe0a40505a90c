import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  assertCan,
  can,
  committeesWhere,
  ForbiddenError,
  permissions,
  permissionTable,
  roles,
  UnauthenticatedError,
  type Actor,
  type RoleName,
} from "@/lib/auth/permissions";

const actor = (memberships: { committeeId: string; role: RoleName }[]): Actor => ({
  id: "u",
  email: "u@example.dk",
  name: "U",
  locale: "da",
  memberships,
});

describe("the permission table", () => {
  it("denies everything to the anonymous visitor", () => {
    for (const p of permissions) expect(can(null, p)).toBe(false);
  });
  it("denies a permission held in another committee", () => {
    const a = actor([{ committeeId: "A", role: "SECRETARIAT" }]);
    expect(can(a, "call:manage", "A")).toBe(true);
    expect(can(a, "call:manage", "B")).toBe(false);
  });
  it("gives an applicant nothing of the staff side", () => {
    const a = actor([{ committeeId: "A", role: "APPLICANT" }]);
    for (const p of ["project:read", "call:read", "application:read", "application:score", "audit:read"] as const)
      expect(can(a, p)).toBe(false);
    expect(can(a, "application:own")).toBe(true);
  });
  it("lets members score and declare conflicts but not rule on them", () => {
    const a = actor([{ committeeId: "A", role: "MEMBER" }]);
    expect(can(a, "application:score", "A")).toBe(true);
    expect(can(a, "conflict:declare", "A")).toBe(true);
    expect(can(a, "conflict:rule", "A")).toBe(false);
    expect(can(a, "project:edit", "A")).toBe(false);
  });
  it("never grants a permission that no held role lists (fails closed)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ committeeId: fc.constantFrom("A", "B"), role: fc.constantFrom(...roles) }), {
          maxLength: 4,
        }),
        fc.constantFrom(...permissions),
        fc.constantFrom("A", "B"),
        (memberships, permission, committee) => {
          const expected = memberships.some(
            (m) => m.committeeId === committee && permissionTable[m.role].includes(permission),
          );
          expect(can(actor(memberships), permission, committee)).toBe(expected);
        },
      ),
    );
  });
  it("lists exactly the committees where a permission is held", () => {
    const a = actor([
      { committeeId: "A", role: "MEMBER" },
      { committeeId: "B", role: "SECRETARIAT" },
      { committeeId: "B", role: "MEMBER" },
    ]);
    expect(committeesWhere(a, "call:manage")).toEqual(["B"]);
    expect(committeesWhere(a, "call:read").sort()).toEqual(["A", "B"]);
  });
  it("throws distinct errors for no session and no permission", () => {
    expect(() => assertCan(null, "dashboard:view")).toThrow(UnauthenticatedError);
    expect(() => assertCan(actor([{ committeeId: "A", role: "APPLICANT" }]), "audit:read")).toThrow(ForbiddenError);
  });
});
