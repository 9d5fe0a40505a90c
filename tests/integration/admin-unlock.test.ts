import { describe, expect, it } from "vitest";
import { lockedUserIds, unlockLoginAsAdmin } from "@/lib/auth/admin-unlock";
import { checkCredentials } from "@/lib/auth/login";
import { loginWindows } from "@/lib/auth/login-limits";
import { db } from "@/lib/db";
import { createCommittee, createUser } from "../factories";

async function lockedMember(committeeId: string) {
  const { user } = await createUser({ password: "kodeord-1234", roles: [{ committeeId, role: "MEMBER" }] });
  const key = `login:email:${user.email}`;
  await db().rateLimit.create({ data: { key, windowStart: new Date(), count: loginWindows.perEmail.limit } });
  return user;
}
const login = (email: string) => checkCredentials({ email, password: "kodeord-1234", address: "192.0.2.9" });

// Logins hash with scrypt: on a busy machine a few of them outlast the default 30 s.
describe("an admin lifts a login lockout", { timeout: 120_000 }, () => {
  it("the admin of the user's committee sees the lock and unlocks; the user logs in again", async () => {
    const committee = await createCommittee();
    const { actor: admin } = await createUser({ roles: [{ committeeId: committee.id, role: "ADMIN" }] });
    const user = await lockedMember(committee.id);
    expect(await login(user.email)).toEqual({ ok: false, reason: "locked" });
    expect(await lockedUserIds([user])).toEqual(new Set([user.id]));

    await unlockLoginAsAdmin(admin, user.id);
    expect(await lockedUserIds([user])).toEqual(new Set());
    expect(await login(user.email)).toMatchObject({ ok: true });
    expect(await db().auditEntry.count({ where: { action: "login.unlockedByAdmin", entityId: user.id } })).toBe(1);
  });

  it("an admin of another committee, or a member, cannot", async () => {
    const committee = await createCommittee();
    const other = await createCommittee();
    const { actor: foreignAdmin } = await createUser({ roles: [{ committeeId: other.id, role: "ADMIN" }] });
    const { actor: member } = await createUser({ roles: [{ committeeId: committee.id, role: "MEMBER" }] });
    const user = await lockedMember(committee.id);
    await expect(unlockLoginAsAdmin(foreignAdmin, user.id)).rejects.toThrow(/not found/);
    await expect(unlockLoginAsAdmin(member, user.id)).rejects.toThrow();
    expect(await lockedUserIds([user])).toEqual(new Set([user.id]));
  });
});
