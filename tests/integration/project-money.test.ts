import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/auth/permissions";
import { ConflictError, NotFoundError, UserError, ValidationError } from "@/lib/actions/errors";
import { addExpense, deleteExpense } from "@/lib/project-money/expense-mutations";
import { addHours, deleteHours } from "@/lib/project-money/hours-mutations";
import { saveCapacity } from "@/lib/project-money/capacity-mutations";
import { getProjectMoney, getReceipt } from "@/lib/project-money/queries";
import { getCapacityPage } from "@/lib/project-money/capacity-queries";
import { changeProjectStatus } from "@/lib/projects/status-mutations";
import { saveProject } from "@/lib/projects/mutations";
import { readProjectDocument } from "@/lib/projects/read";
import { seedDemo } from "@/prisma/seed/demo";
import { actorFor, createCommittee, createUser } from "@/tests/factories";

const projectId = "demo-project-moerkhoej";
const committeeId = "demo-committee-moerkhoej";
const pdf = new Uint8Array(Buffer.from("%PDF-1.4\n% kvittering\n%%EOF\n"));
const file = (name: string, bytes: Uint8Array) => ({ name, size: bytes.length, bytes });

/** A leaf line of the programme's own budget (no line hangs under it). */
const leafLine = async () =>
  (await db().budgetLine.findFirstOrThrow({ where: { projectId, children: { none: {} }, label: "Løn", year: 2021 } }))
    .id;
const fundsYear = async (year: number) =>
  (await db().decisionYear.findFirstOrThrow({ where: { year, decision: { projectId } } })).id;
const expense = async (over: Partial<Parameters<typeof addExpense>[1]> = {}) => ({
  projectId,
  budgetLineId: await leafLine(),
  decisionYearId: "",
  amount: "1.250,50",
  spentOn: "2021-06-01",
  description: "Kursus for den sociale innovator",
  ...over,
});
const count = () => db().projectExpense.count({ where: { projectId } });

beforeAll(async () => {
  await seedDemo(process.env.DATABASE_URL!);
}, 60_000);

