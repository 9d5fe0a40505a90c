import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getCaseFile } from "@/lib/decisions/queries";
import { getCaseMeetings, getLivePage } from "@/lib/meetings/live-queries";
import { createCommittee, createUser } from "@/tests/factories";
import { setting } from "./meeting-live-helpers";

const now = new Date("2026-11-30T19:00:00Z");

describe("reading meeting mode and the case's meetings", () => {
  it("shows the items, who is out of the room, and hides a case from the official ruled out of it", async () => {
    const s = await setting();
    const app = s.applications[1]!;
    const { actor: official } = await createUser({ roles: [{ committeeId: s.committee.id, role: "SECRETARIAT" }] });
    await db().conflictDeclaration.create({
      data: {
        applicationId: app.id,
        userId: official.id,
        ground: "FAMILY",
        declaredById: official.id,
        description: "Bror",
        excluded: true,
        ruledAt: now,
      },
    });
    const page = (await getLivePage(s.secretariat, s.meeting.id))!;
    expect(page.items.map((i) => i.title)).toEqual(["Ansøgning 1", "Puljerunden", "Eventuelt"]);
    const round = page.items[1]!;
    expect(round.cases.map((c) => c.id)).toEqual([s.applications[1]!.id, s.applications[2]!.id]);
    expect(round.outOfRoom.map((o) => o.name)).toEqual([`Bruger ${official.email}`]);
    const seen = (await getLivePage(official, s.meeting.id))!;
    expect(seen.items[1]!.cases.map((c) => c.id)).toEqual([s.applications[2]!.id]);
    const other = await createCommittee();
    const { actor: stranger } = await createUser({ roles: [{ committeeId: other.id, role: "SECRETARIAT" }] });
    expect(await getLivePage(stranger, s.meeting.id)).toBeNull();
    expect((await getCaseMeetings(s.secretariat, { applicationId: s.applications[0]!.id })).map((m) => m.id)).toEqual([
      s.meeting.id,
    ]);
  });

  it("tells the case file to decide at a meeting on a plenary call, and offers the form under delegation", async () => {
    const s = await setting();
    const app = s.applications[0]!;
    expect((await getCaseFile(s.secretariat, s.call.id, app.id))!.can).toMatchObject({
      decide: false,
      decideAtMeeting: true,
    });
    await db().call.update({ where: { id: s.call.id }, data: { decidedBy: "SECRETARIAT" } });
    expect((await getCaseFile(s.secretariat, s.call.id, app.id))!.can).toMatchObject({
      decide: true,
      decideAtMeeting: false,
    });
  });
});
