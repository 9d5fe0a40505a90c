import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError, UnauthenticatedError, type Actor } from "@/lib/auth/permissions";
import { NotFoundError, UserError, ValidationError } from "@/lib/actions/errors";
import { hashToken } from "@/lib/applications/mutations";
import { replyAsApplicant, withdrawApplication } from "@/lib/applications/follow";
import { getApplicationByToken } from "@/lib/applications/queries";
import { getCallPage } from "@/lib/calls/queries";
import {
  askForInformation,
  recommend,
  recordVisit,
  saveAssignments,
  setEligibility,
  setShortlisted,
} from "@/lib/screening/mutations";
import { getApplicationFile, getAssignmentGrid } from "@/lib/screening/queries";
import { parseInboxFilters } from "@/lib/screening/model";
import { seedDemo } from "@/prisma/seed/demo";
import { actorFor } from "@/tests/factories";

// A whole 1×1 PNG: visit photos are decoded and re-encoded, so a bare header is refused.
const png = new Uint8Array(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
    "base64",
  ),
);
const token = "screening-token-for-application-003";
const versionOf = async (id: string) => (await db().application.findUniqueOrThrow({ where: { id } })).version;
let secretariat: Actor;
let member: Actor;
let ruledOutMember: Actor;

beforeAll(async () => {
  await seedDemo(process.env.DATABASE_URL!);
  await db().application.update({
    where: { id: "demo-app-003" },
    data: { accessTokenHash: hashToken(token), status: "SUBMITTED", eligible: null },
  });
  secretariat = await actorFor("sekretariat@example.dk");
  member = await actorFor("medlem1@example.dk");
  ruledOutMember = await actorFor("medlem3@example.dk");
}, 60_000);