describe("a project's expenses", () => {
  it("go on a leaf line and the funds year of their date, with the receipt in the database, audited", async () => {
    const secretariat = await actorFor("sekretariat@example.dk");
    const { id } = await addExpense(secretariat, await expense(), [file("kvittering.pdf", pdf)]);
    const row = await db().projectExpense.findUniqueOrThrow({ where: { id }, include: { receipts: true } });
    expect(row.amountOre).toBe(125_050n);
    // The pool ledger counts the expense on this funds year.
    expect(row.decisionYearId).toBe(await fundsYear(2021));
    expect(row.receipts).toHaveLength(1);
    expect(row.receipts[0]).toMatchObject({ isReceipt: true, mimeType: "application/pdf", storageKey: null });
    expect(new Uint8Array(row.receipts[0]!.data!)).toEqual(pdf);
    expect(await db().auditEntry.count({ where: { action: "projectExpense.create", entityId: id, committeeId } })).toBe(
      1,
    );
    const money = (await getProjectMoney(secretariat, projectId))!;
    expect(money.summary.funds.find((y) => y.year === 2021)?.spentOre).toBe(125_050);
    expect(money.summary.rows.find((r) => r.id === row.budgetLineId)?.spentOre).toBe(125_050);
    expect((await getReceipt(secretariat, projectId, row.receipts[0]!.id))?.mimeType).toBe("application/pdf");
  });

  it("are paid from the first funds year when the date's year has no money, or from the year chosen", async () => {
    const secretariat = await actorFor("sekretariat@example.dk");
    const late = await addExpense(secretariat, await expense({ spentOn: "2025-01-10" }), []);
    const chosen = await addExpense(secretariat, await expense({ decisionYearId: await fundsYear(2022) }), []);
    const rows = await db().projectExpense.findMany({ where: { id: { in: [late.id, chosen.id] } } });
    expect(rows.find((r) => r.id === late.id)?.decisionYearId).toBe(await fundsYear(2019));
    expect(rows.find((r) => r.id === chosen.id)?.decisionYearId).toBe(await fundsYear(2022));
  });

  it("refuse a forged budget line or funds year, or a receipt that is not one, on the field", async () => {
    const secretariat = await actorFor("sekretariat@example.dk");
    const before = await count();
    const otherLine = await db().budgetLine.findFirstOrThrow({ where: { projectId: { not: projectId } } });
    const otherYear = await db().decisionYear.findFirstOrThrow({ where: { decision: { projectId: null } } });
    const refused = async (input: Awaited<ReturnType<typeof expense>>, files = [] as ReturnType<typeof file>[]) =>
      addExpense(secretariat, input, files).then(
        () => null,
        (e: unknown) => (e instanceof ValidationError ? e.fieldErrors : e),
      );
    expect(await refused(await expense({ budgetLineId: otherLine.id }))).toEqual({
      budgetLineId: "projectMoney.lineUnknown",
    });
    expect(await refused(await expense({ budgetLineId: "forged" }))).toEqual({
      budgetLineId: "projectMoney.lineUnknown",
    });
    expect(await refused(await expense({ decisionYearId: otherYear.id }))).toEqual({
      decisionYearId: "projectMoney.yearUnknown",
    });
    const text = new Uint8Array(Buffer.from("<html>kvittering.pdf</html>"));
    expect(await refused(await expense(), [file("kvittering.pdf", text)])).toEqual({
      receipts: "projectMoney.receiptType",
    });
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set(pdf);
    expect(await refused(await expense(), [file("stor.pdf", big)])).toEqual({
      receipts: "projectMoney.receiptTooLarge",
    });
    expect(await count()).toBe(before);
  });

  it("are only for an approved project", async () => {
    const secretariat = await actorFor("sekretariat@example.dk");
    const line = await db().budgetLine.findFirstOrThrow({ where: { projectId: "demo-project-boligsocial" } });
    const input = { ...(await expense()), projectId: "demo-project-boligsocial", budgetLineId: line.id };
    const refusal = await addExpense(secretariat, input, []).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(UserError);
    expect(refusal).toMatchObject({ messageKey: "projectMoney.notApproved" });
  });

  it("are deleted softly, audited, and no longer counted; a second delete is a conflict", async () => {
    const secretariat = await actorFor("sekretariat@example.dk");
    const { id } = await addExpense(secretariat, await expense({ amount: "999", spentOn: "2020-02-02" }), []);
    const spent2020 = async () =>
      (await getProjectMoney(secretariat, projectId))!.summary.funds.find((y) => y.year === 2020)!.spentOre;
    expect(await spent2020()).toBe(99_900);
    await deleteExpense(secretariat, id);
    expect((await db().projectExpense.findUniqueOrThrow({ where: { id } })).deletedAt).not.toBeNull();
    expect(await db().auditEntry.count({ where: { action: "projectExpense.delete", entityId: id } })).toBe(1);
    expect(await spent2020()).toBe(0);
    await expect(deleteExpense(secretariat, id)).rejects.toThrow(ConflictError);
  });
});

