import { beforeAll, describe, expect, it } from "vitest";
import { extractText, getDocumentProxy } from "unpdf";
import { db } from "@/lib/db";
import { ForbiddenError, type Actor } from "@/lib/auth/permissions";
import { ConflictError, NotFoundError, UserError, ValidationError } from "@/lib/actions/errors";
import { translatorFor } from "@/lib/i18n/translator";
import { agendaPdf } from "@/lib/meetings/agenda-pdf";
import {
  addCallItems,
  addFreeItem,
  addProjectItem,
  moveAgendaItem,
  removeItem,
  updateItem,
} from "@/lib/meetings/item-mutations";
import { createMeeting, saveAttendance, sendAgenda, updateMeeting } from "@/lib/meetings/mutations";
import { getAgendaPdf, getMeetingPage, getMeetingsPage } from "@/lib/meetings/queries";
import { createCallWithApplications, createCommittee, createUser } from "@/tests/factories";

let committeeId: string;
let secretariat: Actor;
let member: Actor;
let otherSecretariat: Actor;
let chairId: string;
let ruledOutName: string;
let call: { id: string; title: string };
let apps: { id: string }[];
let projectId: string;

const future = "2030-03-11T18:00";
const meetingInput = (over: Record<string, unknown> = {}) => ({
  meetingId: "",
  version: 0,
  committeeId,
  title: "Lokaludvalgsmøde marts 2030",
  startsAt: future,
  endsAt: "21:00",
  venue: "Nørrebro Bibliotek",
  kind: "PLENARY" as const,
  workingGroupId: "",
  ...over,
});
const newMeeting = async (over: Record<string, unknown> = {}) =>
  (await createMeeting(secretariat, meetingInput(over))).id;
const items = (meetingId: string) =>
  db().agendaItem.findMany({ where: { meetingId, deletedAt: null }, orderBy: { position: "asc" } });
const meetingVersion = async (id: string) => (await db().meeting.findUniqueOrThrow({ where: { id } })).version;

beforeAll(async () => {
  const committee = await createCommittee();
  committeeId = committee.id;
  const other = await createCommittee();
  secretariat = (await createUser({ roles: [{ committeeId, role: "SECRETARIAT" }] })).actor;
  otherSecretariat = (await createUser({ roles: [{ committeeId: other.id, role: "SECRETARIAT" }] })).actor;
  const chair = await createUser({ roles: [{ committeeId, role: "MEMBER" }] });
  chairId = chair.user.id;
  member = chair.actor;
  await db().membership.updateMany({ where: { userId: chairId }, data: { title: "formand" } });
  const ruledOut = await createUser({ roles: [{ committeeId, role: "MEMBER" }] });
  ruledOutName = ruledOut.user.name;
  // A member who left the committee is not invited.
  const former = await createUser({ roles: [{ committeeId, role: "MEMBER" }] });
  await db().membership.updateMany({ where: { userId: former.user.id }, data: { deletedAt: new Date() } });

  const plan = await db().districtPlan.create({ data: { committeeId, title: "Bydelsplan" } });
  const goal = await db().planGoal.create({ data: { planId: plan.id, code: "1.2", title: "Fællesskaber" } });
  const made = await createCallWithApplications(committeeId, 4);
  call = made.call;
  apps = made.applications;
  await db().applicationPlanGoal.create({ data: { applicationId: apps[0]!.id, planGoalId: goal.id } });
  await db().recommendation.createMany({
    data: [
      { applicationId: apps[0]!.id, outcome: "PARTIAL_GRANT", amountOre: 800_000n, text: "Forplejning støttes ikke." },
      { applicationId: apps[1]!.id, outcome: "REFUSAL", text: "Uden for puljens formål." },
      { applicationId: apps[3]!.id, outcome: "GRANT", amountOre: 1_000_000n, text: "" },
    ],
  });
  // Application 4 is already decided (at another meeting): it is not put on the agenda again.
  await db().decision.create({
    data: { applicationId: apps[3]!.id, outcome: "GRANT", amountOre: 1_000_000n, decidedOn: new Date() },
  });
  await db().conflictDeclaration.create({
    data: {
      applicationId: apps[1]!.id,
      userId: ruledOut.user.id,
      ground: "PERSONAL_INTEREST",
      description: "Bestyrelsesmedlem",
      declaredById: ruledOut.user.id,
      excluded: true,
    },
  });
  const project = await db().project.create({
    data: {
      committeeId,
      slug: `p-${committeeId}`,
      title: "Fremtidens boligsociale indsats",
      purpose: "At samle boligområderne",
      status: "RECOMMENDED",
      budgetLines: {
        create: [
          { label: "Lokaler", amountOre: 1_500_000n },
          { label: "Forplejning", amountOre: 1_250_000n },
        ],
      },
      planGoals: { create: [{ planGoalId: goal.id }] },
    },
  });
  projectId = project.id;
}, 60_000);

