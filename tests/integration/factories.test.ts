// The factories hand tests the actor a session would get: the same deletedAt and disabledAt filters as getActor
// (lib/auth/session.ts), so no test runs with a role the app would not give.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actorFor, createCommittee, createUser } from "@/tests/factories";

describe("factories give an actor only what getActor would", () => {
  it("leave out a role in a deleted committee", async () => {
    const [live, deleted] = [await createCommittee(), await createCommittee()];
    await db().committee.update({ where: { id: deleted.id }, data: { deletedAt: new Date() } });
    const { user, actor } = await createUser({
      roles: [
        { committeeId: live.id, role: "MEMBER" },
        { committeeId: deleted.id, role: "ADMIN" },
      ],
    });
    const expected = [{ committeeId: live.id, role: "MEMBER" }];
    expect(actor.memberships).toEqual(expected);
    expect((await actorFor(user.email)).memberships).toEqual(expected);
  });

  it("leave out a deleted membership", async () => {
    const committee = await createCommittee();
    const { user } = await createUser({ roles: [{ committeeId: committee.id, role: "SECRETARIAT" }] });
    await db().membership.updateMany({ where: { userId: user.id }, data: { deletedAt: new Date() } });
    expect((await actorFor(user.email)).memberships).toEqual([]);
  });

  it("give no actor for a deleted or a disabled user", async () => {
    const committee = await createCommittee();
    const roles = [{ committeeId: committee.id, role: "ADMIN" as const }];
    const { user: deleted } = await createUser({ roles });
    const { user: disabled } = await createUser({ roles });
    await db().user.update({ where: { id: deleted.id }, data: { deletedAt: new Date() } });
    await db().user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
    await expect(actorFor(deleted.email)).rejects.toThrow(/no live user/);
    await expect(actorFor(disabled.email)).rejects.toThrow(/no live user/);
  });
});
