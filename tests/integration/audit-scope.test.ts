import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { listAuditEntries } from "@/lib/platform/queries";
import { createCommittee, createUser } from "@/tests/factories";

describe("the audit log an admin reads is that of their own committees", () => {
  it("shows an admin their committees' rows and their users' logins, nothing of another committee", async () => {
    const [own, other] = [await createCommittee(), await createCommittee()];
    const { actor: admin } = await createUser({
      roles: [
        { committeeId: own.id, role: "ADMIN" },
        { committeeId: other.id, role: "MEMBER" },
      ],
    });
    const { user: ownMember } = await createUser({ roles: [{ committeeId: own.id, role: "MEMBER" }] });
    const { user: otherMember } = await createUser({ roles: [{ committeeId: other.id, role: "SECRETARIAT" }] });
    const row = (
      action: string,
      committeeId: string | null,
      user: { id: string; email: string },
      actorId: string | null = user.id,
    ) => audit(db(), { actorId, actorLabel: user.email, action, entityType: "User", entityId: user.id, committeeId });
    await row("own.change", own.id, ownMember);
    await row("other.change", other.id, otherMember);
    await row("login", null, ownMember);
    await row("login.failed", null, ownMember, null);
    await row("login", null, otherMember);
    await row("login.failed", null, otherMember, null);
    // Done by a user of the admin's committee, but about a user of another one.
    await audit(db(), {
      actorId: ownMember.id,
      actorLabel: ownMember.email,
      action: "user.unlock",
      entityType: "User",
      entityId: otherMember.id,
    });
    await audit(db(), {
      actorId: ownMember.id,
      actorLabel: ownMember.email,
      action: "session.logout",
      entityType: "Session",
      entityId: "s1",
    });

    const seen = (await listAuditEntries(admin, 1000)).map((e) => `${e.action} ${e.entityId}`);
    expect(seen).toEqual(
      expect.arrayContaining([
        `own.change ${ownMember.id}`,
        `login ${ownMember.id}`,
        `login.failed ${ownMember.id}`,
        "session.logout s1",
      ]),
    );
    expect(seen.filter((s) => s.endsWith(otherMember.id))).toEqual([]);
  });

  it("shows nothing to someone who may not read the audit log", async () => {
    const committee = await createCommittee();
    const { actor: member, user } = await createUser({ roles: [{ committeeId: committee.id, role: "SECRETARIAT" }] });
    await audit(db(), {
      actorId: user.id,
      actorLabel: user.email,
      action: "login",
      entityType: "User",
      entityId: user.id,
    });
    expect(await listAuditEntries(member)).toEqual([]);
  });

  it("keeps whose data was exported (GDPR) from committee admins; installation admins read it", async () => {
    const committee = await createCommittee();
    const { actor: admin } = await createUser({ roles: [{ committeeId: committee.id, role: "ADMIN" }] });
    const { user: exporter } = await createUser({ roles: [{ committeeId: committee.id, role: "ADMIN" }] });
    await db().user.update({ where: { id: exporter.id }, data: { installationAdmin: true } });
    await audit(db(), {
      actorId: exporter.id,
      actorLabel: exporter.email,
      action: "privacy.export",
      entityType: "Person",
      entityId: "borger@example.dk",
    });
    const seenBy = async (actor: typeof admin) =>
      (await listAuditEntries(actor, 1000)).filter((e) => e.action === "privacy.export").map((e) => e.entityId);
    expect(await seenBy(admin)).toEqual([]);
    expect(await seenBy({ ...admin, installationAdmin: true })).toEqual(["borger@example.dk"]);
  });
});
