import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { visibleApplicationsWhere } from "@/lib/calls/queries";
import { listOutbox } from "@/lib/applications/queries";
import { createCallWithApplications, createCommittee, createUser } from "@/tests/factories";

describe("conflict of interest at the query level", () => {
  it("a member ruled out never gets the application back; one merely declared still does", async () => {
    const committee = await createCommittee();
    const { actor: member } = await createUser({ roles: [{ committeeId: committee.id, role: "MEMBER" }] });
    const { actor: other } = await createUser({ roles: [{ committeeId: committee.id, role: "MEMBER" }] });
    const { applications } = await createCallWithApplications(committee.id, 3);
    const [ruledOut, pending] = applications;
    await db().conflictDeclaration.create({
      data: {
        applicationId: ruledOut!.id,
        userId: member.id,
        ground: "LEADING_ROLE",
        description: "formand",
        declaredById: member.id,
        excluded: true,
        ruledAt: new Date(),
      },
    });
    await db().conflictDeclaration.create({
      data: {
        applicationId: pending!.id,
        userId: member.id,
        ground: "FAMILY",
        description: "søster",
        declaredById: member.id,
      },
    });

    const seen = await db().application.findMany({
      where: visibleApplicationsWhere(member, [committee.id]),
      select: { id: true },
    });
    expect(seen.map((a) => a.id).sort()).toEqual([applications[1]!.id, applications[2]!.id].sort());
    const direct = await db().application.findFirst({
      where: { ...visibleApplicationsWhere(member, [committee.id]), id: ruledOut!.id },
    });
    expect(direct).toBeNull();
    const seenByOther = await db().application.count({ where: visibleApplicationsWhere(other, [committee.id]) });
    expect(seenByOther).toBe(3);
  });

  // forvaltningsloven § 3 binds officials as well as members (before, staff were exempt).
  it("an official ruled out of an application no longer gets it back; a colleague still does", async () => {
    const committee = await createCommittee();
    const { actor: secretariat } = await createUser({ roles: [{ committeeId: committee.id, role: "SECRETARIAT" }] });
    const { applications } = await createCallWithApplications(committee.id, 2);
    const { actor: colleague } = await createUser({ roles: [{ committeeId: committee.id, role: "SECRETARIAT" }] });
    await db().conflictDeclaration.create({
      data: {
        applicationId: applications[0]!.id,
        userId: secretariat.id,
        ground: "OTHER_DOUBT",
        description: "x",
        declaredById: secretariat.id,
        excluded: true,
      },
    });
    expect(await db().application.count({ where: visibleApplicationsWhere(secretariat, [committee.id]) })).toBe(1);
    expect(await db().application.count({ where: visibleApplicationsWhere(colleague, [committee.id]) })).toBe(2);
    // Nor the mail about it in the outbox (a grant letter's amount, a reminder's request); mail about no
    // application, and about the other application, still shows.
    const mail = (applicationId: string | null, subject: string) =>
      db().emailMessage.create({
        data: { toAddress: "a@example.dk", subject, body: subject, kind: "test", applicationId },
      });
    await mail(applications[0]!.id, "Tilsagn til den inhabile sag");
    await mail(applications[1]!.id, "Tilsagn til den anden sag");
    await mail(null, "Lås kontoen op");
    const subjects = async (actor: typeof secretariat) => (await listOutbox(actor, 500)).map((m) => m.subject);
    expect(await subjects(secretariat)).not.toContain("Tilsagn til den inhabile sag");
    expect(await subjects(secretariat)).toEqual(
      expect.arrayContaining(["Tilsagn til den anden sag", "Lås kontoen op"]),
    );
    expect(await subjects(colleague)).toContain("Tilsagn til den inhabile sag");
  });

  it("nobody sees another committee's applications", async () => {
    const mine = await createCommittee();
    const theirs = await createCommittee();
    const { actor } = await createUser({ roles: [{ committeeId: mine.id, role: "SECRETARIAT" }] });
    await createCallWithApplications(theirs.id, 2);
    expect(await db().application.count({ where: visibleApplicationsWhere(actor, [mine.id]) })).toBe(0);
  });
});
