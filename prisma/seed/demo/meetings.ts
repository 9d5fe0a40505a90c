// Nørrebro's meetings: April 2025 held, its minutes approved and published (one item per case of the 2025 round,
// each decision's words written as the minutes write them); March 2026 held (the conflict ruling and the
// shortlist); January 2027 planned, with the members invited and the standing items on its agenda.
import { formatKr } from "../../../lib/i18n/format";
import { translatorFor } from "../../../lib/i18n/translator";
import { bodyKey, decisionMinutesText } from "../../../lib/meetings/decision-text";
import { decidedGrants } from "../data/applicants";
import { d, kr, type Tx } from "./shared";
import { secretariatId } from "./users";

export const meetingIds = {
  april2025: "demo-meeting-2025-04",
  march2026: "demo-meeting-2026-03",
  january2027: "demo-meeting-2027-01",
};

const members = [
  { userId: "demo-user-medlem1", name: "Trine Otto Hansen", title: "formand" },
  { userId: "demo-user-medlem2", name: "Jesper Langebæk", title: "næstformand" },
  { userId: "demo-user-medlem3", name: "Lene E. Nielsen", title: "" },
  { userId: "demo-user-medlem4", name: "Tobias B. Gregory", title: "" },
  { userId: "demo-user-medlem5", name: "Line Bach Holm", title: "" },
];

const venue = "Nørrebro Bibliotek, mødesal 1";

export async function seedMeetings(tx: Tx, noerrebroId: string) {
  const base = { committeeId: noerrebroId, kind: "PLENARY" as const, venue, createdById: secretariatId };
  const present = members.map((m) => ({ ...m, attendance: "PRESENT" as const, voting: true }));
  const march = await tx.meeting.create({
    data: {
      ...base,
      id: meetingIds.march2026,
      title: "Lokaludvalgsmøde marts 2026",
      startsAt: d("2026-03-11T17:00:00Z"),
      endsAt: d("2026-03-11T19:00:00Z"),
      status: "HELD",
      agendaSentAt: d("2026-03-04T09:00:00Z"),
      heldAt: d("2026-03-11T17:00:00Z"),
      attendees: { create: present },
    },
  });
  const april2025 = await tx.meeting.create({
    data: {
      ...base,
      id: meetingIds.april2025,
      title: "Lokaludvalgsmøde april 2025",
      startsAt: d("2025-04-09T16:30:00Z"),
      endsAt: d("2025-04-09T19:00:00Z"),
      status: "MINUTES_PUBLISHED",
      agendaSentAt: d("2025-04-02T09:00:00Z"),
      heldAt: d("2025-04-09T16:30:00Z"),
      minutes:
        "Formanden bød velkommen og konstaterede, at lokaludvalget var beslutningsdygtigt.\n\n" +
        "Mødet sluttede kl. 21.00.",
      minutesApprovedAt: d("2025-05-14T18:00:00Z"),
      minutesApprovedById: secretariatId,
      minutesPublishedAt: d("2025-05-15T08:00:00Z"),
      attendees: {
        create: present.map((m) =>
          m.userId === "demo-user-medlem4"
            ? { ...m, attendance: "ABSENT_WITH_NOTICE" as const, voting: false, substituteName: "Mikkel Brandt" }
            : m.userId === "demo-user-medlem5"
              ? { ...m, note: "ankom kl. 18.45 (pkt. 3)" }
              : m,
        ),
      },
    },
  });
  const january = await tx.meeting.create({
    data: {
      ...base,
      id: meetingIds.january2027,
      title: "Lokaludvalgsmøde januar 2027",
      // 17.30 Danish time (winter time, UTC+1).
      startsAt: d("2027-01-13T16:30:00Z"),
      endsAt: d("2027-01-13T19:30:00Z"),
      venue: "Nørrebro Bibliotek",
      attendees: { create: members.map((m) => ({ ...m, attendance: "INVITED" as const })) },
    },
  });
  const free = [
    {
      kind: "DECISION" as const,
      title: "Godkendelse af dagsorden",
      recommendation: "Formanden indstiller, at dagsordenen godkendes.",
    },
    {
      kind: "DECISION" as const,
      title: "Godkendelse af referat fra sidste møde",
      recommendation: "Formanden indstiller, at referatet godkendes.",
    },
    {
      kind: "DISCUSSION" as const,
      title: "Lokaludvalgets årsplan 2027",
      body: "Udkast til årsplan med temamøder, borgermøder og puljens ansøgningsfrister for 2027.",
      recommendation: "Formanden indstiller, at lokaludvalget drøfter udkastet.",
    },
    {
      kind: "INFORMATION" as const,
      title: "Orientering fra arbejdsgrupperne",
      body: "Arbejdsgrupperne orienterer kort om deres arbejde siden sidste møde.",
    },
    { kind: "INFORMATION" as const, title: "Meddelelser" },
    { kind: "DISCUSSION" as const, title: "Eventuelt" },
  ];
  for (const [i, item] of free.entries())
    await tx.agendaItem.create({ data: { meetingId: january.id, position: i + 1, ...item } });
  return { march, april2025 };
}

