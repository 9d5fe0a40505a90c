import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import { getApplicantOverview, getMemberOverview, getSecretariatOverview } from "@/lib/dashboard/queries";
import { getProjectView } from "@/lib/projects/queries";
import { budgetMatrix, budgetTotal, workTotals } from "@/lib/projects/model";
import { listInitiatives, listOpenCalls } from "@/lib/public/queries";
import { parsePublicFilters } from "@/lib/public/model";
import { demoPassword, demoUsers, seedDemo } from "@/prisma/seed/demo";
import { actorFor } from "@/tests/factories";
import { outstandingItems } from "@/lib/meetings/outstanding";
import { advanceFor, grantStatuses } from "@/lib/grants/model";

beforeAll(async () => {
  expect(await seedDemo(process.env.DATABASE_URL!)).toBe("Demo data seeded.");
}, 60_000);

describe("the demo seed", () => {
  it("is idempotent: a second run adds nothing", async () => {
    const before = await db().application.count();
    expect(await seedDemo(process.env.DATABASE_URL!)).toMatch(/already has data/);
    expect(await db().application.count()).toBe(before);
  });

  it("creates every demo account with the demo password", async () => {
    for (const u of demoUsers) {
      const row = await db().user.findUniqueOrThrow({ where: { email: u.email }, select: { passwordHash: true } });
      expect(await verifyPassword(demoPassword, row.passwordHash), u.email).toBe(true);
    }
    expect(demoUsers.map((u) => u.email)).toEqual([
      "admin@example.dk",
      "sekretariat@example.dk",
      "sekretariat2@example.dk",
      "medlem1@example.dk",
      "medlem2@example.dk",
      "medlem3@example.dk",
      "medlem4@example.dk",
      "medlem5@example.dk",
      "observatoer@example.dk",
      "ansoeger@example.dk",
    ]);
  });

  it("holds the call with 18 applicants, a 5-criterion rubric tied to goals, and a ruled conflict", async () => {
    const call = await db().call.findUniqueOrThrow({
      where: { id: "demo-call-social" },
      include: { applications: true, rubric: { include: { criteria: true } } },
    });
    expect(call.title).toBe("50.000 kr. til en social indsats");
    expect(call.amountAvailableOre).toBe(5_000_000n);
    expect(new Set(call.applications.map((a) => a.organisationId)).size).toBe(18);
    expect(call.rubric!.criteria).toHaveLength(5);
    expect(call.rubric!.criteria.every((c) => c.planGoalId)).toBe(true);
    expect(call.rubric!.criteria.reduce((s, c) => s + c.weight, 0)).toBe(100);
    const scorers = await db().score.groupBy({
      by: ["userId"],
      where: { application: { callId: call.id } },
      _count: { applicationId: true },
    });
    expect(scorers).toHaveLength(5);
    const perMember = Object.fromEntries(scorers.map((s) => [s.userId, s._count.applicationId / 5]));
    expect(perMember["demo-user-medlem4"]).toBe(12);
    expect(perMember["demo-user-medlem5"]).toBe(15);
    // One ruled-out member and one ruled-out official (§ 3 binds the secretariat too).
    const conflicts = await db().conflictDeclaration.findMany({ orderBy: { id: "asc" } });
    expect(conflicts).toHaveLength(2);
    expect(conflicts[0]).toMatchObject({ userId: "demo-user-medlem3", excluded: true });
    expect(conflicts[1]).toMatchObject({
      userId: "demo-user-sekretariat2",
      applicationId: "demo-app-010",
      excluded: true,
    });
    for (const c of conflicts) expect(c.rulingReason).toMatch(/§ 3/);
  });

  it("stores the three example documents as structured projects with their totals", async () => {
    const admin = await actorFor("admin@example.dk");
    const conference = (await getProjectView(admin, "demo-project-boligsocial"))!;
    expect(budgetTotal(conference.budgetLines)).toBe(2_750_000);
    expect(
      workTotals({ roles: conference.workRoles, rows: conference.workRows, cells: conference.workCells })
        .secretariatMinutes,
    ).toBe(20 * 60);
    expect(conference.people.find((p) => p.name === "Lene E. Nielsen")?.uncertain).toBe(true);
    expect(conference.criteria.map((c) => c.kind)).toEqual(["RANGE", "QUALITATIVE", "DELIVERABLE"]);

    const programme = (await getProjectView(admin, "demo-project-moerkhoej"))!;
    expect(programme.children.map((c) => c.title)).toEqual([
      "Fællesskabende aktiviteter i Mørkhøj",
      "Bedre fritidsmuligheder",
      "Det gode forældresamarbejde",
    ]);
    expect(budgetMatrix(programme.budgetLines).totalOre).toBe(251_000_000);
    expect(programme.quarterSpans.length).toBeGreaterThanOrEqual(10);

    const voices = (await getProjectView(admin, "demo-project-stemmer"))!;
    expect(budgetTotal(voices.budgetLines)).toBe(6_000_000);
  });

  it("gives each role its dashboard data", async () => {
    const secretariat = (await getSecretariatOverview(await actorFor("sekretariat@example.dk")))!;
    expect(secretariat.calls.find((c) => c.title.startsWith("50.000"))?.applications).toBe(18);
    const m4 = (await getMemberOverview(await actorFor("medlem4@example.dk")))!;
    expect(m4.scoring.find((s) => s.callId === "demo-call-social")).toMatchObject({ done: 12, total: 18 });
    // Ruled out on one application: it is not hers to score, so 17.
    const m3 = (await getMemberOverview(await actorFor("medlem3@example.dk")))!;
    expect(m3.scoring.find((s) => s.callId === "demo-call-social")?.total).toBe(17);
    const applicant = (await getApplicantOverview(await actorFor("ansoeger@example.dk")))!;
    expect(applicant.map((a) => a.reference).sort()).toEqual(["NLU-2026-001", "NLU-S26-03", "NLU-S26-08"]);
  });

  it("holds a grant in every step of a grant's life, with its money on the 2026 pool year", async () => {
    const rows = await db().application.findMany({
      where: { callId: "demo-call-smaa-2026" },
      select: { status: true },
    });
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(grantStatuses));
    const payments = await db().payment.findMany({
      where: { decision: { application: { callId: "demo-call-smaa-2026" } } },
      select: { kind: true, amountOre: true, slot: true, decisionId: true },
    });
    // One advance and at most one final payout per grant, each in its slot.
    for (const p of payments) expect(p.slot).toBe(`${p.decisionId}:${p.kind}`);
    const letters = await db().grantLetter.findMany({
      where: { decision: { application: { callId: "demo-call-smaa-2026" } } },
      select: { accountsDueOn: true, advanceOre: true, acceptedAt: true, decision: { select: { amountOre: true } } },
    });
    expect(letters).toHaveLength(11);
    for (const l of letters) expect(Number(l.advanceOre)).toBe(advanceFor(Number(l.decision.amountOre), 50));
  });

  it("publishes only granted, published initiatives, without contact data", async () => {
    const initiatives = (await listInitiatives(null, parsePublicFilters({}))).items;
    expect(initiatives.map((i) => i.title).sort()).toEqual([
      "Bogbytteskab ved legepladsen",
      "Byvandringer om Nørrebros historie",
      "Korsang mod ensomhed",
      "Repair Café hver måned",
      "Sommerjob-messe for unge",
    ]);
    // A private person's grant is public without their name.
    expect(initiatives.find((i) => i.title === "Bogbytteskab ved legepladsen")?.organisation).toBeNull();
    expect(JSON.stringify(initiatives)).not.toMatch(/@example\.dk|\+45/);
    expect((await listOpenCalls(null)).map((c) => c.slug)).toEqual(["smaa-ansoegninger-hurtigt-spor"]);
  });

  it("has the conference recommended to the committee, awaiting approval, with no amount approved yet", async () => {
    const project = await db().project.findUniqueOrThrow({
      where: { id: "demo-project-boligsocial" },
      select: { status: true, approvedAmountOre: true, statusChanges: { select: { note: true } } },
    });
    expect(project).toMatchObject({ status: "RECOMMENDED", approvedAmountOre: null });
    expect(project.statusChanges.map((c) => c.note).join(" ")).toContain("op til 27.500 kr.");
  });

  it("has the working group's recommendations on four applications: three grants, a refusal", async () => {
    const recs = await db().recommendation.findMany({
      where: { application: { callId: "demo-call-social" } },
      orderBy: { applicationId: "asc" },
      select: {
        applicationId: true,
        outcome: true,
        amountOre: true,
        text: true,
        workingGroup: { select: { name: true } },
        application: { select: { status: true, requestedOre: true } },
      },
    });
    expect(recs.map((r) => r.applicationId)).toEqual(["demo-app-002", "demo-app-005", "demo-app-007", "demo-app-012"]);
    expect(recs.every((r) => r.application.status === "RECOMMENDED")).toBe(true);
    expect(recs.every((r) => r.workingGroup?.name.includes("social og sundhed"))).toBe(true);
    const grants = recs.filter((r) => r.outcome !== "REFUSAL");
    expect(grants).toHaveLength(3);
    expect(grants.reduce((s, r) => s + r.amountOre!, 0n)).toBeLessThanOrEqual(5_000_000n);
    for (const g of grants) expect(g.amountOre!).toBeLessThanOrEqual(g.application.requestedOre);
    const refusal = recs.find((r) => r.outcome === "REFUSAL")!;
    expect(refusal.amountOre).toBeNull();
    expect(refusal.text.length).toBeGreaterThan(20);
  });

  it("holds April 2025 with published minutes, March 2026 held, and January 2027 planned with an agenda", async () => {
    const meetings = await db().meeting.findMany({
      orderBy: { startsAt: "asc" },
      select: {
        id: true,
        title: true,
        status: true,
        minutesApprovedAt: true,
        minutesPublishedAt: true,
        attendees: { select: { attendance: true, substituteName: true } },
        agendaItems: {
          orderBy: { position: "asc" },
          select: { title: true, applicationId: true, callId: true, projectId: true, minutesText: true },
        },
        minutesVersions: { select: { number: true } },
      },
    });
    expect(meetings.map((m) => [m.title, m.status])).toEqual([
      ["Lokaludvalgsmøde april 2025", "MINUTES_PUBLISHED"],
      ["Lokaludvalgsmøde marts 2026", "HELD"],
      ["Lokaludvalgsmøde januar 2027", "PLANNED"],
    ]);
    const [april, march, january] = meetings as [(typeof meetings)[0], (typeof meetings)[0], (typeof meetings)[0]];
    expect(april.minutesApprovedAt).not.toBeNull();
    expect(april.minutesPublishedAt).not.toBeNull();
    expect(april.minutesVersions.map((v) => v.number)).toEqual([1]);
    expect(april.attendees).toHaveLength(5);
    expect(april.attendees.filter((a) => a.attendance === "ABSENT_WITH_NOTICE").map((a) => a.substituteName)).toEqual([
      "Mikkel Brandt",
    ]);
    expect(april.agendaItems[0]!.title).toBe("Godkendelse af dagsorden");
    expect(april.agendaItems.at(-1)!.title).toBe("Eventuelt");
    const cases = april.agendaItems.filter((i) => i.applicationId);
    expect(cases).toHaveLength(7);
    expect(cases.every((i) => i.minutesText.startsWith("Lokaludvalget "))).toBe(true);
    const decisions = await db().decision.findMany({
      where: { application: { callId: "demo-call-pulje-2025" } },
      select: { agendaItemId: true, meetingId: true, decidingBody: true },
    });
    expect(decisions.every((x) => x.agendaItemId && x.meetingId === april.id && x.decidingBody === "PLENARY")).toBe(
      true,
    );
    expect(await outstandingItems(db(), april.id)).toEqual([]);

    expect(march.agendaItems).toHaveLength(2);
    expect(january.agendaItems.map((i) => i.title)).toEqual(
      expect.arrayContaining([
        "Godkendelse af dagsorden",
        "Godkendelse af referat fra sidste møde",
        "Meddelelser",
        "Eventuelt",
      ]),
    );
    // The social call's and the conference's cases are left for the agenda to be built from them.
    expect(january.agendaItems.every((i) => !i.applicationId && !i.callId && !i.projectId)).toBe(true);
    expect(january.attendees.every((a) => a.attendance === "INVITED")).toBe(true);
  });
});
