import { beforeAll, describe, expect, it } from "vitest";
import { extractText, getDocumentProxy } from "unpdf";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/auth/permissions";
import { ConflictError, NotFoundError } from "@/lib/actions/errors";
import { translatorFor } from "@/lib/i18n/translator";
import { approveMinutes, publishMinutes, saveMinutes } from "@/lib/minutes/mutations";
import { minutesPdf } from "@/lib/minutes/pdf";
import { getMinutesPage, getPublicMinutes } from "@/lib/minutes/queries";
import { seedDemo } from "@/prisma/seed/demo";
import { actorFor, createCommittee, createUser } from "@/tests/factories";

const noerrebro = "demo-committee-noerrebro";
// The contact persons of the cases on the test meeting (demo-app-002, -005, -007, -012).
const contacts = ["Ali Hassan", "Bent Larsen", "Jonas Holm", "Nadia Osman"];
const personalReason = "Foreningens formand er under behandling for sygdom.";

async function pdfText(pdf: Buffer): Promise<string> {
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  return text.replace(/\s+/g, " ");
}

const version = async (id: string) =>
  (await db().meeting.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

/** A meeting of Nørrebro with the five members' attendance and the given items (position order). */
async function meeting(
  status: "AGENDA_SENT" | "HELD",
  items: { title: string; applicationId?: string; body?: string; minutesText?: string }[],
) {
  const m = await db().meeting.create({
    data: {
      committeeId: noerrebro,
      title: `Testmøde ${Math.random().toString(36).slice(2, 7)}`,
      startsAt: new Date("2026-04-15T16:00:00Z"),
      venue: "Nørrebro Bibliotek",
      status,
      attendees: {
        create: [
          { userId: "demo-user-medlem1", name: "Trine Otto Hansen", title: "formand", attendance: "PRESENT" },
          {
            userId: "demo-user-medlem2",
            name: "Jesper Langebæk",
            attendance: "PRESENT",
            note: "forlod mødet kl. 20.25 (pkt. 3)",
          },
          { userId: "demo-user-medlem3", name: "Lene E. Nielsen", attendance: "PRESENT" },
          {
            userId: "demo-user-medlem4",
            name: "Tobias B. Gregory",
            attendance: "ABSENT_WITH_NOTICE",
            substituteName: "Mikkel Brandt",
          },
          { userId: "demo-user-medlem5", name: "Line Bach Holm", attendance: "ABSENT" },
        ],
      },
    },
  });
  const ids: string[] = [];
  for (const [i, item] of items.entries())
    ids.push((await db().agendaItem.create({ data: { meetingId: m.id, position: i + 1, ...item } })).id);
  return { id: m.id, itemIds: ids };
}

async function decide(
  meetingId: string,
  agendaItemId: string,
  applicationId: string,
  d: { outcome: "GRANT" | "PARTIAL_GRANT" | "REFUSAL"; amountKr?: number; reasons?: string; personal?: boolean },
) {
  const amountOre = d.amountKr ? BigInt(d.amountKr * 100) : null;
  await db().decision.create({
    data: {
      applicationId,
      meetingId,
      agendaItemId,
      decidingBody: "PLENARY",
      outcome: d.outcome,
      amountOre,
      fundsYear: 2026,
      reasons: d.reasons ?? "",
      reasonsPersonal: d.personal ?? false,
      decidedOn: new Date("2026-04-15T18:00:00Z"),
      years: amountOre ? { create: [{ year: 2026, amountOre }] } : undefined,
    },
  });
}

let held: { id: string; itemIds: string[] };

beforeAll(async () => {
  await seedDemo(process.env.DATABASE_URL!);
  held = await meeting("HELD", [
    { title: "Godkendelse af dagsorden", minutesText: "Dagsordenen blev godkendt." },
    { title: "Lektiehjælp og mentorordning", applicationId: "demo-app-002", body: "Ali Hassan fremlagde projektet." },
    { title: "Gåfodbold for seniorer", applicationId: "demo-app-005" },
    { title: "Fælleshaver i gårdene", applicationId: "demo-app-007" },
    { title: "Dansk sprogcafé", applicationId: "demo-app-012" },
  ]);
  const [, a002, a005, a007, a012] = held.itemIds as [string, string, string, string, string];
  await decide(held.id, a002, "demo-app-002", {
    outcome: "PARTIAL_GRANT",
    amountKr: 20_000,
    reasons: "Honorarer dækkes ikke.",
  });
  await decide(held.id, a005, "demo-app-005", { outcome: "REFUSAL", reasons: personalReason, personal: true });
  await decide(held.id, a007, "demo-app-007", { outcome: "GRANT", amountKr: 15_000 });
  await decide(held.id, a012, "demo-app-012", {
    outcome: "REFUSAL",
    reasons: "Sprogundervisning er kommunens opgave.",
  });
}, 60_000);

describe("the minutes generated from what the meeting recorded", () => {
  it("write attendance, each grant with its amount, each refusal with its reasons and each conflict", async () => {
    const page = (await getMinutesPage(await actorFor("sekretariat@example.dk"), held.id))!;
    const doc = page.document;
    expect(doc.attendance.present).toEqual(["Jesper Langebæk", "Lene E. Nielsen", "Trine Otto Hansen (formand)"]);
    expect(doc.attendance.withNotice).toEqual([{ name: "Tobias B. Gregory", substitute: "Mikkel Brandt" }]);
    expect(doc.attendance.absent).toEqual(["Line Bach Holm"]);
    expect(doc.attendance.notes).toEqual(["Jesper Langebæk forlod mødet kl. 20.25 (pkt. 3)"]);
    const [standing, grant, personal, conflict, refusal] = doc.items;
    expect(standing!.decision).toBe("Dagsordenen blev godkendt.");
    expect(grant!.decision).toContain("Lokaludvalget bevilgede op til 20.000 kr. af de ansøgte 45.000 kr.");
    expect(grant!.decision).toContain("Begrundelse: Honorarer dækkes ikke.");
    expect(personal!.decision).toContain(personalReason);
    expect(conflict!.decision).toContain("op til 15.000 kr.");
    expect(conflict!.leftRoom).toEqual(["Lene E. Nielsen"]);
    expect(refusal!.decision).toBe("Lokaludvalget gav afslag.\nBegrundelse: Sprogundervisning er kommunens opgave.");
    expect(page.can).toEqual({ edit: true, approve: true, publish: false });

    const text = await pdfText(await minutesPdf(doc, translatorFor("da"), "da", "Nørrebro Lokaludvalg"));
    for (const s of [
      "Fravær med afbud: Tobias B. Gregory (suppleant: Mikkel Brandt)",
      "Punkt 2. Lektiehjælp og mentorordning",
      "op til 20.000 kr.",
      "op til 15.000 kr.",
      "Begrundelse: Sprogundervisning er kommunens opgave.",
      "Lene E. Nielsen (inhabil) forlod lokalet under punktet.",
    ])
      expect(text).toContain(s);
  });

  it("are read by a member, who cannot edit, approve or publish them", async () => {
    const member = await actorFor("medlem1@example.dk");
    const page = (await getMinutesPage(member, held.id))!;
    expect(page.can).toEqual({ edit: false, approve: false, publish: false });
    const v = await version(held.id);
    await expect(saveMinutes(member, { meetingId: held.id, version: v, minutes: "x", items: [] })).rejects.toThrow(
      ForbiddenError,
    );
    await expect(approveMinutes(member, { meetingId: held.id, version: v })).rejects.toThrow(ForbiddenError);
    expect(await getMinutesPage(await actorFor("ansoeger@example.dk"), held.id)).toBeNull();
  });

  it("are not another committee's: its secretariat neither reads nor writes them", async () => {
    const other = await createCommittee();
    const { actor } = await createUser({ roles: [{ committeeId: other.id, role: "SECRETARIAT" }] });
    expect(await getMinutesPage(actor, held.id)).toBeNull();
    const v = await version(held.id);
    await expect(saveMinutes(actor, { meetingId: held.id, version: v, minutes: "x", items: [] })).rejects.toThrow(
      NotFoundError,
    );
    await expect(approveMinutes(actor, { meetingId: held.id, version: v })).rejects.toThrow(NotFoundError);
  });
});

describe("editing, approving and publishing the minutes", () => {
  it("saves every edit as a version with who and when; a stale page gets a conflict, nothing lost", async () => {
    const secretariat = await actorFor("sekretariat@example.dk");
    const v = await version(held.id);
    const input = {
      meetingId: held.id,
      version: v,
      minutes: "Formanden bød velkommen.",
      items: [{ id: held.itemIds[0]!, text: "Dagsordenen blev godkendt uden bemærkninger." }],
    };
    expect(await saveMinutes(secretariat, input)).toEqual({ number: 1 });
    await expect(saveMinutes(secretariat, { ...input, minutes: "Gammel side" })).rejects.toThrow(ConflictError);
    const row = await db().meeting.findUniqueOrThrow({ where: { id: held.id }, select: { minutes: true } });
    expect(row.minutes).toBe("Formanden bød velkommen.");
    const page = (await getMinutesPage(secretariat, held.id))!;
    expect(page.document.items[0]!.decision).toBe("Dagsordenen blev godkendt uden bemærkninger.");
    expect(page.versions).toEqual([{ number: 1, by: "Søren Sekretariat", at: expect.any(Date) }]);
    const snapshot = await db().minutesVersion.findFirstOrThrow({ where: { meetingId: held.id } });
    expect(snapshot.texts).toMatchObject({ minutes: "Formanden bød velkommen." });
    expect(await db().auditEntry.count({ where: { entityId: held.id, action: "minutes.save" } })).toBe(1);
  });

  it("refuses approval before the meeting is held, and while an item lacks its decision, naming it", async () => {
    const secretariat = await actorFor("sekretariat@example.dk");
    const planned = await meeting("AGENDA_SENT", [{ title: "Meddelelser", minutesText: "Ingen." }]);
    await expect(approveMinutes(secretariat, { meetingId: planned.id, version: 1 })).rejects.toMatchObject({
      messageKey: "minutes.notHeld",
    });
    const open = await meeting("HELD", [
      { title: "Godkendelse af dagsorden", minutesText: "Godkendt." },
      { title: "Mødregrupper for nybagte mødre", applicationId: "demo-app-008" },
    ]);
    await expect(approveMinutes(secretariat, { meetingId: open.id, version: 1 })).rejects.toMatchObject({
      messageKey: "minutes.outstanding",
      params: { items: "2. Mødregrupper for nybagte mødre" },
    });
    expect((await db().meeting.findUniqueOrThrow({ where: { id: open.id } })).status).toBe("HELD");
    // A stale page approves nothing.
    const ready = await meeting("HELD", [{ title: "Meddelelser", minutesText: "Ingen." }]);
    await expect(approveMinutes(secretariat, { meetingId: ready.id, version: 2 })).rejects.toThrow(ConflictError);
    expect((await db().meeting.findUniqueOrThrow({ where: { id: ready.id } })).status).toBe("HELD");
  });

  it("locks approved minutes, publishes them, then shows them to the public without private names", async () => {
    const secretariat = await actorFor("sekretariat@example.dk");
    expect(await getPublicMinutes(null, "noerrebro", held.id)).toBeNull();
    await expect(
      publishMinutes(secretariat, { meetingId: held.id, version: await version(held.id) }),
    ).rejects.toMatchObject({ messageKey: "minutes.notApproved" });
    await approveMinutes(secretariat, { meetingId: held.id, version: await version(held.id) });
    const approved = await db().meeting.findUniqueOrThrow({ where: { id: held.id } });
    expect(approved).toMatchObject({ status: "MINUTES_APPROVED", minutesApprovedById: secretariat.id });
    await expect(
      saveMinutes(secretariat, { meetingId: held.id, version: approved.version, minutes: "Ændret", items: [] }),
    ).rejects.toMatchObject({ messageKey: "minutes.locked" });
    expect((await getMinutesPage(secretariat, held.id))!.can.edit).toBe(false);
    expect(await getPublicMinutes(null, "noerrebro", held.id)).toBeNull();

    await publishMinutes(secretariat, { meetingId: held.id, version: approved.version });
    const row = await db().meeting.findUniqueOrThrow({ where: { id: held.id } });
    expect(row.status).toBe("MINUTES_PUBLISHED");
    expect(row.minutesPublishedAt).not.toBeNull();
    expect(await getPublicMinutes(null, "moerkhoej", held.id)).toBeNull();

    const pub = (await getPublicMinutes(null, "noerrebro", held.id))!;
    const json = JSON.stringify(pub.document);
    for (const name of contacts) expect(json).not.toContain(name);
    expect(json).not.toContain(personalReason);
    expect(pub.document.items[1]!.body).toBe("[navn udeladt] fremlagde projektet.");
    expect(pub.document.items[2]!.decision).toContain("Begrundelsen vedrører en person og offentliggøres ikke.");
    // Members are public, substitutes too; so are the grants and the conflict.
    expect(json).toContain("Mikkel Brandt");
    expect(pub.document.items[3]!.leftRoom).toEqual(["Lene E. Nielsen"]);
    const text = await pdfText(await minutesPdf(pub.document, translatorFor("da"), "da", "Nørrebro Lokaludvalg"));
    for (const name of contacts) expect(text).not.toContain(name);
    expect(text).not.toContain("sygdom");
    expect(text).toContain("op til 20.000 kr.");
  });

  it("shows the seeded April 2025 minutes to the public without any contact person's name", async () => {
    const pub = (await getPublicMinutes(null, "noerrebro", "demo-meeting-2025-04"))!;
    const contactNames = await db().application.findMany({
      where: { callId: "demo-call-pulje-2025" },
      select: { contactName: true },
    });
    const json = JSON.stringify(pub.document);
    for (const { contactName } of contactNames) expect(json).not.toContain(contactName);
    expect(json).toContain("Lokaludvalget bevilgede op til 40.000 kr. af de ansøgte 60.000 kr.");
    expect(json).toContain("Lokaludvalget gav afslag.");
  });
});
