import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { drawSpotChecks } from "@/lib/grants/model";
import { getApplicantReporting, getOwnApplication } from "@/lib/reporting/queries";
import { getInitiative } from "@/lib/public/queries";
import { approveAccounts, requestMoreAccounts } from "@/lib/reporting/review";
import type { AccountsFormInput } from "@/lib/reporting/schema";
import { drawSpotCheck } from "@/lib/reporting/spot-checks";
import { submitAccounts } from "@/lib/reporting/submit";
import { seedDemo } from "@/prisma/seed/demo";
import { actorFor, createCommittee, createUser } from "@/tests/factories";

const link = (n: number) => `demo-grant-${String(n).padStart(2, "0")}-link-0000000000`;
const pdf = new TextEncoder().encode("%PDF-1.4 kvittering");
const noFiles = { receipts: [], documents: [] };

async function budgetOf(applicationId: string) {
  return db().applicationBudgetLine.findMany({
    where: { applicationId, isIncome: false },
    orderBy: { position: "asc" },
  });
}

async function accountsInput(n: number, actual: string[], extra: Partial<AccountsFormInput> = {}) {
  const budget = await budgetOf(`demo-grant-${String(n).padStart(2, "0")}`);
  return {
    token: link(n),
    version: 0,
    lines: budget.map((b, i) => ({ budgetLineId: b.id, actual: actual[i] ?? "0" })),
    income: [{ label: "Entré", amount: "500" }],
    text: "Vi holdt tre aftener.",
    participants: "42",
    criteriaText: "Over 40 deltagere.",
    answer: "",
    submittedName: "Jonas Berg",
    ...extra,
  } satisfies AccountsFormInput;
}

beforeAll(async () => {
  await seedDemo(process.env.DATABASE_URL!);
}, 120_000);

describe("reporting back through the private link", () => {
  it("records accounts matching the budget, the evaluation and the receipts, and moves the status", async () => {
    const input = await accountsInput(6, ["9.500", "4.000,50"]);
    await submitAccounts(null, input, {
      receipts: [{ name: "kvit.pdf", size: pdf.length, bytes: pdf }],
      documents: [],
    });
    const app = await db().application.findUniqueOrThrow({
      where: { id: "demo-grant-06" },
      include: { accounts: { include: { lines: true, attachments: true } }, evaluations: true },
    });
    expect(app.status).toBe("ACCOUNTS_RECEIVED");
    expect(app.accounts!.submittedName).toBe("Jonas Berg");
    expect(app.accounts!.lines.map((l) => [l.isIncome, l.actualOre])).toEqual(
      expect.arrayContaining([
        [false, 950_000n],
        [false, 400_050n],
        [true, 50_000n],
      ]),
    );
    expect(app.accounts!.attachments).toHaveLength(1);
    expect(app.accounts!.attachments[0]).toMatchObject({ isReceipt: true, mimeType: "application/pdf" });
    expect(Buffer.from(app.accounts!.attachments[0]!.data!).toString()).toContain("kvittering");
    expect(app.evaluations[0]).toMatchObject({ participants: 42, criteriaText: "Over 40 deltagere." });
    const audit = await db().auditEntry.findFirst({ where: { action: "accounts.submit", entityId: app.accounts!.id } });
    expect(audit).not.toBeNull();
    // A second send of the same form (a double click) is a conflict, and writes nothing more.
    await expect(submitAccounts(null, input, noFiles)).rejects.toThrow();
    expect(await db().evaluation.count({ where: { applicationId: "demo-grant-06" } })).toBe(1);
  });

  it("refuses a forged line, a missing line, a negative amount and a file that is not what it says", async () => {
    const good = await accountsInput(4, ["8.000", "8.000"]);
    const forged = { ...good, lines: [{ ...good.lines[0]!, budgetLineId: "forged-line" }, good.lines[1]!] };
    await expect(submitAccounts(null, forged, noFiles)).rejects.toMatchObject({
      fieldErrors: { "lines.0.actual": "reporting.lineUnknown" },
    });
    // Another grant's budget line is as forged as an invented one.
    const other = (await budgetOf("demo-grant-05"))[0]!;
    const foreign = { ...good, lines: [{ budgetLineId: other.id, actual: "1" }, good.lines[1]!] };
    await expect(submitAccounts(null, foreign, noFiles)).rejects.toMatchObject({
      fieldErrors: { "lines.0.actual": "reporting.lineUnknown" },
    });
    await expect(submitAccounts(null, { ...good, lines: [good.lines[0]!] }, noFiles)).rejects.toMatchObject({
      fieldErrors: { lines: "reporting.lineMissing" },
    });
    const negative = { ...good, lines: [good.lines[0]!, { ...good.lines[1]!, actual: "-200" }] };
    await expect(submitAccounts(null, negative, noFiles)).rejects.toMatchObject({
      fieldErrors: { "lines.1.actual": "reporting.amountNegative" },
    });
    const fake = new TextEncoder().encode("<html>not a pdf</html>");
    await expect(
      submitAccounts(null, good, { receipts: [{ name: "x.pdf", size: fake.length, bytes: fake }], documents: [] }),
    ).rejects.toMatchObject({ fieldErrors: { receipts: "reporting.fileType" } });
    const app = await db().application.findUniqueOrThrow({
      where: { id: "demo-grant-04" },
      include: { accounts: true },
    });
    expect(app.status).toBe("GRANT_ACCEPTED");
    expect(app.accounts).toBeNull();
  });

  it("a guessed link reaches nothing", async () => {
    const input = await accountsInput(4, ["1", "1"]);
    await expect(submitAccounts(null, { ...input, token: "gaettet-token-der-ikke-findes" }, noFiles)).rejects.toThrow(
      "not found",
    );
  });
});

