import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  budgetMatrix,
  budgetTotal,
  budgetTree,
  checkSecretariatHours,
  criterionProgress,
  hasYears,
  quarterRange,
  workTotals,
  type BudgetLineInput,
  type CriterionInput,
} from "@/lib/projects/model";
import { moerkhoejProgramme } from "@/prisma/seed/data/gladsaxe-programme";
import { boligsocialKonference, deStemmerViGlemmer } from "@/prisma/seed/data/noerrebro-projects";
import type { ProjectDocument } from "@/lib/projects/document";

/** The seed's budget lines as the model sees them. */
function linesOf(doc: ProjectDocument): BudgetLineInput[] {
  return (doc.budget ?? []).flatMap((l, i) => {
    const id = `l${i}`;
    const parent: BudgetLineInput = {
      id,
      parentId: null,
      label: l.label,
      groupLabel: l.groupLabel ?? null,
      category: l.category ?? null,
      year: l.year ?? null,
      amountOre: l.amountOre ?? null,
      isIncome: false,
    };
    const children = (l.children ?? []).map((c, j) => ({
      id: `${id}.${j}`,
      parentId: id,
      label: c.label,
      groupLabel: null,
      category: null,
      year: null,
      amountOre: c.amountOre,
      isIncome: false,
    }));
    return [parent, ...children];
  });
}

const line = (
  id: string,
  amountOre: number | null,
  parentId: string | null = null,
  year: number | null = null,
  category: string | null = null,
): BudgetLineInput => ({
  id,
  parentId,
  label: id,
  groupLabel: null,
  category,
  year,
  amountOre,
  isIncome: false,
});

describe("budgets", () => {
  it("totals the Nørrebro conference budget to 27.500 kr.", () => {
    expect(budgetTotal(linesOf(boligsocialKonference))).toBe(2_750_000);
  });
  it("derives a parent line's total from its sub-lines (60.000 kr. = 10.000 + 50.000)", () => {
    const tree = budgetTree(linesOf(deStemmerViGlemmer));
    expect(tree[0]!.totalOre).toBe(6_000_000);
    expect(tree[0]!.children.map((c) => c.totalOre)).toEqual([1_000_000, 5_000_000]);
  });
  it("shows the Gladsaxe budget as a year × category matrix totalling 2.510.000 kr.", () => {
    const lines = linesOf(moerkhoejProgramme);
    expect(hasYears(lines)).toBe(true);
    const m = budgetMatrix(lines);
    expect(m.years).toEqual([2019, 2020, 2021, 2022]);
    expect(m.yearTotals).toEqual([47_750_000, 93_000_000, 63_000_000, 47_250_000]);
    expect(m.totalOre).toBe(251_000_000);
    const salary = m.rows.find((r) => r.category === "Løn")!;
    expect(salary.totalOre).toBe(172_500_000);
    expect(m.rows.find((r) => r.group.startsWith("Indsats 3"))!.cells).toEqual([30_000_000, 30_000_000, null, null]);
  });
  it("flags sub-lines that exceed their parent's typed amount", () => {
    const tree = budgetTree([line("p", 1000), line("a", 800, "p"), line("b", 300, "p")]);
    expect(tree[0]!.subLinesExceed).toBe(true);
    expect(tree[0]!.totalOre).toBe(1100);
  });
  it("matrix row totals and column totals add up to the same grand total (property)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            year: fc.integer({ min: 2019, max: 2024 }),
            category: fc.constantFrom("Løn", "Drift", "Aktiviteter"),
            amount: fc.integer({ min: 0, max: 10_000_000 }),
          }),
          { minLength: 1, maxLength: 30 },
        ),
        (cells) => {
          const lines = cells.map((c, i) => line(`x${i}`, c.amount, null, c.year, c.category));
          const m = budgetMatrix(lines);
          const byRows = m.rows.reduce((s, r) => s + r.totalOre, 0);
          expect(byRows).toBe(m.totalOre);
          expect(m.totalOre).toBe(cells.reduce((s, c) => s + c.amount, 0));
          expect(budgetTotal(lines)).toBe(m.totalOre);
        },
      ),
    );
  });
});