describe("a new meeting", () => {
  it("invites the active members with their titles, and opens and closes with the standing items", async () => {
    const id = await newMeeting();
    const attendees = await db().meetingAttendee.findMany({ where: { meetingId: id }, orderBy: { name: "asc" } });
    expect(attendees).toHaveLength(2);
    expect(attendees.every((a) => a.attendance === "INVITED" && !a.voting)).toBe(true);
    expect(attendees.find((a) => a.userId === chairId)?.title).toBe("formand");
    expect((await items(id)).map((i) => [i.title, i.kind])).toEqual([
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
      data: { committeeId, name: `Gruppe ${Date.now()}`, members: { create: [{ userId: chairId }] } },
    });
    const id = await newMeeting({ kind: "WORKING_GROUP", workingGroupId: group.id });
    const attendees = await db().meetingAttendee.findMany({ where: { meetingId: id } });
    expect(attendees.map((a) => [a.userId, a.title])).toEqual([[chairId, "formand"]]);
  });
});

describe("building the agenda", () => {
  it("puts one item per recommended, undecided application before the closing items, prefilled", async () => {
    const id = await newMeeting();
    expect(await addCallItems(secretariat, { meetingId: id, callId: call.id, mode: "EACH", lateReason: "" })).toEqual({
      added: 2,
    });
    const list = await items(id);
    expect(list.map((i) => i.applicationId ?? i.title)).toEqual([
      "Godkendelse af dagsorden",
      "Godkendelse af referat fra sidste møde",
      apps[0]!.id,
      apps[1]!.id,
      "Meddelelser",
      "Eventuelt",
    ]);
    expect(list[2]!.body).toContain("Ansøgt beløb: 10.000 kr.");
    expect(list[2]!.body).toContain("Mål i bydelsplanen: 1.2 Fællesskaber.");
    expect(list[2]!.recommendation).toBe("Arbejdsgruppen indstiller, at lokaludvalget bevilger op til 8.000 kr.");
    expect(list[3]!.recommendation).toBe("Arbejdsgruppen indstiller, at lokaludvalget giver afslag.");
    // The same case is not added twice.
    await expect(
      addCallItems(secretariat, { meetingId: id, callId: call.id, mode: "EACH", lateReason: "" }),
    ).rejects.toMatchObject({ fieldErrors: { callId: "meetings.errors.nothingToAdd" } });
    // The ruled-out member leaves the room for the case they are ruled out of, and only for it.
    const page = (await getMeetingPage(secretariat, id))!;
    expect(page.items[3]!.conflicts).toEqual([ruledOutName]);
    expect(page.items[2]!.conflicts).toEqual([]);
  });

  it("puts the whole round on as one item listing its applications", async () => {
    const id = await newMeeting();
    await addCallItems(secretariat, { meetingId: id, callId: call.id, mode: "ROUND", lateReason: "" });
    const round = (await items(id)).find((i) => i.callId === call.id)!;
    expect(round.applicationId).toBeNull();
    expect(round.body).toMatch(/^Runden omfatter 2 ansøgninger:/);
    expect(round.body).toContain("Ansøgning 1");
    expect(round.body).not.toContain("Ansøgning 4");
    expect(round.recommendation).toContain("giver afslag");
    await expect(
      addCallItems(secretariat, { meetingId: id, callId: call.id, mode: "ROUND", lateReason: "" }),
    ).rejects.toBeInstanceOf(ValidationError);
    const page = (await getMeetingPage(secretariat, id))!;
    expect(page.items.find((i) => i.id === round.id)!.conflicts).toEqual([ruledOutName]);
  });

  it("puts a project awaiting approval on with its budget total, once", async () => {
    const id = await newMeeting();
    await addProjectItem(secretariat, { meetingId: id, projectId, lateReason: "" });
    const item = (await items(id)).find((i) => i.projectId === projectId)!;
    expect(item.body).toContain("Formål: At samle boligområderne");
    expect(item.body).toContain("Budget i alt: 27.500 kr.");
    expect(item.recommendation).toBe(
      "Arbejdsgruppen indstiller, at lokaludvalget godkender projektet med op til 27.500 kr.",
    );
    await expect(addProjectItem(secretariat, { meetingId: id, projectId, lateReason: "" })).rejects.toMatchObject({
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
    await sendAgenda(secretariat, { meetingId: id, version: await meetingVersion(id) });
    await expect(addFreeItem(secretariat, { ...free, lateReason: "" })).rejects.toMatchObject({
      fieldErrors: { lateReason: "meetings.errors.lateReasonRequired" },
    });
    await addFreeItem(secretariat, { ...free, lateReason: "Tallene kom efter udsendelsen" });
    expect((await items(id)).find((i) => i.title === "Budgetopfølgning")?.addedLateReason).toBe(
      "Tallene kom efter udsendelsen",
    );
    const past = await newMeeting({ startsAt: "2020-01-15T18:00" });
    await expect(addFreeItem(secretariat, { ...free, meetingId: past, lateReason: "" })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await db().meeting.update({ where: { id }, data: { status: "MINUTES_APPROVED" } });
    await expect(addFreeItem(secretariat, { ...free, lateReason: "For sent" })).rejects.toBeInstanceOf(UserError);
  });
});

describe("changing the agenda", () => {
  it("moves an item one step, and gives a stale view a conflict instead of a silent reorder", async () => {
    const id = await newMeeting();
    const before = await items(id);
    const order = before.map((i) => i.id).join(",");
    await moveAgendaItem(secretariat, { itemId: before[1]!.id, direction: "up", order });
    const after = await items(id);
    expect(after.map((i) => i.id)).toEqual([before[1]!.id, before[0]!.id, before[2]!.id, before[3]!.id]);
    expect(after.map((i) => i.position)).toEqual([1, 2, 3, 4]);
    await expect(
      moveAgendaItem(secretariat, { itemId: before[2]!.id, direction: "down", order }),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it("edits an item at the version seen; a second tab gets a conflict; removal is soft", async () => {
    const id = await newMeeting();
    const [first] = await items(id);
    const edit = { itemId: first!.id, version: first!.version, title: "Dagsorden", kind: "DECISION" as const };
    await updateItem(secretariat, { ...edit, body: "Ny tekst", recommendation: "" });
    await expect(updateItem(secretariat, { ...edit, body: "Gammel fane", recommendation: "" })).rejects.toBeInstanceOf(
      ConflictError,
    );
    await removeItem(secretariat, { itemId: first!.id, version: first!.version + 1 });
    expect((await db().agendaItem.findUniqueOrThrow({ where: { id: first!.id } })).deletedAt).not.toBeNull();
    await expect(updateMeeting(secretariat, meetingInput({ meetingId: id, version: 99 }))).rejects.toBeInstanceOf(
      ConflictError,
    );
  });

  it("lets only a member present vote", async () => {
    const id = await newMeeting();
    const [a] = await db().meetingAttendee.findMany({ where: { meetingId: id } });
    const row = { attendeeId: a!.id, voting: true, substituteName: "", note: "" };
    await expect(
      saveAttendance(secretariat, {
        meetingId: id,
        version: await meetingVersion(id),
        attendees: [{ ...row, attendance: "ABSENT_WITH_NOTICE" }],
      }),
    ).rejects.toMatchObject({ fieldErrors: { "attendees.0.voting": "meetings.errors.absentCannotVote" } });
    await saveAttendance(secretariat, {
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
    expect(await sendAgenda(secretariat, { meetingId: id, version: await meetingVersion(id) })).toEqual({ sent: 2 });
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
    await sendAgenda(secretariat, { meetingId: id, version: meeting.version });
    expect(await db().emailMessage.count({ where: { kind: "meeting.agenda", body: { contains: id } } })).toBe(4);
  });
});

describe("who may read and write", () => {
  it("a member of the committee reads the meeting but cannot change it", async () => {
    const id = await newMeeting();
    const page = await getMeetingPage(member, id);
    expect(page?.canManage).toBe(false);
    expect(page?.calls).toEqual([]);
    expect((await getMeetingsPage(member)).upcoming.some((m) => m.id === id)).toBe(true);
    const free = { meetingId: id, title: "Mit punkt", kind: "DISCUSSION" as const, body: "", recommendation: "" };
    await expect(addFreeItem(member, { ...free, lateReason: "" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(sendAgenda(member, { meetingId: id, version: 1 })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("another committee's secretariat finds neither the meeting nor a way to change it", async () => {
    const id = await newMeeting();
    expect(await getMeetingPage(otherSecretariat, id)).toBeNull();
    expect(await getAgendaPdf(otherSecretariat, id)).toBeNull();
    expect((await getMeetingsPage(otherSecretariat)).upcoming.some((m) => m.id === id)).toBe(false);
    await expect(updateMeeting(otherSecretariat, meetingInput({ meetingId: id, version: 1 }))).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(createMeeting(otherSecretariat, meetingInput())).rejects.toBeInstanceOf(ForbiddenError);
    const [item] = await items(id);
    await expect(removeItem(otherSecretariat, { itemId: item!.id, version: 1 })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("the agenda as a PDF, read back as text", () => {
  it("prints the committee, head, invited, and each item with its case, recommendation, conflicts", async () => {
    const id = await newMeeting();
    await addCallItems(secretariat, { meetingId: id, callId: call.id, mode: "EACH", lateReason: "" });
    const agenda = (await getAgendaPdf(secretariat, id))!;
    const pdf = await agendaPdf(agenda.print, translatorFor("da"), "da", agenda.logo);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const { text: raw } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    const text = raw.replace(/\s+/g, " ");
    const committee = await db().committee.findUniqueOrThrow({ where: { id: committeeId } });
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
      `${ruledOutName} forlader lokalet under dette punkt (inhabil)`,
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
