import { randomBytes } from "node:crypto";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { bookGrantPayment, commitYears, releaseUnspent } from "@/lib/decisions/ledger";
import type { Ledger } from "@/lib/grants/model";
import { ledgerSums } from "@/lib/ledger/sums";
import { movementsOf } from "@/lib/ledger/movements";
import { changePoolBudget } from "@/lib/pools/mutations";
import { createCommittee, createUser } from "@/tests/factories";

// After every action of a random sequence (budget changes, commitments, advances, final payouts, repayments,
// releases, project expenses), the ledger PostgreSQL adds up keeps its two identities and equals the sums this
// test keeps itself, and the movements (the CSV's rows) add up to the same figures.

const uid = () => randomBytes(4).toString("hex");
const YEARS = [2026, 2027] as const;

type Action =
  | { kind: "budget"; year: number; kr: number }
  | { kind: "commit"; years: readonly number[]; kr: number[]; project: boolean }
  | { kind: "pay"; pick: number; slot: "ADVANCE" | "FINAL" | "REPAYMENT"; kr: number }
  | { kind: "release"; pick: number; kr: number }
  | { kind: "expense"; pick: number; kr: number; deleted: boolean };

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({
    kind: fc.constant("budget" as const),
    year: fc.constantFrom(...YEARS),
    kr: fc.integer({ min: 0, max: 900 }),
  }),
  fc.record({
    kind: fc.constant("commit" as const),
    years: fc.constantFrom([2026], [2027], [2026, 2027]),
    kr: fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 2, maxLength: 2 }),
    project: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant("pay" as const),
    pick: fc.nat(),
    slot: fc.constantFrom("ADVANCE" as const, "FINAL" as const, "REPAYMENT" as const),
    kr: fc.integer({ min: 1, max: 200 }),
  }),
  fc.record({ kind: fc.constant("release" as const), pick: fc.nat(), kr: fc.integer({ min: 0, max: 400 }) }),
  fc.record({
    kind: fc.constant("expense" as const),
    pick: fc.nat(),
    kr: fc.integer({ min: 1, max: 100 }),
    deleted: fc.boolean(),
  }),
);

type Model = {
  budget: Record<number, number>;
  decisions: {
    id: string;
    years: { id: string; year: number; ore: number; released: number | null; paid: number }[];
    project: boolean;
    slots: Set<string>;
  }[];
  paid: Record<number, number>;
};

let actor: Actor;
let committeeId: string;
let projectId: string;

beforeAll(async () => {
  const committee = await createCommittee();
  committeeId = committee.id;
  ({ actor } = await createUser({ roles: [{ committeeId, role: "SECRETARIAT" }] }));
  projectId = (await db().project.create({ data: { committeeId, slug: `p-${uid()}`, title: "Eget projekt" } })).id;
});

async function newPool() {
  const pool = await db().pool.create({ data: { committeeId, name: `Pulje ${uid()}` } });
  const years: Record<number, string> = {};
  for (const year of YEARS) {
    const py = await db().poolYear.create({ data: { poolId: pool.id, year, budgetOre: 0n } });
    await db().poolYearBudgetChange.create({ data: { poolYearId: py.id, budgetOre: 0n, previousOre: null } });
    years[year] = py.id;
  }
  return { poolId: pool.id, years };
}