describe("work distribution", () => {
  const fromDoc = (doc: ProjectDocument) => {
    const w = doc.work!;
    return {
      roles: w.roles.map((r, i) => ({ id: `r${i}`, label: r.label, isSecretariat: r.isSecretariat ?? false })),
      rows: w.rows.map((r, i) => ({ id: `w${i}`, label: r.label })),
      cells: w.rows.flatMap((r, i) =>
        r.cells.map((c, j) => ({
          rowId: `w${i}`,
          roleId: `r${j}`,
          minutes: typeof c === "number" ? c : null,
          mark: typeof c === "string" ? c : null,
        })),
      ),
    };
  };
  it("sums the conference's secretariat column to the stated 20 hours", () => {
    const totals = workTotals(fromDoc(boligsocialKonference));
    expect(totals.secretariatMinutes).toBe(20 * 60);
    expect(totals.rowMinutes).toEqual({ w0: 1800, w1: 3300, w2: 1200 });
    expect(checkSecretariatHours(20 * 60, totals)).toBe("ok");
    expect(checkSecretariatHours(19 * 60, totals)).toBe("over");
  });
  it("treats a grid of marks (X) as having no hours to check", () => {
    const totals = workTotals(fromDoc(deStemmerViGlemmer));
    expect(totals.hasHours).toBe(false);
    expect(checkSecretariatHours(50 * 60, totals)).toBe("unknown");
  });
});

describe("success criteria", () => {
  const base: CriterionInput = {
    kind: "MINIMUM",
    targetMin: null,
    targetMax: null,
    baseline: null,
    direction: null,
    byDate: null,
  };
  const m = (value: number | null, achieved: boolean | null = null, day = "2026-01-01") => ({
    measuredOn: new Date(day),
    value,
    achieved,
  });
  it("meets a minimum at or above the target ('mindst 15')", () => {
    expect(criterionProgress({ ...base, targetMin: 15_000 }, [m(18_000)]).state).toBe("met");
    expect(criterionProgress({ ...base, targetMin: 15_000 }, [m(10_000)]).state).toBe("in_progress");
  });
  it("meets a range only inside it ('30-40 deltagere')", () => {
    const c = { ...base, kind: "RANGE" as const, targetMin: 30_000, targetMax: 40_000 };
    expect(criterionProgress(c, [m(36_000)]).state).toBe("met");
    expect(criterionProgress(c, [m(45_000)]).state).toBe("not_met");
  });
  it("uses the latest measurement", () => {
    expect(
      criterionProgress({ ...base, targetMin: 10 }, [m(20, null, "2026-01-01"), m(5, null, "2026-06-01")]).latest,
    ).toBe(5);
  });
  it("a count by a date is not met once the date has passed", () => {
    const c = { ...base, kind: "COUNT_BY_DATE" as const, targetMin: 100_000, byDate: new Date("2019-12-31") };
    expect(criterionProgress(c, [m(80_000)], new Date("2020-02-01")).state).toBe("not_met");
  });
  it("a direction criterion compares against the baseline", () => {
    const c = { ...base, kind: "DIRECTION" as const, baseline: 50_000, direction: "UP" as const };
    expect(criterionProgress(c, [m(60_000)]).state).toBe("met");
    expect(criterionProgress(c, [m(40_000)]).state).toBe("in_progress");
  });
  it("a deliverable is met when achieved; a qualitative one is not measured", () => {
    expect(criterionProgress({ ...base, kind: "DELIVERABLE" }, [m(null, true)]).state).toBe("met");
    expect(criterionProgress({ ...base, kind: "QUALITATIVE" }, [m(1)]).state).toBe("not_measurable");
    expect(criterionProgress({ ...base, targetMin: 1 }, []).state).toBe("no_data");
  });
});

describe("quarters", () => {
  it("lists every quarter of the Gladsaxe plan, 2019 K2 to 2022 K4", () => {
    const qs = quarterRange({ year: 2019, quarter: 2 }, { year: 2022, quarter: 4 });
    expect(qs).toHaveLength(15);
    expect(qs[0]).toEqual({ year: 2019, quarter: 2 });
    expect(qs[3]).toEqual({ year: 2020, quarter: 1 });
  });
});
