import { beforeAll, describe, expect, it } from "vitest";
import { extractText, getDocumentProxy } from "unpdf";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/auth/permissions";
import { ConflictError, NotFoundError } from "@/lib/actions/errors";
import { translatorFor } from "@/lib/i18n/translator";
import { agendaPdf } from "@/lib/meetings/agenda-pdf";
import { addCallItems, addFreeItem, moveAgendaItem, removeItem, updateItem } from "@/lib/meetings/item-mutations";
import { createMeeting, saveAttendance, sendAgenda, updateMeeting } from "@/lib/meetings/mutations";
import { getAgendaPdf, getMeetingPage, getMeetingsPage } from "@/lib/meetings/queries";
import {
  agendaFixture,
  liveItems,
  meetingInput as meetingInputOf,
  meetingVersion,
  newMeeting as newMeetingOf,
  type AgendaFixture,
} from "@/tests/factories/meetings";

// Changing the agenda (reorder, edit, remove, attendance), sending it, who may read and write, and the PDF.

let f: AgendaFixture;
const newMeeting = (over: Record<string, unknown> = {}) => newMeetingOf(f, over);
const meetingInput = (over: Record<string, unknown> = {}) => meetingInputOf(f.committeeId, over);

beforeAll(async () => {
  f = await agendaFixture();
}, 60_000);