describe("screening an application", () => {
  it("asks the applicant, who answers through the link; then marks it eligible", async () => {
    await askForInformation(secretariat, {
      applicationId: "demo-app-003",
      version: await versionOf("demo-app-003"),
      body: "Hvor mange deltagere forventer I?",
    });
    let app = await db().application.findUniqueOrThrow({ where: { id: "demo-app-003" }, include: { messages: true } });
    expect(app.status).toBe("AWAITING_INFO");
    expect(
      await db().emailMessage.count({ where: { applicationId: "demo-app-003", kind: "application.question" } }),
    ).toBe(1);

    await replyAsApplicant(token, "Omkring 40 beboere.", await versionOf("demo-app-003"));
    app = await db().application.findUniqueOrThrow({
      where: { id: "demo-app-003" },
      include: { messages: { orderBy: { createdAt: "asc" } } },
    });
    expect(app.status).toBe("SCREENING");
    expect(app.messages.map((m) => [m.fromApplicant, m.body])).toEqual([
      [false, "Hvor mange deltagere forventer I?"],
      [true, "Omkring 40 beboere."],
    ]);
    const seen = (await getApplicationByToken(null, token))!;
    expect(seen.messages).toHaveLength(2);

    await expect(
      setEligibility(secretariat, {
        applicationId: "demo-app-003",
        version: await versionOf("demo-app-003"),
        eligible: "no",
        reason: "",
      }),
    ).rejects.toThrow(ValidationError);
    await setEligibility(secretariat, {
      applicationId: "demo-app-003",
      version: await versionOf("demo-app-003"),
      eligible: "yes",
      reason: "",
    });
    app = await db().application.findUniqueOrThrow({ where: { id: "demo-app-003" }, include: { messages: true } });
    expect(app).toMatchObject({ eligible: true, status: "SCORING" });
    const audit = await db().auditEntry.findMany({ where: { entityId: "demo-app-003" }, select: { action: true } });
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(["application.ask", "application.reply", "application.eligibility"]),
    );
  });

  it("refuses a guessed link and nobody but the secretariat screens", async () => {
    await expect(replyAsApplicant("gaettet-token-der-ikke-findes-123", "Hej", 1)).rejects.toThrow(NotFoundError);
    const input = { applicationId: "demo-app-004", version: 1, eligible: "yes" as const, reason: "" };
    await expect(setEligibility(member, input)).rejects.toThrow(ForbiddenError);
    await expect(setEligibility(await actorFor("ansoeger@example.dk"), input)).rejects.toThrow(ForbiddenError);
    await expect(setEligibility(null as unknown as Actor, input)).rejects.toThrow(UnauthenticatedError);
    await expect(
      askForInformation(member, {
        applicationId: "demo-app-004",
        version: await versionOf("demo-app-004"),
        body: "Spørgsmål her",
      }),
    ).rejects.toThrow(ForbiddenError);
    await expect(
      setShortlisted(member, {
        applicationId: "demo-app-004",
        version: await versionOf("demo-app-004"),
        shortlisted: "yes",
      }),
    ).rejects.toThrow(ForbiddenError);
    await expect(
      recordVisit(
        member,
        {
          applicationId: "demo-app-004",
          version: await versionOf("demo-app-004"),
          visitedOn: "2026-11-20",
          participants: [],
          notes: "Noter her",
          photoAlt: "",
        },
        [],
      ),
    ).rejects.toThrow(ForbiddenError);
    await expect(saveAssignments(member, { callId: "demo-call-social", pairs: [] })).rejects.toThrow(ForbiddenError);
    await expect(
      recommend(await actorFor("ansoeger@example.dk"), {
        applicationId: "demo-app-004",
        version: await versionOf("demo-app-004"),
        outcome: "GRANT",
        amount: "10.000",
        text: "Godt projekt her",
      }),
    ).rejects.toThrow(ForbiddenError);
  });

  it("shortlists, records a visit with a photo only staff can fetch, and a recommendation", async () => {
    // demo-app-005 is seeded as recommended by the working group; demo-app-011 is still being scored.
    await setShortlisted(secretariat, {
      applicationId: "demo-app-011",
      version: await versionOf("demo-app-011"),
      shortlisted: "yes",
    });
    expect(await db().application.findUniqueOrThrow({ where: { id: "demo-app-011" } })).toMatchObject({
      shortlisted: true,
      status: "SHORTLISTED",
    });
    await expect(
      recordVisit(
        secretariat,
        {
          applicationId: "demo-app-011",
          version: await versionOf("demo-app-011"),
          visitedOn: "2026-11-20",
          participants: ["demo-user-medlem1"],
          notes: "Stærkt netværk",
          photoAlt: "Gården",
        },
        [{ name: "x.pdf", size: 5, bytes: new TextEncoder().encode("%PDF-") }],
      ),
    ).rejects.toMatchObject({
      fieldErrors: { photos: "screening.photoType" },
    });
    await expect(
      recordVisit(
        secretariat,
        {
          applicationId: "demo-app-011",
          version: await versionOf("demo-app-011"),
          visitedOn: "2026-11-20",
          participants: ["demo-user-ansoeger"],
          notes: "Stærkt netværk",
          photoAlt: "",
        },
        [],
      ),
    ).rejects.toMatchObject({ fieldErrors: { participants: "screening.participantsInvalid" } });
    await recordVisit(
      secretariat,
      {
        applicationId: "demo-app-011",
        version: await versionOf("demo-app-011"),
        visitedOn: "2026-11-20",
        participants: ["demo-user-medlem1", "demo-user-medlem2"],
        notes: "Stærkt netværk i gården.",
        photoAlt: "Gården med højbede",
      },
      [{ name: "gaard.png", size: png.length, bytes: png }],
    );
    const visit = await db().visit.findFirstOrThrow({
      where: { applicationId: "demo-app-011" },
      include: { participants: true, photos: true },
    });
    expect(visit.participants).toHaveLength(2);
    expect(visit.photos[0]).toMatchObject({ mimeType: "image/png", altText: "Gården med højbede" });
    expect((await getApplicationFile(secretariat, visit.photos[0]!.id))?.mimeType).toBe("image/png");
    expect(await getApplicationFile(await actorFor("ansoeger@example.dk"), visit.photos[0]!.id)).toBeNull();

    await expect(
      recommend(member, {
        applicationId: "demo-app-011",
        version: await versionOf("demo-app-011"),
        outcome: "GRANT",
        amount: "",
        text: "Et godt projekt.",
      }),
    ).rejects.toMatchObject({ fieldErrors: { amount: "decision.amountRequired" } });
    await recommend(member, {
      applicationId: "demo-app-011",
      version: await versionOf("demo-app-011"),
      outcome: "PARTIAL_GRANT",
      amount: "20.000",
      text: "Et godt projekt, men forplejning støttes ikke.",
    });
    expect(await db().application.findUniqueOrThrow({ where: { id: "demo-app-011" } })).toMatchObject({
      status: "RECOMMENDED",
    });
  });

  it("keeps a ruled-out member from recommending, the files and being assigned (the where clause)", async () => {
    await expect(
      recommend(ruledOutMember, {
        applicationId: "demo-app-007",
        version: await versionOf("demo-app-007"),
        outcome: "GRANT",
        amount: "10.000",
        text: "Mit eget projekt",
      }),
    ).rejects.toThrow(NotFoundError);
    const file = await db().attachment.create({
      data: {
        applicationId: "demo-app-007",
        filename: "budget.pdf",
        mimeType: "application/pdf",
        sizeBytes: 5,
        sha256: "x",
        data: Buffer.from("%PDF-"),
      },
    });
    expect(await getApplicationFile(ruledOutMember, file.id)).toBeNull();
    expect(await getApplicationFile(member, file.id)).not.toBeNull();

    const before = await db().reviewAssignment.findMany({
      where: { application: { callId: "demo-call-social" } },
      select: { applicationId: true, userId: true },
    });
    const wanted = [
      ...before.filter((p) => p.applicationId !== "demo-app-002"),
      { applicationId: "demo-app-007", userId: "demo-user-medlem3" },
      { applicationId: "demo-app-001", userId: "demo-user-medlem3" },
    ];
    await saveAssignments(secretariat, { callId: "demo-call-social", pairs: wanted });
    const after = await db().reviewAssignment.findMany({
      where: { application: { callId: "demo-call-social" } },
      select: { applicationId: true, userId: true },
    });
    expect(after.some((p) => p.applicationId === "demo-app-002")).toBe(false);
    expect(after.some((p) => p.applicationId === "demo-app-001" && p.userId === "demo-user-medlem3")).toBe(true);
    const wasAssigned007 = before.some((p) => p.applicationId === "demo-app-007" && p.userId === "demo-user-medlem3");
    expect(after.some((p) => p.applicationId === "demo-app-007" && p.userId === "demo-user-medlem3")).toBe(
      wasAssigned007,
    );
    await expect(
      saveAssignments(secretariat, {
        callId: "demo-call-social",
        pairs: [{ applicationId: "demo-app-001", userId: "demo-user-admin" }],
      }),
    ).rejects.toThrow(UserError);
    const grid = (await getAssignmentGrid(secretariat, "demo-call-social"))!;
    expect(grid.ruledOut).toContainEqual({ applicationId: "demo-app-007", userId: "demo-user-medlem3" });
    expect(await getAssignmentGrid(member, "demo-call-social")).toBeNull();
  });

  it("filters and searches the inbox, whatever is typed", async () => {
    await setShortlisted(secretariat, {
      applicationId: "demo-app-008",
      version: await versionOf("demo-app-008"),
      shortlisted: "yes",
    });
    const all = (await getCallPage(secretariat, "demo-call-social", parseInboxFilters({})))!.applications;
    const shortlisted = (await getCallPage(secretariat, "demo-call-social", parseInboxFilters({ shortlisted: "1" })))!
      .applications;
    expect(shortlisted.map((a) => a.id)).toEqual(all.filter((a) => a.shortlisted).map((a) => a.id));
    expect(shortlisted.map((a) => a.id)).toContain("demo-app-008");
    const eligible = (await getCallPage(secretariat, "demo-call-social", parseInboxFilters({ eligibility: "yes" })))!
      .applications;
    expect(eligible.every((a) => a.eligible === true)).toBe(true);
    const byRef = (await getCallPage(secretariat, "demo-call-social", parseInboxFilters({ q: "nlu-2026-003" })))!
      .applications;
    expect(byRef.map((a) => a.id)).toEqual(["demo-app-003"]);
    const weird = (await getCallPage(
      secretariat,
      "demo-call-social",
      parseInboxFilters({ q: `"'<script>alert(1)</script>%_\\`, status: "DROP TABLE" }),
    ))!.applications;
    expect(weird).toEqual([]);
    // A ruled-out member's inbox never holds the application, whatever the filter.
    const mine = (await getCallPage(ruledOutMember, "demo-call-social", parseInboxFilters({ q: "NLU-2026-007" })))!
      .applications;
    expect(mine).toEqual([]);
  });

  it("lets the applicant withdraw before the decision, not after", async () => {
    await db().application.update({
      where: { id: "demo-app-006" },
      data: { accessTokenHash: hashToken("withdraw-token-for-application-006") },
    });
    await withdrawApplication("withdraw-token-for-application-006", "Vi har fundet anden finansiering.");
    expect(await db().application.findUniqueOrThrow({ where: { id: "demo-app-006" } })).toMatchObject({
      status: "WITHDRAWN",
    });
    await expect(withdrawApplication("withdraw-token-for-application-006", "")).rejects.toThrow(UserError);
  });
});
