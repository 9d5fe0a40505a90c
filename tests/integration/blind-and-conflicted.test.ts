// Blind scoring stays blind, and the conflict rule binds officials too
// (forvaltningsloven § 3): each fails on the code before the integrity work.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/auth/permissions";
import { NotFoundError, UserError, ValidationError } from "@/lib/actions/errors";
import { reopenScoreSheet, saveScoreSheet } from "@/lib/scoring/mutations";
import { getCallRanking, getScorePage, listCallScoresForExport } from "@/lib/scoring/queries";
import { getCaseFile } from "@/lib/decisions/queries";
import { recordDecision } from "@/lib/decisions/mutations";
import { publishInitiative } from "@/lib/public/mutations";
import { getApplicationFile, getAssignmentGrid } from "@/lib/screening/queries";
import { askForInformation } from "@/lib/screening/mutations";
import { getCallPage } from "@/lib/calls/queries";
import { seedDemo } from "@/prisma/seed/demo";
import { actorFor, createUser } from "@/tests/factories";

const criteria = ["soc", "real", "arb", "ens", "uds"].map((c) => `demo-criterion-${c}`);
const sheet = (applicationId: string, submit: boolean, value = 4) => ({
  applicationId,
  submit,
  scores: criteria.map((criterionId) => ({ criterionId, value, notApplicable: false, comment: "" })),
});
const valuesOf = async (applicationId: string, userId: string) =>
  (await db().score.findMany({ where: { applicationId, userId }, orderBy: { criterionId: "asc" } })).map(
    (s) => s.value,
  );

beforeAll(async () => {
  await seedDemo(process.env.DATABASE_URL!);
}, 60_000);

