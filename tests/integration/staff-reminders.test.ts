import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runReminders } from "@/lib/jobs/run";
import { monthBounds } from "@/lib/jobs/model";
import { createCallWithApplications, createCommittee, createUser } from "@/tests/factories";

const dayMs = 86_400_000;
const mailsTo = (email: string, kind: string) =>
  db().emailMessage.findMany({ where: { toAddress: email, kind }, select: { subject: true, body: true } });

describe("the scoring deadline reminder", () => {
  let m1: string;
  let m2: string;
  let other: string;

  beforeAll(async () => {
    const committee = await createCommittee();
    const { call, applications } = await createCallWithApplications(committee.id, 2);
    const [a1, a2] = [applications[0]!, applications[1]!];
    await db().call.update({ where: { id: call.id }, data: { scoringDeadline: new Date(Date.now() + 2 * dayMs) } });
    const member = () => createUser({ roles: [{ committeeId: committee.id, role: "MEMBER" }] });
    const [u1, u2, u3] = await Promise.all([member(), member(), member()]);
    [m1, m2, other] = [u1.user.email, u2.user.email, u3.user.email];
    for (const u of [u1, u2])
      for (const a of [a1, a2])
        await db().reviewAssignment.create({ data: { applicationId: a.id, userId: u.user.id } });
    // u1 is ruled out of a1 by a conflict; u2 has scored a2; u3 has no assignments.
    await db().conflictDeclaration.create({
      data: {
        applicationId: a1.id,
        userId: u1.user.id,
        ground: "FAMILY",
        description: "Min søster",
        declaredById: u1.user.id,
        excluded: true,
      },
    });
    await db().scoreSheet.create({ data: { applicationId: a2.id, userId: u2.user.id, submittedAt: new Date() } });
  });

  it("counts only assigned, unscored cases the member is not ruled out of, and is sent once", async () => {
    expect((await runReminders("scoring")).sent).toBe(2);
    expect((await runReminders("scoring")).sent).toBe(0);
    const [first] = await mailsTo(m1, "reminder:scoring-deadline");
    const [second] = await mailsTo(m2, "reminder:scoring-deadline");
    expect(first!.body).toContain("1 ansøgning ");
    expect(second!.body).toContain("1 ansøgning ");
    expect(await mailsTo(other, "reminder:scoring-deadline")).toEqual([]);
  });
});

describe("the month's portrait reminder", () => {
  it("reminds the secretariat of a committee without the month's portrait once, and no one else", async () => {
    const due = await createCommittee();
    const done = await createCommittee();
    await db().committee.updateMany({ where: { id: { in: [due.id, done.id] } }, data: { portraitDueDay: 1 } });
    const staff = await createUser({ roles: [{ committeeId: due.id, role: "SECRETARIAT" }] });
    const member = await createUser({ roles: [{ committeeId: due.id, role: "MEMBER" }] });
    const otherStaff = await createUser({ roles: [{ committeeId: done.id, role: "SECRETARIAT" }] });
    await db().portrait.create({
      data: {
        committeeId: done.id,
        slug: `portraet-${done.id}`,
        title: "Månedens portræt",
        body: "Tekst",
        month: monthBounds(new Date()).start,
      },
    });
    const first = await runReminders("portrait");
    expect((await runReminders("portrait")).sent).toBe(0);
    expect(first.sent).toBe(1);
    expect(await mailsTo(staff.user.email, "reminder:portrait-due")).toHaveLength(1);
    expect(await mailsTo(member.user.email, "reminder:portrait-due")).toHaveLength(0);
    expect(await mailsTo(otherStaff.user.email, "reminder:portrait-due")).toHaveLength(0);
  });
});