describe("a project's money against its approval", () => {
  it("is booked only by the committee's payment approvers: a member on it sees it, books nothing", async () => {
    const { actor: member } = await createUser({ roles: [{ committeeId, role: "MEMBER" }] });
    await db().projectPerson.create({ data: { projectId, role: "PARTICIPANT", name: member.name, userId: member.id } });
    await expect(addExpense(member, await expense(), [])).rejects.toThrow(ForbiddenError);
    const secretariat = await actorFor("sekretariat@example.dk");
    const { id } = await addExpense(secretariat, await expense({ amount: "10" }), []);
    await expect(deleteExpense(member, id)).rejects.toThrow(ForbiddenError);
    const seen = (await getProjectMoney(member, projectId))!;
    expect(seen.canSpend).toBe(false);
    expect(seen.expenses.some((e) => e.id === id)).toBe(true);
    expect((await getProjectMoney(secretariat, projectId))!.canSpend).toBe(true);
  });

  it("cannot spend more than a funds year has left, said on the amount with what is left", async () => {
    const secretariat = await actorFor("sekretariat@example.dk");
    const left = (await getProjectMoney(secretariat, projectId))!.summary.funds.find((y) => y.year === 2022)!.leftOre;
    const kroner = (ore: number) => (ore / 100).toFixed(2).replace(".", ",");
    const over = addExpense(
      secretariat,
      await expense({ decisionYearId: await fundsYear(2022), amount: kroner(left + 1) }),
      [],
    );
    await expect(over).rejects.toMatchObject({
      fieldErrors: { amount: "projectMoney.overYear" },
      fieldParams: { amount: { year: 2022, left: { ore: left } } },
    });
    await addExpense(secretariat, await expense({ decisionYearId: await fundsYear(2022), amount: kroner(left) }), []);
    const after = (await getProjectMoney(secretariat, projectId))!.summary.funds.find((y) => y.year === 2022)!;
    expect(after.leftOre).toBe(0);
  });

  it("keeps expenses of sub-lines of alike parents apart, never guessing among twins", async () => {
    const secretariat = await actorFor("sekretariat@example.dk");
    const version = async () => (await db().project.findUniqueOrThrow({ where: { id: projectId } })).version;
    const doc = (await readProjectDocument(db(), projectId))!;
    const block = (year: number) => ({
      label: "Aktiviteter",
      year,
      children: [{ label: "Honorar", amountOre: 100_000 }],
    });
    const twin = { label: "Tryk", amountOre: 50_000 };
    const withBlocks = { ...doc, budget: [...doc.budget!, block(2021), block(2022), twin, twin] };
    await saveProject(secretariat, projectId, await version(), withBlocks);
    const honorar = await db().budgetLine.findMany({
      where: { projectId, label: "Honorar" },
      include: { parent: true },
      orderBy: { position: "asc" },
    });
    const sub = (year: number) => honorar.find((l) => l.parent?.year === year)!.id;
    const twins = await db().budgetLine.findMany({ where: { projectId, label: "Tryk" }, orderBy: { position: "asc" } });
    const on = async (budgetLineId: string) =>
      (await addExpense(secretariat, await expense({ budgetLineId, amount: "10" }), [])).id;
    const [e2021, e2022, eTwin] = [await on(sub(2021)), await on(sub(2022)), await on(twins[1]!.id)];
    const lineOf = async (id: string) => {
      const row = await db().projectExpense.findUniqueOrThrow({ where: { id } });
      return row.budgetLineId
        ? await db().budgetLine.findUnique({ where: { id: row.budgetLineId }, include: { parent: true } })
        : null;
    };
    // The 2021 block and one of the twins removed.
    await saveProject(secretariat, projectId, await version(), { ...doc, budget: [...doc.budget!, block(2022), twin] });
    expect((await lineOf(e2022))?.parent?.year).toBe(2022);
    expect(await lineOf(e2021)).toBeNull();
    // Two lines alike became one: which one the expense was on cannot be told, so it is on no line, never guessed.
    expect(await lineOf(eTwin)).toBeNull();
    await saveProject(secretariat, projectId, await version(), doc);
  });

  it("keeps its expenses on their lines when the project is saved, and shows those whose line is gone", async () => {
    const secretariat = await actorFor("sekretariat@example.dk");
    const { id } = await addExpense(secretariat, await expense({ amount: "77" }), []);
    const version = async () => (await db().project.findUniqueOrThrow({ where: { id: projectId } })).version;
    const doc = (await readProjectDocument(db(), projectId))!;
    await saveProject(secretariat, projectId, await version(), doc);
    const row = await db().projectExpense.findUniqueOrThrow({ where: { id } });
    const line = await db().budgetLine.findUnique({ where: { id: row.budgetLineId! } });
    expect(line).toMatchObject({ projectId, label: "Løn", year: 2021 });
    // The line renamed: the expense is no longer on a line of the budget, and the page says so.
    const renamed = {
      ...doc,
      budget: doc.budget!.map((l) => (l.label === "Løn" && l.year === 2021 ? { ...l, label: "Lønninger" } : l)),
    };
    await saveProject(secretariat, projectId, await version(), renamed);
    const money = (await getProjectMoney(secretariat, projectId))!;
    expect(money.summary.unplaced.spentOre).toBeGreaterThanOrEqual(7_700);
    expect(money.summary.rows.reduce((s, r) => s + r.spentOre, 0) + money.summary.unplaced.spentOre).toBe(
      money.summary.total.spentOre,
    );
    expect(money.expenses.find((e) => e.id === id)?.line).toBeNull();
    // Named back (for the tests below): the expense stays where the rename left it, on no line.
    await saveProject(secretariat, projectId, await version(), doc);
    expect((await db().projectExpense.findUniqueOrThrow({ where: { id } })).budgetLineId).toBeNull();
  });
});

