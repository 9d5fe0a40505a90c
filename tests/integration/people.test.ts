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
  resetSecondFactor,
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

describe("a person who also belongs to another committee", { timeout: 120_000 }, () => {
  // Inviting an existing account into A must not hand A's admin the person's whole account (found in review).
  it("A's admin, having invited B's admin into A, cannot deactivate them, end their sessions or see them", async () => {
    const a = await committeeWithAdmin();
    const b = await committeeWithAdmin();
    const { user: second } = await createUser({ password, roles: [{ committeeId: b.committee.id, role: "ADMIN" }] });
    await checkCredentials({ email: second.email, password, address: "192.0.2.61" });
    const session = await db().userSession.findFirstOrThrow({ where: { userId: second.id, endedAt: null } });

    await inviteUser(a.admin, invite(a.committee.id, second.email));
    await expect(setDeactivated(a.admin, second.id, true)).rejects.toMatchObject({
      messageKey: "people.otherCommittees",
    });
    await expect(endSessionAsAdmin(a.admin, second.id, session.id)).rejects.toMatchObject({
      messageKey: "people.otherCommittees",
    });
    const page = await getPersonPage(a.admin, second.id);
    expect(page?.person.sessions).toEqual([]);
    expect(page?.canActOnAccount).toBe(false);
    expect((await db().user.findUniqueOrThrow({ where: { id: second.id } })).disabledAt).toBeNull();
    expect((await db().userSession.findUniqueOrThrow({ where: { id: session.id } })).endedAt).toBeNull();

    // B's own admin, who manages every committee the person is in... is not A's: still refused. An installation
    // admin may.
    await expect(setDeactivated(b.admin, second.id, true)).rejects.toMatchObject({
      messageKey: "people.otherCommittees",
    });
    const { user: top } = await createUser({ password, roles: [{ committeeId: a.committee.id, role: "ADMIN" }] });
    await db().user.update({ where: { id: top.id }, data: { installationAdmin: true } });
    const installationAdmin = (await loadActor({ id: top.id }))!;
    await setDeactivated(installationAdmin, second.id, true);
    expect((await db().userSession.findUniqueOrThrow({ where: { id: session.id } })).endedAt).not.toBeNull();
  });

  it("a committee admin cannot deactivate an installation admin", async () => {
    const a = await committeeWithAdmin();
    const { user: top } = await createUser({ password, roles: [{ committeeId: a.committee.id, role: "MEMBER" }] });
    await db().user.update({ where: { id: top.id }, data: { installationAdmin: true } });
    await expect(setDeactivated(a.admin, top.id, true)).rejects.toMatchObject({
      messageKey: "people.otherCommittees",
    });
  });
});

describe("a lost second factor", { timeout: 120_000 }, () => {
  it("is cleared by the admin of the person's committee; the person's sessions end; not one's own", async () => {
    const { committee, admin } = await committeeWithAdmin();
    const { user } = await createUser({ password, roles: [{ committeeId: committee.id, role: "SECRETARIAT" }] });
    await db().user.update({ where: { id: user.id }, data: { totpSecret: "v1.x", totpEnabledAt: new Date() } });
    await db().recoveryCode.create({ data: { userId: user.id, codeHash: "h" } });
    const session = await db().userSession.create({ data: { userId: user.id } });
    await expect(resetSecondFactor(admin, admin.id)).rejects.toMatchObject({
      messageKey: "people.resetOwnSecondFactor",
    });
    const other = await committeeWithAdmin();
    await expect(resetSecondFactor(other.admin, user.id)).rejects.toThrow();

    await resetSecondFactor(admin, user.id);
    const after = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect([after.totpSecret, after.totpEnabledAt]).toEqual([null, null]);
    expect(await db().recoveryCode.count({ where: { userId: user.id } })).toBe(0);
    expect((await db().userSession.findUniqueOrThrow({ where: { id: session.id } })).endedAt).not.toBeNull();
    expect(await db().auditEntry.count({ where: { action: "totp.resetByAdmin", entityId: user.id } })).toBe(1);
  });
});

describe("roles and the last administrator", { timeout: 120_000 }, () => {
  it("the last ADMIN cannot be removed, demoted or deactivated; with a second one they can", async () => {
    const { committee, admin, adminUser } = await committeeWithAdmin();
    const m = await db().membership.findFirstOrThrow({ where: { userId: adminUser.id } });
    const refusal = { messageKey: "people.lastAdmin" };
    await expect(endMembership(admin, m.id)).rejects.toMatchObject(refusal);
    await expect(changeRole(admin, m.id, "MEMBER")).rejects.toMatchObject(refusal);

    // The other administrator must be able to log in (a pending invitation does not count).
    const secondAdmin = await createUser({ password, roles: [{ committeeId: committee.id, role: "ADMIN" }] });
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

  it("an admin whose invitation is pending is not the other administrator (found in review)", async () => {
    const { committee, admin } = await committeeWithAdmin();
    await inviteUser(admin, invite(committee.id, `venter-${Date.now()}@example.dk`, "ADMIN"));
    const own = await db().membership.findFirstOrThrow({ where: { userId: admin.id, committeeId: committee.id } });
    await expect(endMembership(admin, own.id)).rejects.toMatchObject({ messageKey: "people.lastAdmin" });
  });

  it("no one deactivates themselves", async () => {
    const { admin } = await committeeWithAdmin();
    await expect(setDeactivated(admin, admin.id, true)).rejects.toMatchObject({
      messageKey: "people.cannotDeactivateSelf",
    });
  });

  it("only an installation admin sets the flag, and the last one cannot lose it", async () => {
    const { committee, admin } = await committeeWithAdmin();
    const { user: person } = await createUser({ password, roles: [{ committeeId: committee.id, role: "MEMBER" }] });
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