describe("blind scoring stays blind", () => {
  it("a member who submitted, and so may read the others' scores, cannot change the sheet", async () => {
    const m4 = await actorFor("medlem4@example.dk");
    await saveScoreSheet(m4, sheet("demo-app-014", true, 2));
    expect((await getScorePage(m4, "demo-call-social", "demo-app-014"))!.others).not.toBeNull();
    await expect(saveScoreSheet(m4, sheet("demo-app-014", true, 5))).rejects.toMatchObject({
      messageKey: "scoring.sheetLocked",
    });
    await expect(saveScoreSheet(m4, sheet("demo-app-014", false, 5))).rejects.toBeInstanceOf(UserError);
    expect(await valuesOf("demo-app-014", m4.id)).toEqual([2, 2, 2, 2, 2]);
    // The same submit again (a double click) is no error and no change.
    await expect(saveScoreSheet(m4, sheet("demo-app-014", true, 2))).resolves.toEqual({ submitted: true });
  });

  it("a save racing the submit in another tab never changes a submitted sheet", async () => {
    const m4 = await actorFor("medlem4@example.dk");
    await Promise.allSettled([
      saveScoreSheet(m4, sheet("demo-app-015", true, 3)),
      saveScoreSheet(m4, sheet("demo-app-015", false, 1)),
    ]);
    const values = await valuesOf("demo-app-015", m4.id);
    const sheetRow = await db().scoreSheet.findUniqueOrThrow({
      where: { applicationId_userId: { applicationId: "demo-app-015", userId: m4.id } },
    });
    // Either the draft came first and the submit overwrote it, or the submit came first and the draft was refused.
    expect(sheetRow.submittedAt).not.toBeNull();
    expect(values).toEqual([3, 3, 3, 3, 3]);
  });

  it("the secretariat reopens a sheet with a reason on the record; only then may the member change it", async () => {
    const m4 = await actorFor("medlem4@example.dk");
    const secretariat = await actorFor("sekretariat@example.dk");
    await saveScoreSheet(m4, sheet("demo-app-016", true, 2));
    await expect(
      reopenScoreSheet(m4, {
        applicationId: "demo-app-016",
        userId: m4.id,
        reason: "Jeg vil gerne rette min egen vurdering.",
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      reopenScoreSheet(secretariat, { applicationId: "demo-app-016", userId: m4.id, reason: "fejl" }),
    ).rejects.toBeInstanceOf(ValidationError);
    await reopenScoreSheet(secretariat, {
      applicationId: "demo-app-016",
      userId: m4.id,
      reason: "Medlemmet har oplyst en tastefejl på alle kriterier.",
    });
    const entry = await db().auditEntry.findFirstOrThrow({
      where: { entityId: "demo-app-016", action: "score.reopen" },
    });
    expect(entry).toMatchObject({
      actorId: secretariat.id,
      changes: { userId: m4.id, reason: "Medlemmet har oplyst en tastefejl på alle kriterier." },
    });
    await saveScoreSheet(m4, sheet("demo-app-016", true, 4));
    expect(await valuesOf("demo-app-016", m4.id)).toEqual([4, 4, 4, 4, 4]);
    const row = await db().scoreSheet.findUniqueOrThrow({
      where: { applicationId_userId: { applicationId: "demo-app-016", userId: m4.id } },
    });
    expect(row).toMatchObject({
      reopenedById: secretariat.id,
      reopenReason: "Medlemmet har oplyst en tastefejl på alle kriterier.",
    });
  });
});

describe("another committee's official", () => {
  it("cannot reopen a sheet of this committee's call, and the sheet stays locked", async () => {
    const m4 = await actorFor("medlem4@example.dk");
    await saveScoreSheet(m4, sheet("demo-app-017", true, 3));
    const other = await db().committee.create({
      data: { name: "Andet udvalg", slug: "andet-udvalg-reopen", municipality: "Testkommune" },
    });
    const { actor: foreign } = await createUser({ roles: [{ committeeId: other.id, role: "SECRETARIAT" }] });
    await expect(
      reopenScoreSheet(foreign, {
        applicationId: "demo-app-017",
        userId: m4.id,
        reason: "Forsøg fra et andet udvalg.",
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const row = await db().scoreSheet.findUniqueOrThrow({
      where: { applicationId_userId: { applicationId: "demo-app-017", userId: m4.id } },
    });
    expect(row.submittedAt).not.toBeNull();
  });
});

describe("conflict of interest binds the secretariat too", () => {
  it("an official ruled out loses the case file, its files, the exports, its ranking row, its decision", async () => {
    const nbro = await db().committee.findUniqueOrThrow({ where: { slug: "noerrebro" } });
    const { actor: official } = await createUser({ roles: [{ committeeId: nbro.id, role: "SECRETARIAT" }] });
    const appId = "demo-app-001";
    const attachment = await db().attachment.create({
      data: {
        applicationId: appId,
        filename: "budget.pdf",
        mimeType: "application/pdf",
        sizeBytes: 4,
        sha256: "x",
        data: Buffer.from("%PDF"),
      },
    });
    // Before the ruling the official sees everything.
    expect(await getCaseFile(official, "demo-call-social", appId)).not.toBeNull();
    await db().conflictDeclaration.create({
      data: {
        applicationId: appId,
        userId: official.id,
        ground: "LEADING_ROLE",
        description: "Kasserer i foreningen",
        declaredById: official.id,
        excluded: true,
        ruledAt: new Date(),
      },
    });

    expect(await getCaseFile(official, "demo-call-social", appId)).toBeNull();
    expect(await getApplicationFile(official, attachment.id)).toBeNull();
    expect((await getCallPage(official, "demo-call-social"))!.applications.map((a) => a.id)).not.toContain(appId);
    expect(
      (await getCallRanking(official, "demo-call-social"))!.ranking.applications.map((r) => r.applicationId),
    ).not.toContain(appId);
    expect((await listCallScoresForExport(official, "demo-call-social"))!.map((r) => r.applicationId)).not.toContain(
      appId,
    );
    expect((await getAssignmentGrid(official, "demo-call-social"))!.applications.map((a) => a.id)).not.toContain(appId);
    const app = await db().application.findUniqueOrThrow({ where: { id: appId } });
    await expect(
      recordDecision(official, {
        applicationId: appId,
        version: app.version,
        outcome: "REFUSAL",
        amount: "",
        fundsYear: 2026,
        reasons: "Inhabil embedsmand forsøger.",
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      askForInformation(official, { applicationId: appId, version: app.version, body: "Et spørgsmål fra en inhabil." }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await db().decision.count({ where: { applicationId: appId } })).toBe(0);
    const granted = "demo-app-2025-001";
    await db().conflictDeclaration.create({
      data: {
        applicationId: granted,
        userId: official.id,
        ground: "FAMILY",
        description: "Min søster leder initiativet",
        declaredById: official.id,
        excluded: true,
        ruledAt: new Date(),
      },
    });
    await expect(
      publishInitiative(official, {
        applicationId: granted,
        summary: "Et forsøg fra en inhabil embedsmand.",
        publicName: "",
        portraitTitle: "",
        portraitBody: "",
        portraitMonth: "2026-11",
        photoIds: [],
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
    // A colleague who is not ruled out still handles the case.
    expect(await getCaseFile(await actorFor("sekretariat@example.dk"), "demo-call-social", appId)).not.toBeNull();
  });

  it("a member cannot find applicants by their contact data in the inbox search", async () => {
    const app = await db().application.findUniqueOrThrow({
      where: { id: "demo-app-003" },
      select: { contactName: true },
    });
    const member = await actorFor("medlem1@example.dk");
    const staff = await actorFor("sekretariat@example.dk");
    const q = { q: app.contactName, status: null, eligibility: null, shortlisted: false };
    expect((await getCallPage(staff, "demo-call-social", q))!.applications.map((a) => a.id)).toContain("demo-app-003");
    expect((await getCallPage(member, "demo-call-social", q))!.applications.map((a) => a.id)).not.toContain(
      "demo-app-003",
    );
  });
});