async function apply(a: Action, m: Model, poolId: string, years: Record<number, string>): Promise<void> {
  const at = new Date("2026-06-01T12:00:00Z");
  if (a.kind === "budget") {
    const py = await db().poolYear.findUniqueOrThrow({ where: { id: years[a.year]! } });
    await changePoolBudget(actor, { poolYearId: py.id, version: py.version, budget: String(a.kr), note: "Ændret" });
    m.budget[a.year] = a.kr * 100;
    return;
  }
  if (a.kind === "commit") {
    const decision = await db().decision.create({
      data: { outcome: a.project ? "APPROVED" : "GRANT", decidedOn: at, projectId: a.project ? projectId : null },
    });
    const asked = a.years.map((year, i) => ({ year, amountOre: a.kr[i]! * 100 }));
    await db().$transaction((tx) => commitYears(tx, decision.id, poolId, asked, new Date("2026-01-15T12:00:00Z")));
    const rows = await db().decisionYear.findMany({ where: { decisionId: decision.id } });
    m.decisions.push({
      id: decision.id,
      project: a.project,
      slots: new Set(),
      years: rows.map((r) => ({ id: r.id, year: r.year, ore: Number(r.amountOre), released: null, paid: 0 })),
    });
    return;
  }
  if (m.decisions.length === 0) return;
  const d = m.decisions[a.pick % m.decisions.length]!;
  if (a.kind === "pay") {
    if (d.project || d.slots.has(a.slot)) return;
    await db().$transaction((tx) =>
      bookGrantPayment(tx, { decisionId: d.id, kind: a.slot, amountOre: a.kr * 100, paidOn: at }),
    );
    d.slots.add(a.slot);
    // The same rule, kept here by hand: a payout fills the years in order up to what each commits less its release
    // and what it has paid, the rest on the last; a repayment goes back to the latest years that paid, the rest on
    // the first.
    const back = a.slot === "REPAYMENT";
    const years = [...d.years].sort((p, q) => (back ? q.year - p.year : p.year - q.year));
    let left = a.kr * 100;
    for (const y of years) {
      const room = Math.max(0, back ? y.paid : y.ore - (y.released ?? 0) - y.paid);
      const part = Math.min(room, left);
      y.paid += back ? -part : part;
      m.paid[y.year] = (m.paid[y.year] ?? 0) + (back ? -part : part);
      left -= part;
    }
    const last = years.at(-1)!;
    last.paid += back ? -left : left;
    m.paid[last.year] = (m.paid[last.year] ?? 0) + (back ? -left : left);
    return;
  }
  if (a.kind === "release") {
    await db().$transaction((tx) => releaseUnspent(tx, d.id, a.kr * 100, "Ikke brugt", at));
    // The same rule, kept here by hand: the latest unreleased year first, each once.
    let left = a.kr * 100;
    for (const y of [...d.years].filter((y) => y.released === null).sort((p, q) => q.year - p.year)) {
      const part = Math.min(left, y.ore);
      y.released = part;
      left -= part;
      if (left <= 0) break;
    }
    return;
  }
  if (!d.project) return;
  const y = d.years[a.pick % d.years.length]!;
  await db().projectExpense.create({
    data: {
      projectId,
      decisionYearId: y.id,
      amountOre: BigInt(a.kr * 100),
      spentOn: at,
      description: "Indkøb",
      deletedAt: a.deleted ? at : null,
    },
  });
  if (!a.deleted) m.paid[y.year] = (m.paid[y.year] ?? 0) + a.kr * 100;
}

function expected(m: Model, year: number) {
  const ys = m.decisions.flatMap((d) => d.years).filter((y) => y.year === year);
  const committedOre = ys.reduce((s, y) => s + y.ore, 0);
  const releasedOre = ys.reduce((s, y) => s + (y.released ?? 0), 0);
  const conditionalOre = year > 2026 ? committedOre : 0;
  return { budgetOre: m.budget[year] ?? 0, committedOre, conditionalOre, releasedOre, paidOre: m.paid[year] ?? 0 };
}

function identities(l: Ledger) {
  expect(l.budgetOre).toBe(l.committedOre - l.releasedOre + l.availableOre);
  expect(l.committedOre).toBe(l.paidOre + l.outstandingOre + l.releasedOre);
}

describe("the pool ledger after random actions", () => {
  it("always adds up, and equals the sums kept independently, also as its movements", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 15 }), async (actions) => {
        const { poolId, years } = await newPool();
        const m: Model = { budget: {}, decisions: [], paid: {} };
        for (const a of actions) {
          await apply(a, m, poolId, years);
          const sums = await ledgerSums(db(), Object.values(years));
          for (const year of YEARS) {
            const l = sums.get(years[year]!)!;
            identities(l);
            expect(l).toMatchObject(expected(m, year));
          }
        }
        for (const year of YEARS) {
          const l = (await ledgerSums(db(), [years[year]!])).get(years[year]!)!;
          const moves = await movementsOf(db(), years[year]!, "nobody");
          const sum = (kind: string) => moves.filter((mv) => mv.kind === kind).reduce((s, mv) => s + mv.amountOre, 0);
          expect(sum("budget")).toBe(l.budgetOre);
          expect(sum("commitment")).toBe(l.committedOre);
          expect(sum("release")).toBe(l.releasedOre);
          expect(sum("payment") - sum("return")).toBe(l.paidOre);
        }
      }),
      { numRuns: 20 },
    );
  }, 120_000);
});
