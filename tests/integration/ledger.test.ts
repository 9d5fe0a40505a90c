import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { parseCsv } from "@/lib/csv";
import { getPoolsPage, getPoolYearPage } from "@/lib/ledger/queries";
import { getSecretariatOverview } from "@/lib/dashboard/queries";
import { seedDemo } from "@/prisma/seed/demo";
import { actorFor, createCommittee, createUser } from "@/tests/factories";

// The route handler reads the session; here the session is whoever the test says.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
const { GET: ledgerCsv } = await import("@/app/api/pools/[poolId]/[year]/ledger.csv/route");

const csvFor = async (actor: Actor | null, poolId: string, year: string) => {
  session.actor = actor;
  return ledgerCsv(new Request("http://test/"), { params: Promise.resolve({ poolId, year }) });
};

const POOL = "demo-pool-noerrebro";

beforeAll(async () => {
  await seedDemo(process.env.DATABASE_URL!);
}, 120_000);

/** The demo pool year's figures, added up here from the rows themselves. */
async function independently(poolYearId: string) {
  const py = await db().poolYear.findUniqueOrThrow({ where: { id: poolYearId } });
  const years = await db().decisionYear.findMany({ where: { poolYearId } });
  const payments = await db().payment.findMany({ where: { poolYearId } });
  const expenses = await db().projectExpense.findMany({ where: { deletedAt: null, decisionYear: { poolYearId } } });
  const n = (v: bigint | null) => Number(v ?? 0n);
  const committedOre = years.reduce((s, y) => s + n(y.amountOre), 0);
  const releasedOre = years.reduce((s, y) => s + n(y.releasedOre), 0);
  const paidOre =
    payments.reduce((s, p) => s + (p.kind === "REPAYMENT" || p.kind === "RETURN" ? -1 : 1) * n(p.amountOre), 0) +
    expenses.reduce((s, e) => s + n(e.amountOre), 0);
  return {
    budgetOre: n(py.budgetOre),
    committedOre,
    conditionalOre: years.filter((y) => y.conditional).reduce((s, y) => s + n(y.amountOre), 0),
    releasedOre,
    paidOre,
    outstandingOre: committedOre - paidOre - releasedOre,
    availableOre: n(py.budgetOre) - committedOre + releasedOre,
  };
}