describe("the secretariat's review", () => {
  it("asks for more, the applicant answers through the link, and the earlier evaluation is kept", async () => {
    const secretariat = await actorFor("sekretariat@example.dk");
    const before = await db().accountsReport.findUniqueOrThrow({ where: { applicationId: "demo-grant-07" } });
    await requestMoreAccounts(
      secretariat,
      { applicationId: "demo-grant-07", version: before.version, text: "Send kvitteringen for lærredet." },
      { origin: "https://lokalpulje.test" },
    );
    const returned = await db().application.findUniqueOrThrow({
      where: { id: "demo-grant-07" },
      include: { accounts: true },
    });
    expect(returned.status).toBe("ACCOUNTS_RETURNED");
    expect(returned.accounts).toMatchObject({
      status: "MORE_REQUESTED",
      requestText: "Send kvitteringen for lærredet.",
    });
    const mail = await db().emailMessage.findFirstOrThrow({
      where: { applicationId: "demo-grant-07", kind: "accounts.moreRequested" },
    });
    expect(mail.body).toContain("Send kvitteringen for lærredet.");

    const input = await accountsInput(7, ["11.400", "6.000"], { version: returned.accounts!.version });
    await expect(submitAccounts(null, input, noFiles)).rejects.toMatchObject({
      fieldErrors: { answer: "reporting.answerRequired" },
    });
    await submitAccounts(
      null,
      { ...input, answer: "Her er kvitteringen." },
      {
        receipts: [{ name: "laerred.pdf", size: pdf.length, bytes: pdf }],
        documents: [],
      },
    );
    const answered = await db().application.findUniqueOrThrow({
      where: { id: "demo-grant-07" },
      include: { accounts: { include: { attachments: true } }, evaluations: true, messages: true },
    });
    expect(answered.status).toBe("ACCOUNTS_RECEIVED");
    expect(answered.accounts).toMatchObject({ status: "SUBMITTED", answerText: "Her er kvitteringen." });
    expect(answered.evaluations).toHaveLength(2);
    expect(answered.messages.map((m) => m.body)).toEqual(
      expect.arrayContaining(["Send kvitteringen for lærredet.", "Her er kvitteringen."]),
    );
  });

  it("approves with a partial rejection: a reason is required and the rejection is at most the expenses", async () => {
    const secretariat = await actorFor("sekretariat@example.dk");
    const { version } = await db().accountsReport.findUniqueOrThrow({ where: { applicationId: "demo-grant-07" } });
    const input = {
      applicationId: "demo-grant-07",
      version,
      rejected: "400",
      rejectionReason: "",
      publishEvaluation: true,
    };
    await expect(approveAccounts(secretariat, input)).rejects.toMatchObject({
      fieldErrors: { rejectionReason: "accountsReview.reasonRequired" },
    });
    await expect(
      approveAccounts(secretariat, { ...input, rejected: "1.000.000", rejectionReason: "x" }),
    ).rejects.toMatchObject({ fieldErrors: { rejected: "accountsReview.rejectedTooHigh" } });
    await approveAccounts(secretariat, { ...input, rejectionReason: "Forplejning er ikke dækket." });
    const app = await db().application.findUniqueOrThrow({
      where: { id: "demo-grant-07" },
      include: { accounts: true },
    });
    expect(app.status).toBe("APPROVED");
    expect(app.accounts).toMatchObject({ status: "APPROVED", rejectedOre: 40_000n, approvedById: secretariat.id });
    // A stale second approval is refused.
    await expect(approveAccounts(secretariat, input)).rejects.toThrow();
    // "What came of it": the latest evaluation is published with the approval, the earlier one is not, and the
    // initiative's public page shows it once the initiative is published.
    const evaluations = await db().evaluation.findMany({
      where: { applicationId: "demo-grant-07" },
      orderBy: { receivedAt: "asc" },
    });
    expect(evaluations.map((e) => e.published)).toEqual([false, true]);
    await db().application.update({ where: { id: "demo-grant-07" }, data: { publishedAt: new Date() } });
    const page = (await getInitiative(null, "demo-grant-07"))!;
    expect(page.evaluations.map((e) => e.text)).toEqual([evaluations[1]!.text]);
  });

  it("another committee's secretariat cannot review", async () => {
    const committee = await createCommittee();
    const { actor } = await createUser({ roles: [{ committeeId: committee.id, role: "SECRETARIAT" }] });
    const report = await db().accountsReport.findUniqueOrThrow({ where: { applicationId: "demo-grant-06" } });
    const input = {
      applicationId: "demo-grant-06",
      version: report.version,
      rejected: "",
      rejectionReason: "",
      publishEvaluation: false,
    };
    await expect(approveAccounts(actor, input)).rejects.toThrow("not found");
    await expect(
      requestMoreAccounts(
        actor,
        { applicationId: "demo-grant-06", version: report.version, text: "Mere" },
        {
          origin: "https://x.test",
        },
      ),
    ).rejects.toThrow("not found");
    expect((await db().application.findUniqueOrThrow({ where: { id: "demo-grant-06" } })).status).toBe(
      "ACCOUNTS_RECEIVED",
    );
  });

  it("a grant drawn for a spot check cannot be approved before a receipt is uploaded", async () => {
    const secretariat = await actorFor("sekretariat@example.dk");
    await submitAccounts(null, await accountsInput(4, ["8.000", "7.500"]), noFiles);
    const report = await db().accountsReport.update({
      where: { applicationId: "demo-grant-04" },
      data: { spotCheck: true },
    });
    const input = {
      applicationId: "demo-grant-04",
      version: report.version,
      rejected: "",
      rejectionReason: "",
      publishEvaluation: false,
    };
    await expect(approveAccounts(secretariat, input)).rejects.toMatchObject({
      messageKey: "accountsReview.receiptsRequired",
    });
    await db().attachment.create({
      data: {
        accountsId: report.id,
        isReceipt: true,
        filename: "k.pdf",
        mimeType: "application/pdf",
        sizeBytes: 3,
        sha256: "x",
        data: Buffer.from("%PD"),
      },
    });
    await approveAccounts(secretariat, input);
    expect((await db().application.findUniqueOrThrow({ where: { id: "demo-grant-04" } })).status).toBe("APPROVED");
  });
});

