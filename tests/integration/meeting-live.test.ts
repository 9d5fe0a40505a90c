import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/auth/permissions";
import { ConflictError, NotFoundError } from "@/lib/actions/errors";
import { endMeeting, recordFreeDecision, recordMeetingDecision } from "@/lib/meetings/live-mutations";
import { claimItem } from "@/lib/meetings/live-item";
import { meetingDecisionSchema } from "@/lib/meetings/live-schema";
import { createProject } from "@/lib/projects/mutations";
import { getSecretariatOverview } from "@/lib/dashboard/queries";
import { createCommittee, createUser } from "@/tests/factories";
import { decisionInput, meetingWith, setting } from "./meeting-live-helpers";

const now = new Date("2026-11-30T19:00:00Z");

const fresh = (id: string) => db().agendaItem.findUniqueOrThrow({ where: { id } });

describe("a decision typed once at a meeting", () => {
  let s: Awaited<ReturnType<typeof setting>>;
  beforeAll(async () => {
    s = await setting();
  });

  it("grants an application: the decision, its funds year, the letter, the item's words in the minutes", async () => {
    const item = s.items[0]!;
    const app = s.applications[0]!;
    const input = {
      ...decisionInput(item),
      applicationId: app.id,
      applicationVersion: app.version,
      outcome: "GRANT" as const,
      amount: "10.000",
      years: [{ year: 2026, amount: "10.000" }],
    };
    const { itemVersion } = await recordMeetingDecision(s.secretariat, input, now);
    const decision = await db().decision.findFirstOrThrow({
      where: { applicationId: app.id },
      include: { years: true },
    });
    expect(decision).toMatchObject({
      meetingId: s.meeting.id,
      agendaItemId: item.id,
      decidingBody: "PLENARY",
      outcome: "GRANT",
      amountOre: 1_000_000n,
    });
    expect(decision.years).toMatchObject([{ year: 2026, amountOre: 1_000_000n, conditional: false }]);
    expect((await db().application.findUniqueOrThrow({ where: { id: app.id } })).status).toBe("DECIDED");
    const after = await fresh(item.id);
    expect(after.version).toBe(itemVersion);
    expect(after.minutesText).toContain("10.000 kr.");
    expect(await db().emailMessage.count({ where: { applicationId: app.id, kind: "application.decision" } })).toBe(1);
  });

  it("asks a partial grant for its reasons and writes one paragraph per application under a round item", async () => {
    const item = await fresh(s.items[1]!.id);
    const app = s.applications[1]!;
    const input = {
      ...decisionInput(item),
      applicationId: app.id,
      applicationVersion: app.version,
      outcome: "PARTIAL_GRANT" as const,
      amount: "6.000",
      years: [{ year: 2026, amount: "6.000" }],
    };
    await expect(recordMeetingDecision(s.secretariat, input, now)).rejects.toMatchObject({
      fieldErrors: { reasons: "decision.reasonsRequired" },
    });
    await recordMeetingDecision(s.secretariat, { ...input, reasons: "Forplejning støttes ikke." }, now);
    const after = await fresh(item.id);
    expect(after.minutesText).toMatch(/^u-[0-9a-f]+-002 Ansøgning 2\n/);
    expect(after.minutesText).toContain("Forplejning støttes ikke.");
  });

  it("refuses with reasons, and never counts more votes than voters in the room", async () => {
    const item = await fresh(s.items[1]!.id);
    const app = s.applications[2]!;
    await db().meetingAttendee.create({
      data: { meetingId: s.meeting.id, name: "Formand", attendance: "PRESENT", voting: true },
    });
    const input = {
      ...decisionInput(item),
      applicationId: app.id,
      applicationVersion: app.version,
      outcome: "REFUSAL" as const,
      reasons: "Ligger uden for puljens formål.",
      votesFor: "2",
    };
    await expect(recordMeetingDecision(s.secretariat, input, now)).rejects.toMatchObject({
      fieldErrors: { votesFor: "meetingLive.errors.tooManyVotes" },
    });
    await recordMeetingDecision(s.secretariat, { ...input, votesFor: "1" }, now);
    const after = await fresh(item.id);
    expect(after.minutesText.split("\n\n")).toHaveLength(2);
    expect(await db().decision.findFirst({ where: { applicationId: app.id } })).toMatchObject({
      outcome: "REFUSAL",
      votesFor: 1,
      amountOre: null,
    });
  });

  it("writes a free item's words; a stale item version is a conflict that overwrites nothing", async () => {
    const item = await fresh(s.items[2]!.id);
    await recordFreeDecision(s.secretariat, {
      agendaItemId: item.id,
      itemVersion: item.version,
      text: "Taget til efterretning.",
    });
    await expect(
      recordFreeDecision(s.secretariat, { agendaItemId: item.id, itemVersion: item.version, text: "Overskrevet." }),
    ).rejects.toThrow(ConflictError);
    expect((await fresh(item.id)).minutesText).toBe("Taget til efterretning.");
  });

  it("ends the meeting once: held, with the time", async () => {
    const { meeting } = await meetingWith(s.committee.id, []);
    await endMeeting(s.secretariat, { meetingId: meeting.id, version: meeting.version }, now);
    expect(await db().meeting.findUniqueOrThrow({ where: { id: meeting.id } })).toMatchObject({
      status: "HELD",
      heldAt: now,
    });
    await expect(
      endMeeting(s.secretariat, { meetingId: meeting.id, version: meeting.version + 1 }, now),
    ).rejects.toMatchObject({
      messageKey: "meetingLive.errors.notEndable",
    });
  });
});

