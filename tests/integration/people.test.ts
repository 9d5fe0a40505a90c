import { describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/actor";
import { checkCredentials } from "@/lib/auth/login";
import { touchSession } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { acceptInvitation, getInvitation, inviteUser, resendInvitation } from "@/lib/users/invitations";
import {
  addMembership,
  changeRole,
  endMembership,
  endSessionAsAdmin,
  setDeactivated,
  setInstallationAdmin,
} from "@/lib/users/mutations";
import { getPeoplePage, getPersonPage } from "@/lib/users/queries";
import { createCommittee, createUser } from "../factories";

const password = "en lang adgangskode";

async function committeeWithAdmin() {
  const committee = await createCommittee();
  const { user, actor } = await createUser({ password, roles: [{ committeeId: committee.id, role: "ADMIN" }] });
  return { committee, admin: actor, adminUser: user };
}

/** The token of the last invitation mailed to the address, read from its sealed copy as delivery would. */
async function invitationToken(email: string): Promise<string> {
  const { openSealed } = await import("@/lib/mail/seal");
  const mail = await db().emailMessage.findFirstOrThrow({
    where: { toAddress: email, kind: "user-invitation" },
    orderBy: { createdAt: "desc" },
  });
  expect(mail.body).not.toMatch(/invitation\/[A-Za-z0-9_-]{20,}/);
  return /\/invitation\/([A-Za-z0-9_-]+)/.exec(openSealed(mail.sealedBody!, email))![1]!;
}

const invite = (committeeId: string, email: string, role: "ADMIN" | "MEMBER" = "MEMBER") => ({
  email,
  name: "Ny Person",
  committeeId,
  role,
  title: "",
});

describe("invitations", { timeout: 120_000 }, () => {
  it("a new person: no password, the role, and a mailed 72-hour link that works once", async () => {
    const { committee, admin } = await committeeWithAdmin();
    const email = `ny-${Date.now()}@example.dk`;
    const { userId, invited } = await inviteUser(admin, { ...invite(committee.id, email), title: "formand" });
    expect(invited).toBe(true);
    const user = await db().user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
    expect(user.passwordHash).toBeNull();
    const m = await db().membership.findFirstOrThrow({ where: { userId, committeeId: committee.id } });
    expect(m).toMatchObject({ role: "MEMBER", title: "formand", deletedAt: null });

    const token = await invitationToken(email);
    const row = await db().userToken.findFirstOrThrow({ where: { userId, purpose: "INVITE" } });
    const hours = (row.expiresAt.getTime() - row.createdAt.getTime()) / 3_600_000;
    expect(hours).toBeCloseTo(72, 1);
    expect(await getInvitation(token)).toMatchObject({ state: "live", email, committees: [committee.name] });

    await acceptInvitation({ token, name: "Anna Ny", password, passwordAgain: password });
    expect(await checkCredentials({ email, password, address: "192.0.2.20" })).toMatchObject({ ok: true });
    expect((await db().user.findUniqueOrThrow({ where: { id: userId } })).name).toBe("Anna Ny");

    expect(await getInvitation(token)).toEqual({ state: "used" });
    await expect(acceptInvitation({ token, name: "X", password, passwordAgain: password })).rejects.toMatchObject({
      messageKey: "people.invitationUsed",
    });
  });

  it("an expired invitation shows as expired and cannot be accepted", async () => {
    const { committee, admin } = await committeeWithAdmin();
    const email = `udloebet-${Date.now()}@example.dk`;
    const { userId } = await inviteUser(admin, invite(committee.id, email));
    const token = await invitationToken(email);
    await db().userToken.updateMany({ where: { userId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await getInvitation(token)).toEqual({ state: "expired" });
    await expect(acceptInvitation({ token, name: "X", password, passwordAgain: password })).rejects.toMatchObject({
      messageKey: "people.invitationExpired",
    });
  });

  it("an account holder gets the role and a mail; the same role twice is refused on the e-mail", async () => {
    const { committee, admin } = await committeeWithAdmin();
    const { user } = await createUser({ password });
    const { invited } = await inviteUser(admin, invite(committee.id, user.email));
    expect(invited).toBe(false);
    expect(await db().userToken.count({ where: { userId: user.id, purpose: "INVITE" } })).toBe(0);
    expect(await db().emailMessage.count({ where: { toAddress: user.email, kind: "user-role-added" } })).toBe(1);
    await expect(inviteUser(admin, invite(committee.id, user.email))).rejects.toMatchObject({
      fieldErrors: { email: "people.alreadyHasRole" },
    });
  });

  it("re-sending revokes the older link", async () => {
    const { committee, admin } = await committeeWithAdmin();
    const email = `igen-${Date.now()}@example.dk`;
    const { userId } = await inviteUser(admin, invite(committee.id, email));
    const first = await invitationToken(email);
    await resendInvitation(admin, userId);
    const second = await invitationToken(email);
    expect(second).not.toBe(first);
    expect((await getInvitation(first)).state).toBe("used");
    expect((await getInvitation(second)).state).toBe("live");
  });
});

describe("an admin of committee A cannot read or touch committee B's people", { timeout: 120_000 }, () => {
  it("each read and action is refused", async () => {
    const a = await committeeWithAdmin();
    const b = await committeeWithAdmin();
    const { user: person } = await createUser({ password, roles: [{ committeeId: b.committee.id, role: "MEMBER" }] });
    const m = await db().membership.findFirstOrThrow({ where: { userId: person.id } });
    const session = await db().userSession.create({ data: { userId: person.id } });
    const foreign = a.admin;

    expect((await getPeoplePage(foreign)).people.map((p) => p.id)).not.toContain(person.id);
    expect((await getPeoplePage(foreign, b.committee.id)).people).toEqual([]);
    expect(await getPersonPage(foreign, person.id)).toBeNull();
    await expect(inviteUser(foreign, invite(b.committee.id, person.email))).rejects.toThrow(/forbidden/);
    await expect(resendInvitation(foreign, person.id)).rejects.toThrow(/not found/);
    const add = { userId: person.id, committeeId: b.committee.id, role: "ADMIN" as const, title: "" };
    await expect(addMembership(foreign, add)).rejects.toThrow(/forbidden/);
    await expect(addMembership(foreign, { ...add, committeeId: a.committee.id })).rejects.toThrow(/not found/);
    await expect(changeRole(foreign, m.id, "ADMIN")).rejects.toThrow(/not found/);
    await expect(endMembership(foreign, m.id)).rejects.toThrow(/not found/);
    await expect(setDeactivated(foreign, person.id, true)).rejects.toThrow(/not found/);
    await expect(endSessionAsAdmin(foreign, person.id, session.id)).rejects.toThrow(/not found/);
    await expect(setInstallationAdmin(foreign, person.id, true)).rejects.toThrow(/forbidden/);

    const after = await db().user.findUniqueOrThrow({ where: { id: person.id }, include: { memberships: true } });
    expect(after.disabledAt).toBeNull();
    expect(after.memberships).toHaveLength(1);
    expect(after.memberships[0]).toMatchObject({ role: "MEMBER", deletedAt: null });
    expect((await db().userSession.findUniqueOrThrow({ where: { id: session.id } })).endedAt).toBeNull();
  });

  it("a member of the committee cannot manage its people", async () => {
    const { committee } = await committeeWithAdmin();
    const { actor: member } = await createUser({ roles: [{ committeeId: committee.id, role: "MEMBER" }] });
    await expect(inviteUser(member, invite(committee.id, "x@example.dk"))).rejects.toThrow(/forbidden/);
  });
});

describe("roles and the last administrator", { timeout: 120_000 }, () => {
  it("the last ADMIN cannot be removed, demoted or deactivated; with a second one they can", async () => {
    const { committee, admin, adminUser } = await committeeWithAdmin();
    const m = await db().membership.findFirstOrThrow({ where: { userId: adminUser.id } });
    const refusal = { messageKey: "people.lastAdmin" };
    await expect(endMembership(admin, m.id)).rejects.toMatchObject(refusal);
    await expect(changeRole(admin, m.id, "MEMBER")).rejects.toMatchObject(refusal);

    const secondAdmin = await createUser({ roles: [{ committeeId: committee.id, role: "ADMIN" }] });
    await expect(setDeactivated(secondAdmin.actor, adminUser.id, true)).resolves.toBeUndefined();
    await expect(setDeactivated(admin, secondAdmin.user.id, true)).rejects.toMatchObject(refusal);
    await setDeactivated(secondAdmin.actor, adminUser.id, false);

    await changeRole(admin, m.id, "SECRETARIAT");
    const roles = await db().membership.findMany({ where: { userId: adminUser.id }, orderBy: { createdAt: "asc" } });
    expect(roles.map((r) => [r.role, r.deletedAt === null])).toEqual([
      ["ADMIN", false],
      ["SECRETARIAT", true],
    ]);
  });

  it("no one deactivates themselves", async () => {
    const { admin } = await committeeWithAdmin();
    await expect(setDeactivated(admin, admin.id, true)).rejects.toMatchObject({
      messageKey: "people.cannotDeactivateSelf",
    });
  });

  it("only an installation admin sets the flag, and the last one cannot lose it", async () => {
    const { committee, admin } = await committeeWithAdmin();
    const { user: person } = await createUser({ roles: [{ committeeId: committee.id, role: "MEMBER" }] });
    await expect(setInstallationAdmin(admin, person.id, true)).rejects.toThrow(/forbidden/);

    // Only this committee's admin is an installation admin here: the others are set aside for the test.
    const others = await db().user.findMany({ where: { installationAdmin: true }, select: { id: true } });
    await db().user.updateMany({ where: { installationAdmin: true }, data: { installationAdmin: false } });
    try {
      await db().user.update({ where: { id: admin.id }, data: { installationAdmin: true } });
      const installer = (await loadActor({ id: admin.id }))!;
      await expect(setInstallationAdmin(installer, admin.id, false)).rejects.toMatchObject({
        messageKey: "people.lastInstallationAdmin",
      });
      await setInstallationAdmin(installer, person.id, true);
      await setInstallationAdmin(installer, admin.id, false);
      expect((await db().user.findUniqueOrThrow({ where: { id: admin.id } })).installationAdmin).toBe(false);
    } finally {
      await db().user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { installationAdmin: true } });
    }
  });
});

describe("deactivation", { timeout: 120_000 }, () => {
  it("ends every session at once, the session and actor are refused; reactivation lets them in again", async () => {
    const { committee, admin } = await committeeWithAdmin();
    const { user } = await createUser({ password, roles: [{ committeeId: committee.id, role: "MEMBER" }] });
    const login = () => checkCredentials({ email: user.email, password, address: "192.0.2.30", userAgent: "vitest" });
    const first = await login();
    const second = await login();
    if (!first.ok || !second.ok) throw new Error("login failed");
    expect(await touchSession(first.sessionId, user.id)).toBe(true);

    await setDeactivated(admin, user.id, true);
    expect(await touchSession(first.sessionId, user.id)).toBe(false);
    expect(await touchSession(second.sessionId, user.id)).toBe(false);
    expect(await loadActor({ id: user.id })).toBeNull();
    expect(await login()).toEqual({ ok: false, reason: "invalid" });
    expect(await db().auditEntry.count({ where: { action: "user.deactivated", entityId: user.id } })).toBe(1);

    await setDeactivated(admin, user.id, false);
    expect(await login()).toMatchObject({ ok: true });
  });

  it("an admin ends one session of a person, and the person page lists it as ended", async () => {
    const { committee, admin } = await committeeWithAdmin();
    const { user } = await createUser({ password, roles: [{ committeeId: committee.id, role: "MEMBER" }] });
    const r = await checkCredentials({ email: user.email, password, address: "192.0.2.31", userAgent: "vitest" });
    if (!r.ok) throw new Error("login failed");
    expect((await getPersonPage(admin, user.id))!.person.sessions[0]).toMatchObject({
      live: true,
      address: "192.0.2.31",
    });
    await endSessionAsAdmin(admin, user.id, r.sessionId);
    expect(await touchSession(r.sessionId, user.id)).toBe(false);
    expect((await getPersonPage(admin, user.id))!.person.sessions[0]!.live).toBe(false);
  });
});
