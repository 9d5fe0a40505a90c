import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  assertCan,
  can,
  committeesWhere,
  ForbiddenError,
  permissions,
  roles,
  UnauthenticatedError,
  type Actor,
  type RoleName,
} from "@/lib/auth/permissions";

// Who may do what, written out by hand rather than read from lib/auth/permissions.ts: a change to a role's rights
// must be made here too, on purpose. x = granted, - = denied.
const grantTable = `
permission              ADMIN  SECRETARIAT  MEMBER  OBSERVER  APPLICANT
dashboard:view            x         x          x        x         x
installation:manage       -         -          -        -         -
committee:manage          x         -          -        -         -
plan:manage               x         x          -        -         -
pool:manage               x         x          -        -         -
user:manage               x         -          -        -         -
audit:read                x         -          -        -         -
template:manage           x         x          -        -         -
project:read              x         x          x        x         -
project:create            x         x          -        -         -
project:edit              x         x          -        -         -
project:people            x         x          -        -         -
project:transition        x         x          -        -         -
project:publish           x         x          -        -         -
call:read                 x         x          x        x         -
call:manage               x         x          -        -         -
application:read          x         x          x        x         -
application:screen        x         x          -        -         -
application:score         -         -          x        -         -
score:reopen              x         x          -        -         -
application:recommend     x         x          x        -         -
application:own           -         -          -        -         x
conflict:declare          x         x          x        -         -
conflict:rule             x         x          -        -         -
decision:record           x         x          -        -         -
meeting:read              x         x          x        x         -
meeting:manage            x         x          -        -         -
grant:manage              x         x          -        -         -
payment:manage            x         x          -        -         -
ledger:read               x         x          x        x         -
jobs:read                 x         x          -        -         -
outbox:read               x         x          -        -         -
`;
const [header, ...rows] = grantTable.trim().split("\n");
const roleColumns = header!.split(/\s+/).slice(1) as RoleName[];
const expectedGrants = new Map(
  rows.map((row) => {
    const [permission, ...cells] = row.split(/\s+/);
    return [permission!, cells.map((c) => c === "x")] as const;
  }),
);

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
  it("grants each role exactly the permissions written out in the table above", () => {
    expect([...expectedGrants.keys()].sort()).toEqual([...permissions].sort());
    expect([...roleColumns].sort()).toEqual([...roles].sort());
    for (const row of rows) expect(row.split(/\s+/).slice(1).join(""), row).toMatch(/^[x-]{5}$/);
    for (const permission of permissions) {
      const row = expectedGrants.get(permission)!;
      for (const [i, role] of roleColumns.entries()) {
        const a = actor([{ committeeId: "A", role }]);
        expect(can(a, permission, "A"), `${role} ${permission}`).toBe(row[i]);
        expect(can(a, permission), `${role} ${permission} (any committee)`).toBe(row[i]);
        expect(can(a, permission, "B"), `${role} ${permission} in another committee`).toBe(false);
      }
    }
  });
  it("grants installation:manage to an installation admin only, whatever their committee roles", () => {
    const admin = actor([{ committeeId: "A", role: "ADMIN" }]);
    expect(can(admin, "installation:manage")).toBe(false);
    expect(can({ ...admin, installationAdmin: true }, "installation:manage")).toBe(true);
    expect(can({ ...actor([]), installationAdmin: true }, "installation:manage")).toBe(true);
    expect(can({ ...actor([]), installationAdmin: true }, "committee:manage", "any")).toBe(true);
    expect(can({ ...actor([]), installationAdmin: true }, "user:manage")).toBe(false);
    expect(can({ ...actor([]), installationAdmin: true }, "plan:manage")).toBe(false);
    expect(can({ ...actor([]), installationAdmin: true }, "dashboard:view")).toBe(true);
  });
  it("never grants a permission that no held role has in the table (fails closed)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ committeeId: fc.constantFrom("A", "B"), role: fc.constantFrom(...roleColumns) }), {
          maxLength: 4,
        }),
        fc.constantFrom(...permissions),
        fc.constantFrom("A", "B"),
        (memberships, permission, committee) => {
          const expected = memberships.some(
            (m) => m.committeeId === committee && expectedGrants.get(permission)![roleColumns.indexOf(m.role)],
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