const claimItemNow = async (id: string) => {
  const { version } = await db().agendaItem.findUniqueOrThrow({ where: { id } });
  await db().$transaction((tx) => claimItem(tx, id, version, "Sent ankommet beslutning"));
};

describe("bad input and the wrong people", () => {
  it("refuses a case off the agenda, above-request without a reason, a stale item, a year without budget", async () => {
    const s = await setting();
    const item = s.items[0]!;
    const app = s.applications[0]!;
    const base = { ...decisionInput(item), applicationId: app.id, applicationVersion: app.version };
    // The first application has no recommendation: the round item does not cover it.
    await expect(
      recordMeetingDecision(
        s.secretariat,
        { ...base, agendaItemId: s.items[1]!.id, outcome: "REFUSAL", reasons: "Ikke her." },
        now,
      ),
    ).rejects.toMatchObject({ messageKey: "meetingLive.errors.notOnAgenda" });
    const above = { ...base, outcome: "GRANT" as const, amount: "15.000", years: [{ year: 2026, amount: "15.000" }] };
    await expect(recordMeetingDecision(s.secretariat, above, now)).rejects.toMatchObject({
      fieldErrors: {
        aboveRequestConfirmed: "meetingLive.errors.aboveRequestConfirm",
        aboveRequestReason: "meetingLive.errors.aboveRequestReason",
      },
    });
    await expect(
      recordMeetingDecision(
        s.secretariat,
        {
          ...above,
          years: [{ year: 2028, amount: "15.000" }],
          aboveRequestConfirmed: true,
          aboveRequestReason: "Huslejen steg.",
        },
        now,
      ),
    ).rejects.toMatchObject({ fieldErrors: { years: "decision.noPoolYear" } });
    await expect(
      recordMeetingDecision(
        s.secretariat,
        { ...above, itemVersion: item.version + 1, aboveRequestConfirmed: true, aboveRequestReason: "Huslejen steg." },
        now,
      ),
    ).rejects.toThrow(ConflictError);
    expect(await db().decision.count({ where: { applicationId: app.id } })).toBe(0);
    expect((await fresh(item.id)).minutesText).toBe("");
    await recordMeetingDecision(
      s.secretariat,
      { ...above, aboveRequestConfirmed: true, aboveRequestReason: "Huslejen steg." },
      now,
    );
    expect(await db().decision.findFirst({ where: { applicationId: app.id } })).toMatchObject({
      amountOre: 1_500_000n,
      aboveRequestReason: "Huslejen steg.",
    });
  });

  it("refuses a ruled-out official, a member, another committee's secretariat, and approved minutes", async () => {
    const s = await setting();
    const item = s.items[0]!;
    const app = s.applications[0]!;
    const input = {
      ...decisionInput(item),
      applicationId: app.id,
      applicationVersion: app.version,
      outcome: "REFUSAL" as const,
      reasons: "Ligger uden for formålet.",
    };
    const { actor: official } = await createUser({ roles: [{ committeeId: s.committee.id, role: "SECRETARIAT" }] });
    await db().conflictDeclaration.create({
      data: {
        applicationId: app.id,
        userId: official.id,
        ground: "FAMILY",
        declaredById: official.id,
        description: "Søster",
        excluded: true,
        ruledAt: now,
      },
    });
    await expect(recordMeetingDecision(official, input, now)).rejects.toThrow(NotFoundError);
    const { actor: member } = await createUser({ roles: [{ committeeId: s.committee.id, role: "MEMBER" }] });
    await expect(recordMeetingDecision(member, input, now)).rejects.toThrow(ForbiddenError);
    const other = await createCommittee();
    const { actor: stranger } = await createUser({ roles: [{ committeeId: other.id, role: "SECRETARIAT" }] });
    await expect(recordMeetingDecision(stranger, input, now)).rejects.toThrow(NotFoundError);
    await expect(endMeeting(stranger, { meetingId: s.meeting.id, version: 1 }, now)).rejects.toThrow(NotFoundError);
    // A funds year beyond the database's integer is a message on the field, never a 500 (review finding).
    expect(
      meetingDecisionSchema.safeParse({ ...input, years: [{ year: "9999999999", amount: "1" }] }).error?.issues[0]
        ?.message,
    ).toBe("decision.fundsYearRange");
    await db().meeting.update({ where: { id: s.meeting.id }, data: { status: "MINUTES_APPROVED" } });
    await expect(recordMeetingDecision(s.secretariat, input, now)).rejects.toMatchObject({
      messageKey: "meetingLive.errors.closed",
    });
    // The minutes approved after the decision form was read: the item's claim re-checks the meeting (two tabs).
    await expect(claimItemNow(item.id)).rejects.toThrow(ConflictError);
    expect(await db().decision.count({ where: { applicationId: app.id } })).toBe(0);
  });
});