describe("changing the agenda", () => {
  it("moves an item one step, and gives a stale view a conflict instead of a silent reorder", async () => {
    const id = await newMeeting();
    const before = await liveItems(id);
    const order = before.map((i) => i.id).join(",");
    await moveAgendaItem(f.secretariat, { itemId: before[1]!.id, direction: "up", order });
    const after = await liveItems(id);
    expect(after.map((i) => i.id)).toEqual([before[1]!.id, before[0]!.id, before[2]!.id, before[3]!.id]);
    expect(after.map((i) => i.position)).toEqual([1, 2, 3, 4]);
    await expect(
      moveAgendaItem(f.secretariat, { itemId: before[2]!.id, direction: "down", order }),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it("edits an item at the version seen; a second tab gets a conflict; removal is soft", async () => {
    const id = await newMeeting();
    const [first] = await liveItems(id);
    const edit = { itemId: first!.id, version: first!.version, title: "Dagsorden", kind: "DECISION" as const };
    await updateItem(f.secretariat, { ...edit, body: "Ny tekst", recommendation: "" });
    await expect(
      updateItem(f.secretariat, { ...edit, body: "Gammel fane", recommendation: "" }),
    ).rejects.toBeInstanceOf(ConflictError);
    await removeItem(f.secretariat, { itemId: first!.id, version: first!.version + 1 });
    expect((await db().agendaItem.findUniqueOrThrow({ where: { id: first!.id } })).deletedAt).not.toBeNull();
    await expect(updateMeeting(f.secretariat, meetingInput({ meetingId: id, version: 99 }))).rejects.toBeInstanceOf(
      ConflictError,
    );
  });

  it("keeps the meeting's head as it stood once the minutes are approved (review finding)", async () => {
    const id = await newMeeting();
    await db().meeting.update({ where: { id }, data: { status: "MINUTES_APPROVED" } });
    const version = (await db().meeting.findUniqueOrThrow({ where: { id } })).version;
    await expect(
      updateMeeting(f.secretariat, meetingInput({ meetingId: id, version, title: "Omdøbt efter godkendelsen" })),
    ).rejects.toMatchObject({ messageKey: "meetings.errors.closed" });
    expect((await db().meeting.findUniqueOrThrow({ where: { id } })).title).not.toBe("Omdøbt efter godkendelsen");
  });

  it("lets only a f.member present vote", async () => {
    const id = await newMeeting();
    const [a] = await db().meetingAttendee.findMany({ where: { meetingId: id } });
    const row = { attendeeId: a!.id, voting: true, substituteName: "", note: "" };
    await expect(
      saveAttendance(f.secretariat, {
        meetingId: id,
        version: await meetingVersion(id),
        attendees: [{ ...row, attendance: "ABSENT_WITH_NOTICE" }],
      }),
    ).rejects.toMatchObject({ fieldErrors: { "attendees.0.voting": "meetings.errors.absentCannotVote" } });
    await saveAttendance(f.secretariat, {
      meetingId: id,
      version: await meetingVersion(id),
      attendees: [{ ...row, attendance: "PRESENT", note: "Gik kl. 20.25 (pkt. 5)" }],
    });
    expect(await db().meetingAttendee.findUniqueOrThrow({ where: { id: a!.id } })).toMatchObject({
      attendance: "PRESENT",
      voting: true,
      note: "Gik kl. 20.25 (pkt. 5)",
    });
  });
});

describe("sending the agenda", () => {
  it("queues one mail per invited attendee with the items and a link, and marks the agenda sent", async () => {
    const id = await newMeeting();
    expect(await sendAgenda(f.secretariat, { meetingId: id, version: await meetingVersion(id) })).toEqual({ sent: 2 });
    const mails = await db().emailMessage.findMany({ where: { kind: "meeting.agenda", body: { contains: id } } });
    expect(mails).toHaveLength(2);
    expect(mails[0]!.subject).toContain("Dagsorden: Lokaludvalgsmøde marts 2030");
    expect(mails[0]!.body).toContain("1. Godkendelse af dagsorden");
    expect(mails[0]!.body).toContain(`/meetings/${id}`);
    expect(mails[0]!.body).toContain("Nørrebro Bibliotek");
    const meeting = await db().meeting.findUniqueOrThrow({ where: { id } });
    expect(meeting.status).toBe("AGENDA_SENT");
    expect(meeting.agendaSentAt).not.toBeNull();
    // Again, after a late item: it goes out once more.
    await sendAgenda(f.secretariat, { meetingId: id, version: meeting.version });
    expect(await db().emailMessage.count({ where: { kind: "meeting.agenda", body: { contains: id } } })).toBe(4);
  });
});

describe("who may read and write", () => {
  it("a f.member of the committee reads the meeting but cannot change it", async () => {
    const id = await newMeeting();
    const page = await getMeetingPage(f.member, id);
    expect(page?.canManage).toBe(false);
    expect(page?.calls).toEqual([]);
    expect((await getMeetingsPage(f.member)).upcoming.some((m) => m.id === id)).toBe(true);
    const free = { meetingId: id, title: "Mit punkt", kind: "DISCUSSION" as const, body: "", recommendation: "" };
    await expect(addFreeItem(f.member, { ...free, lateReason: "" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(sendAgenda(f.member, { meetingId: id, version: 1 })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("another committee's f.secretariat finds neither the meeting nor a way to change it", async () => {
    const id = await newMeeting();
    expect(await getMeetingPage(f.otherSecretariat, id)).toBeNull();
    expect(await getAgendaPdf(f.otherSecretariat, id)).toBeNull();
    expect((await getMeetingsPage(f.otherSecretariat)).upcoming.some((m) => m.id === id)).toBe(false);
    await expect(updateMeeting(f.otherSecretariat, meetingInput({ meetingId: id, version: 1 }))).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(createMeeting(f.otherSecretariat, meetingInput())).rejects.toBeInstanceOf(ForbiddenError);
    const [item] = await liveItems(id);
    await expect(removeItem(f.otherSecretariat, { itemId: item!.id, version: 1 })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});

describe("the agenda as a PDF, read back as text", () => {
  it("prints the committee, head, invited, and each item with its case, recommendation, conflicts", async () => {
    const id = await newMeeting();
    await addCallItems(f.secretariat, { meetingId: id, callId: f.call.id, mode: "EACH", lateReason: "" });
    const agenda = (await getAgendaPdf(f.secretariat, id))!;
    const pdf = await agendaPdf(agenda.print, translatorFor("da"), "da", agenda.logo);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const { text: raw } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    const text = raw.replace(/\s+/g, " ");
    const committee = await db().committee.findUniqueOrThrow({ where: { id: f.committeeId } });
    const inOrder = [
      committee.name.toUpperCase(),
      "Dagsorden",
      "Dato: 11. marts 2030",
      "Tidspunkt: kl. 18.00–21.00",
      "Sted: Nørrebro Bibliotek",
      "Inviterede",
      "1. Godkendelse af dagsorden",
      "3. Ansøgning 1",
      "Sagsfremstilling",
      "Indstilling",
      `${f.ruledOutName} forlader lokalet under dette punkt (inhabil)`,
      "6. Eventuelt",
    ];
    const at = inOrder.map((s) => text.indexOf(s));
    expect(
      at.every((p) => p >= 0),
      JSON.stringify(inOrder.filter((_, i) => at[i]! < 0)),
    ).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });
});