describe("spot checks", () => {
  it("draws reproducibly from the recorded seed, and concurrent draws never draw a report twice", async () => {
    const secretariat = await actorFor("sekretariat@example.dk");
    const input = { poolId: "demo-pool-noerrebro", year: 2026 };
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => drawSpotCheck(secretariat, input)));
    expect(results.some((r) => r.status === "fulfilled")).toBe(true);
    const draws = await db().spotCheckDraw.findMany({ where: { poolId: input.poolId, year: 2026 } });
    const drawn = draws.flatMap((d) => d.drawn);
    expect(new Set(drawn).size).toBe(drawn.length);
    for (const d of draws) expect(drawSpotChecks(d.seed, d.population, d.sharePct)).toEqual(d.drawn);
    const flagged = await db().accountsReport.findMany({
      where: { spotCheck: true, spotCheckDrawId: { not: null } },
      select: { application: { select: { reference: true } } },
    });
    expect(flagged.map((f) => f.application.reference).sort()).toEqual([...drawn].sort());
    const audits = await db().auditEntry.count({ where: { action: "spotCheck.draw" } });
    expect(audits).toBe(draws.length);
  });

  it("draws only accounts awaiting review, each in one population at most, so a redraw cannot pick more", async () => {
    const secretariat = await actorFor("sekretariat@example.dk");
    const input = { poolId: "demo-pool-noerrebro", year: 2026 };
    const before = await db().spotCheckDraw.findMany({ where: input });
    // Whatever the draws above took: a draw now has nothing new to draw from and says so.
    await expect(drawSpotCheck(secretariat, input)).rejects.toMatchObject({ messageKey: "spotChecks.nothingNew" });
    const populations = before.flatMap((d) => d.population);
    expect(new Set(populations).size).toBe(populations.length);
    const approved = await db().accountsReport.findMany({
      where: { status: "APPROVED", application: { call: { poolId: input.poolId } } },
      select: { application: { select: { reference: true } } },
    });
    expect(approved.length).toBeGreaterThan(0);
    for (const a of approved) expect(populations).not.toContain(a.application.reference);
  });

  it("another committee's secretariat cannot draw in the pool", async () => {
    const committee = await createCommittee();
    const { actor } = await createUser({ roles: [{ committeeId: committee.id, role: "SECRETARIAT" }] });
    await expect(drawSpotCheck(actor, { poolId: "demo-pool-noerrebro", year: 2026 })).rejects.toThrow("not found");
  });
});

describe("the applicant's own page", () => {
  it("reaches the applicant's own application, and not another applicant's", async () => {
    const applicant = await actorFor("ansoeger@example.dk");
    expect(await getApplicantReporting(applicant, { applicationId: "demo-grant-08" })).not.toBeNull();
    expect(await getApplicantReporting(applicant, { applicationId: "demo-grant-07" })).toBeNull();
    const committee = await db().committee.findFirstOrThrow({ where: { slug: "noerrebro" } });
    const { actor: other } = await createUser({ roles: [{ committeeId: committee.id, role: "APPLICANT" }] });
    expect(await getApplicantReporting(other, { applicationId: "demo-grant-08" })).toBeNull();
    expect(await getApplicantReporting(null, { applicationId: "demo-grant-08" })).toBeNull();
    expect((await getOwnApplication(applicant, "demo-grant-08"))?.title).toBe("Legedage i vinterferien");
    expect(await getOwnApplication(other, "demo-grant-08")).toBeNull();
    expect(await getOwnApplication(await actorFor("sekretariat@example.dk"), "demo-grant-08")).toBeNull();
  });
});