describe("a project decided at a meeting", () => {
  it("approves over two funds years, the later conditional, committed in the pool's ledger", async () => {
    const s = await setting();
    const project = await createProject(s.secretariat, s.committee.id, {
      id: "x",
      slug: "x",
      kind: "INTERNAL",
      title: "Gårdmiljø",
      status: "IDEA",
      people: [],
      budget: [{ label: "Planter", amountOre: 9_000_000 }],
    });
    await db().project.update({ where: { id: project.id }, data: { status: "RECOMMENDED" } });
    const { items } = await meetingWith(s.committee.id, [{ title: "Gårdmiljø", projectId: project.id }]);
    const input = {
      ...decisionInput(items[0]!),
      projectId: project.id,
      outcome: "APPROVED" as const,
      amount: "80.000",
      years: [
        { year: 2026, amount: "50.000" },
        { year: 2027, amount: "20.000" },
      ],
    };
    await expect(recordMeetingDecision(s.secretariat, input, now)).rejects.toMatchObject({
      fieldErrors: { years: "meetingLive.errors.yearsSum" },
    });
    await recordMeetingDecision(
      s.secretariat,
      { ...input, years: [input.years[0]!, { year: 2027, amount: "30.000" }] },
      now,
    );
    const decision = await db().decision.findFirstOrThrow({
      where: { projectId: project.id },
      include: { years: { orderBy: { year: "asc" } } },
    });
    expect(decision).toMatchObject({ outcome: "APPROVED", amountOre: 8_000_000n, decidingBody: "PLENARY" });
    expect(decision.years.map((y) => [y.year, y.amountOre, y.conditional])).toEqual([
      [2026, 5_000_000n, false],
      [2027, 3_000_000n, true],
    ]);
    expect(await db().project.findUniqueOrThrow({ where: { id: project.id } })).toMatchObject({
      status: "APPROVED",
      approvedAmountOre: 8_000_000n,
    });
    const change = await db().projectStatusChange.findFirstOrThrow({
      where: { projectId: project.id, to: "APPROVED" },
    });
    expect(change).toMatchObject({ from: "RECOMMENDED", byId: s.secretariat.id });
    const overview = (await getSecretariatOverview(s.secretariat))!;
    const mine = overview.ledger.filter((l) => l.pool === "Puljen" && l.id.length > 0);
    expect(mine.find((l) => l.year === 2027)!.committedOre).toBe(3_000_000);
    expect(mine.find((l) => l.year === 2026)!.committedOre).toBe(5_000_000);
  });
});