describe("secretariat hours", () => {
  it("are stored as minutes per person and date, counted against the estimate, and deleted softly", async () => {
    const secretariat = await actorFor("sekretariat@example.dk");
    const { id } = await addHours(secretariat, {
      projectId,
      userId: secretariat.id,
      workedOn: "2021-03-01",
      duration: "1:30",
      note: "Styregruppemøde",
    });
    await addHours(secretariat, {
      projectId,
      userId: secretariat.id,
      workedOn: "2021-03-02",
      duration: "2,5",
      note: "",
    });
    expect((await db().projectHours.findUniqueOrThrow({ where: { id } })).minutes).toBe(90);
    const money = (await getProjectMoney(secretariat, projectId))!;
    expect(money.hours.spentMinutes).toBe(240);
    expect(money.hours.perPerson).toEqual([{ userId: secretariat.id, person: secretariat.name, minutes: 240 }]);
    await deleteHours(secretariat, id);
    expect((await getProjectMoney(secretariat, projectId))!.hours.spentMinutes).toBe(150);
    expect(await db().auditEntry.count({ where: { action: "projectHours.delete", entityId: id } })).toBe(1);
  });

  it("are refused for someone outside the committee's secretariat, on the field", async () => {
    const secretariat = await actorFor("sekretariat@example.dk");
    await expect(
      addHours(secretariat, {
        projectId,
        userId: "demo-user-medlem1",
        workedOn: "2021-03-01",
        duration: "1",
        note: "",
      }),
    ).rejects.toMatchObject({ fieldErrors: { userId: "projectMoney.personUnknown" } });
  });
});

describe("the committee's capacity", () => {
  it("is entered by the committee's admin over the version seen; a stale version is a conflict", async () => {
    const admin = await actorFor("admin@example.dk");
    const secretariat = await actorFor("sekretariat@example.dk");
    const input = { committeeId, year: "2021", hours: "300", version: 0 };
    await expect(saveCapacity(secretariat, input)).rejects.toThrow(ForbiddenError);
    expect(await saveCapacity(admin, input)).toEqual({ version: 1 });
    // A second admin who loaded the page before the first saved.
    await expect(saveCapacity(admin, { ...input, hours: "10" })).rejects.toThrow(ConflictError);
    expect(await saveCapacity(admin, { ...input, hours: "1", version: 1 })).toEqual({ version: 2 });
    expect(await db().auditEntry.count({ where: { action: "committeeCapacity.save", committeeId } })).toBe(2);
    const year = (await getCapacityPage(secretariat, committeeId))!.years.find((y) => y.year === 2021)!;
    // 1 hour of capacity against the hours spent in 2021 above: over.
    expect(year).toMatchObject({ capacityHours: 1, version: 2, state: "over" });
    expect(year.spentMinutes).toBeGreaterThan(60);
    expect(year.rows.find((r) => r.id === projectId)?.spentMinutes).toBe(year.spentMinutes);
  });
});