/**
 * The April 2025 meeting's agenda and minutes: the standing items, one item per application of the 2025 round
 * (its decision linked to the item), the decisions' words as the minutes' text, and the first version.
 */
export async function seedApril2025Minutes(tx: Tx, meetingId: string) {
  const t = translatorFor("da");
  const body = t(bodyKey("LOKALUDVALG"));
  const items: { kind: "DECISION" | "DISCUSSION" | "INFORMATION"; title: string; text: string; appId?: string }[] = [
    { kind: "DECISION", title: "Godkendelse af dagsorden", text: "Dagsordenen blev godkendt." },
    { kind: "DECISION", title: "Godkendelse af referat fra sidste møde", text: "Referatet blev godkendt." },
  ];
  const cases: { title: string; body: string; recommendation: string; appId: string; text: string }[] = [];
  for (const [i, g] of decidedGrants.entries()) {
    const appId = `demo-app-2025-${String(i + 1).padStart(3, "0")}`;
    const granted = g.outcome !== "REFUSAL";
    const text = decisionMinutesText(
      t,
      "da",
      body,
      {
        outcome: g.outcome,
        amountOre: granted ? Number(kr(g.grantedKr)) : null,
        requestedOre: Number(kr(g.requestedKr)),
        years: granted ? [{ year: 2025, amountOre: Number(kr(g.grantedKr)), conditional: false }] : [],
        conditions: "",
        reasons: g.reasons,
        reasonsPersonal: false,
        aboveRequestReason: null,
        votes: null,
      },
      "internal",
    );
    cases.push({
      appId,
      title: g.title,
      body: `${g.org} søger ${formatKr(kr(g.requestedKr))} til "${g.title}". ${g.summary}`.trim(),
      recommendation: granted
        ? `Arbejdsgruppen indstiller, at lokaludvalget bevilger op til ${formatKr(kr(g.grantedKr))}`
        : "Arbejdsgruppen indstiller, at lokaludvalget giver afslag.",
      text,
    });
  }
  const closing = [
    { kind: "INFORMATION" as const, title: "Meddelelser", text: "Sekretariatet orienterede om puljens forbrug." },
    { kind: "DISCUSSION" as const, title: "Eventuelt", text: "Intet." },
  ];
  const texts: Record<string, string> = {};
  let position = 0;
  const create = async (data: { kind?: "DECISION" | "DISCUSSION" | "INFORMATION"; title: string; text: string }) =>
    tx.agendaItem.create({
      data: { meetingId, position: ++position, kind: data.kind, title: data.title, minutesText: data.text },
      select: { id: true },
    });
  for (const item of items) texts[(await create(item)).id] = item.text;
  for (const c of cases) {
    const item = await tx.agendaItem.create({
      data: {
        meetingId,
        position: ++position,
        title: c.title,
        body: c.body,
        recommendation: c.recommendation,
        applicationId: c.appId,
        minutesText: c.text,
      },
      select: { id: true },
    });
    texts[item.id] = c.text;
    await tx.decision.updateMany({
      where: { applicationId: c.appId },
      data: { agendaItemId: item.id, meetingId, decidingBody: "PLENARY" },
    });
  }
  for (const item of closing) texts[(await create(item)).id] = item.text;
  const minutes = await tx.meeting.findUniqueOrThrow({ where: { id: meetingId }, select: { minutes: true } });
  await tx.minutesVersion.create({
    data: {
      meetingId,
      number: 1,
      texts: { minutes: minutes.minutes, items: texts },
      byId: secretariatId,
      at: d("2025-04-10T09:00:00Z"),
    },
  });
}