describe("the pool ledger of the demo round", () => {
  it("adds up the figures of every grant step as the rows themselves do, on the page and the dashboard", async () => {
    const secretariat = await actorFor("sekretariat@example.dk");
    const page = (await getPoolYearPage(secretariat, POOL, 2026))!;
    const expected = await independently(page.poolYear.id);
    expect(page.ledger).toEqual(expected);
    // The demo has commitments, advances, final payouts and releases on 2026: all of them show.
    expect(page.ledger.committedOre).toBeGreaterThan(0);
    expect(page.ledger.paidOre).toBeGreaterThan(0);
    expect(page.ledger.releasedOre).toBeGreaterThan(0);
    for (const kind of ["budget", "commitment", "payment", "release"])
      expect(page.movements.some((m) => m.kind === kind)).toBe(true);
    // Oldest first.
    const times = page.movements.map((m) => m.date.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    // December's point of the chart holds every movement of the year.
    expect(page.months).toHaveLength(12);
    expect(page.months.at(-1)!.budgetOre).toBe(page.ledger.budgetOre);
    // The dashboard shows the same ledger.
    const overview = (await getSecretariatOverview(secretariat))!;
    expect(overview.ledger.find((l) => l.id === page.poolYear.id)).toMatchObject(expected);
    // A member reads the ledger; only the secretariat edits the budget.
    const member = await actorFor("medlem1@example.dk");
    expect((await getPoolYearPage(member, POOL, 2026))!.canManageBudget).toBe(false);
    expect(page.canManageBudget).toBe(true);
    expect((await getPoolsPage(member)).pools.some((p) => p.id === POOL)).toBe(true);
  });

  it("exports one CSV row per movement with the exact columns, amounts in kroner with two decimals", async () => {
    const member = await actorFor("medlem1@example.dk");
    const page = (await getPoolYearPage(member, POOL, 2026))!;
    const response = await csvFor(member, POOL, "2026");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    const [header, ...rows] = parseCsv(await response.text());
    expect(header).toEqual(["date", "kind", "reference", "description", "amount"]);
    expect(rows).toHaveLength(page.movements.length);
    for (const row of rows) {
      expect(row[0]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(["budget", "commitment", "release", "payment", "return"]).toContain(row[1]);
      expect(row[4]).toMatch(/^-?\d+\.\d{2}$/);
    }
    expect(rows.map((r) => r[0])).toEqual(rows.map((r) => r[0]).sort());
    const total = (kind: string) =>
      rows.filter((r) => r[1] === kind).reduce((s, r) => s + Math.round(Number(r[4]) * 100), 0);
    expect(total("budget")).toBe(page.ledger.budgetOre);
    expect(total("commitment")).toBe(page.ledger.committedOre);
    expect(total("payment") - total("return")).toBe(page.ledger.paidOre);
    expect(rows.some((r) => r[2] === "NLU-S26-10")).toBe(true);
  });

  it("guards a description that a spreadsheet would run as a formula, and a budget cut is negative", async () => {
    const py = await db().poolYear.findFirstOrThrow({ where: { poolId: POOL, year: 2026 } });
    await db().poolYearBudgetChange.create({
      data: { poolYearId: py.id, budgetOre: py.budgetOre - 150n, previousOre: py.budgetOre, note: "=HYPERLINK(1)" },
    });
    await db().poolYear.update({ where: { id: py.id }, data: { budgetOre: py.budgetOre - 150n } });
    const text = await (await csvFor(await actorFor("sekretariat@example.dk"), POOL, "2026")).text();
    const row = parseCsv(text).find((r) => r[3]?.includes("HYPERLINK"))!;
    expect(row[3]).toBe("'=HYPERLINK(1)");
    expect(row[4]).toBe("-1.50");
  });
});

describe("a case the reader is ruled out of", () => {
  it("counts in the figures, but the page and the CSV leave out whose it is (forvaltningsloven § 3)", async () => {
    const grant = await db().application.findUniqueOrThrow({ where: { id: "demo-grant-09" } });
    const member = await actorFor("medlem2@example.dk");
    await db().conflictDeclaration.create({
      data: {
        applicationId: grant.id,
        userId: member.id,
        ground: "FAMILY",
        description: "Min søster står for projektet.",
        declaredById: member.id,
        excluded: true,
      },
    });
    const secretariat = await actorFor("sekretariat@example.dk");
    const full = (await getPoolYearPage(secretariat, POOL, 2026))!;
    const theirs = (await getPoolYearPage(member, POOL, 2026))!;
    expect(theirs.ledger).toEqual(full.ledger);
    expect(theirs.movements.map((m) => [m.id, m.kind, m.amountOre])).toEqual(
      full.movements.map((m) => [m.id, m.kind, m.amountOre]),
    );
    const hidden = full.movements.filter((m) => m.reference === grant.reference);
    // A commitment, the payments and the release of demo-grant-09: each still a row, none saying whose.
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    for (const m of theirs.movements.filter((row) => hidden.some((h) => h.id === row.id)))
      expect(m).toMatchObject({ hidden: true, reference: "", description: "" });
    expect(theirs.movements.filter((m) => m.hidden)).toHaveLength(hidden.length);
    expect(full.movements.some((m) => m.hidden)).toBe(false);
    const text = await (await csvFor(member, POOL, "2026")).text();
    expect(text).not.toContain(grant.reference!);
    expect(text).not.toContain(grant.title);
    expect(parseCsv(text)).toHaveLength(full.movements.length + 1);
  });
});

describe("another committee's ledger", () => {
  it("is not found on the page or as CSV, not listed, and anonymous callers are turned away", async () => {
    const other = await createCommittee();
    const { actor: stranger } = await createUser({ roles: [{ committeeId: other.id, role: "SECRETARIAT" }] });
    expect(await getPoolYearPage(stranger, POOL, 2026)).toBeNull();
    expect((await getPoolsPage(stranger)).pools.some((p) => p.id === POOL)).toBe(false);
    expect((await csvFor(stranger, POOL, "2026")).status).toBe(404);
    expect((await csvFor(null, POOL, "2026")).status).toBe(401);
    const applicant = await actorFor("ansoeger@example.dk");
    expect((await csvFor(applicant, POOL, "2026")).status).toBe(403);
    // A year the pool does not have, and a forged year.
    const secretariat = await actorFor("sekretariat@example.dk");
    expect((await csvFor(secretariat, POOL, "1999")).status).toBe(404);
    expect((await csvFor(secretariat, POOL, "20x6")).status).toBe(404);
  });
});