describe("another committee's people", () => {
  it("cannot read or touch the project's money, hours, receipts or capacity", async () => {
    const other = await createCommittee();
    const { actor: outsider } = await createUser({ roles: [{ committeeId: other.id, role: "ADMIN" }] });
    const noerrebroMember = await actorFor("medlem1@example.dk");
    const secretariat = await actorFor("sekretariat@example.dk");
    const { id } = await addExpense(secretariat, await expense(), [file("k.pdf", pdf)]);
    const receipt = await db().attachment.findFirstOrThrow({ where: { expenseId: id } });
    for (const actor of [outsider, noerrebroMember]) {
      await expect(addExpense(actor, await expense(), [])).rejects.toThrow(NotFoundError);
      await expect(deleteExpense(actor, id)).rejects.toThrow(NotFoundError);
      await expect(
        addHours(actor, { projectId, userId: actor.id, workedOn: "2021-01-01", duration: "1", note: "" }),
      ).rejects.toThrow(NotFoundError);
      expect(await getProjectMoney(actor, projectId)).toBeNull();
      expect(await getReceipt(actor, projectId, receipt.id)).toBeNull();
      expect(await getCapacityPage(actor, committeeId)).toBeNull();
    }
    await expect(saveCapacity(outsider, { committeeId, year: "2030", hours: "5", version: 0 })).rejects.toThrow(
      ForbiddenError,
    );
    expect((await db().projectExpense.findUniqueOrThrow({ where: { id } })).deletedAt).toBeNull();
  });

  it("a member on the project records hours on it as they edit it; a member not on it reads only", async () => {
    const projectId = "demo-project-boligsocial";
    const onIt = new Set(
      (await db().projectPerson.findMany({ where: { projectId }, select: { userId: true } })).map((p) => p.userId),
    );
    const members = [1, 2, 3, 4, 5].map((n) => `medlem${n}@example.dk`);
    const onEmail = members.find((e) => onIt.has(`demo-user-${e.split("@")[0]}`))!;
    const offEmail = members.find((e) => !onIt.has(`demo-user-${e.split("@")[0]}`))!;
    const [on, off] = [await actorFor(onEmail), await actorFor(offEmail)];
    const hours = { projectId, userId: "demo-user-sekretariat", workedOn: "2026-01-01", duration: "1", note: "" };
    expect((await getProjectMoney(off, projectId))?.canEdit).toBe(false);
    await expect(addHours(off, hours)).rejects.toThrow(ForbiddenError);
    expect((await getProjectMoney(on, projectId))?.canEdit).toBe(true);
    await addHours(on, hours);
  });
});

// Last: the project is closed for good.
describe("a project closed", () => {
  it("returns each funds year's unspent part to the pool when it is closed, and then takes no expense", async () => {
    const secretariat = await actorFor("sekretariat@example.dk");
    const before = (await getProjectMoney(secretariat, projectId))!.summary.funds;
    await changeProjectStatus(secretariat, projectId, "EVALUATED", { to: "CLOSED" });
    const years = await db().decisionYear.findMany({ where: { decision: { projectId } }, orderBy: { year: "asc" } });
    for (const y of years) {
      const was = before.find((b) => b.year === y.year)!;
      expect(Number(y.releasedOre)).toBe(was.leftOre);
      expect(y.releasedAt).not.toBeNull();
    }
    const after = (await getProjectMoney(secretariat, projectId))!.summary.funds;
    expect(after.every((y) => y.leftOre === 0)).toBe(true);
    await expect(addExpense(secretariat, await expense({ amount: "1" }), [])).rejects.toMatchObject({
      messageKey: "projectMoney.closed",
    });
    const any = await db().projectExpense.findFirstOrThrow({ where: { projectId, deletedAt: null } });
    await expect(deleteExpense(secretariat, any.id)).rejects.toMatchObject({ messageKey: "projectMoney.closed" });
  });
});
