import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { UserError, ValidationError } from "@/lib/actions/errors";
import { addCallItems, addFreeItem, addProjectItem } from "@/lib/meetings/item-mutations";
import { sendAgenda } from "@/lib/meetings/mutations";
import { getMeetingPage } from "@/lib/meetings/queries";
import {
  agendaFixture,
  liveItems,
  meetingVersion,
  newMeeting as newMeetingOf,
  type AgendaFixture,
} from "@/tests/factories/meetings";

// Creating a meeting (the invited, the standing items) and building its agenda from a call's recommendations,
// a project awaiting approval and free items; late items. meetings-agenda-changes.test.ts has the rest.

let f: AgendaFixture;
const newMeeting = (over: Record<string, unknown> = {}) => newMeetingOf(f, over);

beforeAll(async () => {
  f = await agendaFixture();
}, 60_000);

describe("a new meeting", () => {
  it("invites the active members with their titles, and opens and closes with the standing items", async () => {
    const id = await newMeeting();
    const attendees = await db().meetingAttendee.findMany({ where: { meetingId: id }, orderBy: { name: "asc" } });
    expect(attendees).toHaveLength(2);
    expect(attendees.every((a) => a.attendance === "INVITED" && !a.voting)).toBe(true);
    expect(attendees.find((a) => a.userId === f.chairId)?.title).toBe("formand");
    expect((await liveItems(id)).map((i) => [i.title, i.kind])).toEqual([
      ["Godkendelse af dagsorden", "DECISION"],
      ["Godkendelse af referat fra sidste møde", "DECISION"],
      ["Meddelelser", "INFORMATION"],
      ["Eventuelt", "DISCUSSION"],
    ]);
    const meeting = await db().meeting.findUniqueOrThrow({ where: { id } });
    // 18:00 in Copenhagen in March is 17:00 UTC; the end the same evening.
    expect(meeting.startsAt.toISOString()).toBe("2030-03-11T17:00:00.000Z");
    expect(meeting.endsAt?.toISOString()).toBe("2030-03-11T20:00:00.000Z");
    expect(await db().auditEntry.count({ where: { entityId: id, action: "meeting.create" } })).toBe(1);
  });

  it("of a working group invites the group's live members", async () => {
    const group = await db().workingGroup.create({
      data: { committeeId: f.committeeId, name: `Gruppe ${Date.now()}`, members: { create: [{ userId: f.chairId }] } },
    });
    const id = await newMeeting({ kind: "WORKING_GROUP", workingGroupId: group.id });
    const attendees = await db().meetingAttendee.findMany({ where: { meetingId: id } });
    expect(attendees.map((a) => [a.userId, a.title])).toEqual([[f.chairId, "formand"]]);
  });
});

describe("building the agenda", () => {
  it("puts one item per recommended, undecided application before the closing items, prefilled", async () => {
    const id = await newMeeting();
    expect(
      await addCallItems(f.secretariat, { meetingId: id, callId: f.call.id, mode: "EACH", lateReason: "" }),
    ).toEqual({
      added: 2,
    });
    const list = await liveItems(id);
    expect(list.map((i) => i.applicationId ?? i.title)).toEqual([
      "Godkendelse af dagsorden",
      "Godkendelse af referat fra sidste møde",
      f.apps[0]!.id,
      f.apps[1]!.id,
      "Meddelelser",
      "Eventuelt",
    ]);
    expect(list[2]!.body).toContain("Ansøgt beløb: 10.000 kr.");
    expect(list[2]!.body).toContain("Mål i bydelsplanen: 1.2 Fællesskaber.");
    expect(list[2]!.recommendation).toBe("Arbejdsgruppen indstiller, at lokaludvalget bevilger op til 8.000 kr.");
    expect(list[3]!.recommendation).toBe("Arbejdsgruppen indstiller, at lokaludvalget giver afslag.");
    // The same case is not added twice.
    await expect(
      addCallItems(f.secretariat, { meetingId: id, callId: f.call.id, mode: "EACH", lateReason: "" }),
    ).rejects.toMatchObject({ fieldErrors: { callId: "meetings.errors.nothingToAdd" } });
    // The ruled-out f.member leaves the room for the case they are ruled out of, and only for it.
    const page = (await getMeetingPage(f.secretariat, id))!;
    expect(page.items[3]!.conflicts).toEqual([f.ruledOutName]);
    expect(page.items[2]!.conflicts).toEqual([]);
  });

  it("puts the whole round on as one item listing its applications", async () => {
    const id = await newMeeting();
    await addCallItems(f.secretariat, { meetingId: id, callId: f.call.id, mode: "ROUND", lateReason: "" });
    const round = (await liveItems(id)).find((i) => i.callId === f.call.id)!;
    expect(round.applicationId).toBeNull();
    expect(round.body).toMatch(/^Runden omfatter 2 ansøgninger:/);
    expect(round.body).toContain("Ansøgning 1");
    expect(round.body).not.toContain("Ansøgning 4");
    expect(round.recommendation).toContain("giver afslag");
    await expect(
      addCallItems(f.secretariat, { meetingId: id, callId: f.call.id, mode: "ROUND", lateReason: "" }),
    ).rejects.toBeInstanceOf(ValidationError);
    const page = (await getMeetingPage(f.secretariat, id))!;
    expect(page.items.find((i) => i.id === round.id)!.conflicts).toEqual([f.ruledOutName]);
  });

  it("puts a project awaiting approval on with its budget total, once", async () => {
    const id = await newMeeting();
    await addProjectItem(f.secretariat, { meetingId: id, projectId: f.projectId, lateReason: "" });
    const item = (await liveItems(id)).find((i) => i.projectId === f.projectId)!;
    expect(item.body).toContain("Formål: At samle boligområderne");
    expect(item.body).toContain("Budget i alt: 27.500 kr.");
    expect(item.recommendation).toBe(
      "Arbejdsgruppen indstiller, at lokaludvalget godkender projektet med op til 27.500 kr.",
    );
    await expect(
      addProjectItem(f.secretariat, { meetingId: id, projectId: f.projectId, lateReason: "" }),
    ).rejects.toMatchObject({
      fieldErrors: { projectId: "meetings.errors.alreadyOnAgenda" },
    });
  });

  it("asks why an item comes after the agenda went out, and refuses one after the minutes are approved", async () => {
    const id = await newMeeting();
    const free = {
      meetingId: id,
      title: "Budgetopfølgning",
      kind: "INFORMATION" as const,
      body: "",
      recommendation: "",
    };
    await sendAgenda(f.secretariat, { meetingId: id, version: await meetingVersion(id) });
    await expect(addFreeItem(f.secretariat, { ...free, lateReason: "" })).rejects.toMatchObject({
      fieldErrors: { lateReason: "meetings.errors.lateReasonRequired" },
    });
    await addFreeItem(f.secretariat, { ...free, lateReason: "Tallene kom efter udsendelsen" });
    expect((await liveItems(id)).find((i) => i.title === "Budgetopfølgning")?.addedLateReason).toBe(
      "Tallene kom efter udsendelsen",
    );
    const past = await newMeeting({ startsAt: "2020-01-15T18:00" });
    await expect(addFreeItem(f.secretariat, { ...free, meetingId: past, lateReason: "" })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await db().meeting.update({ where: { id }, data: { status: "MINUTES_APPROVED" } });
    await expect(addFreeItem(f.secretariat, { ...free, lateReason: "For sent" })).rejects.toBeInstanceOf(UserError);
  });
});
