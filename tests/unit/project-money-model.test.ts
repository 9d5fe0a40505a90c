import { describe, expect, it } from "vitest";
import {
  capacityState,
  defaultFundsYear,
  hoursAgainstEstimate,
  leafLines,
  parseDuration,
  plannedMinutesIn,
  spendingSummary,
  yearsOf,
} from "@/lib/project-money/model";
import { expenseSchema, hoursSchema } from "@/lib/project-money/schema";

const d = (s: string) => new Date(`${s}T12:00:00Z`);

describe("hours as typed", () => {
  it("reads hours and minutes or decimal hours as minutes", () => {
    expect(parseDuration("1:30")).toBe(90);
    expect(parseDuration("1,5")).toBe(90);
    expect(parseDuration("1.25")).toBe(75);
    expect(parseDuration(" 2 ")).toBe(120);
    expect(parseDuration("0:05")).toBe(5);
  });
  it("refuses nothing, negatives, words and more than a day", () => {
    for (const s of ["", "0", "-1", "1:75", "to timer", "25", "24:01", "1,5,5"]) expect(parseDuration(s)).toBeNull();
    expect(parseDuration("24")).toBe(1440);
  });
});

describe("budget lines and funds years", () => {
  it("spends only on lines no other line hangs under", () => {
    const lines = [
      { id: "a", parentId: null },
      { id: "a1", parentId: "a" },
      { id: "b", parentId: null },
    ];
    expect(leafLines(lines).map((l) => l.id)).toEqual(["a1", "b"]);
  });
  it("pays from the year of the expense's date if committed, else the first funds year", () => {
    const years = [
      { id: "y21", year: 2021 },
      { id: "y19", year: 2019 },
    ];
    expect(defaultFundsYear(years, d("2021-05-01"))?.id).toBe("y21");
    expect(defaultFundsYear(years, d("2024-05-01"))?.id).toBe("y19");
    expect(defaultFundsYear([], d("2024-05-01"))).toBeNull();
  });
  it("adds up budget against spent per leaf line, and what is left per funds year after releases", () => {
    const s = spendingSummary(
      [
        { id: "g", parentId: null, label: "Gruppe", year: null, amountOre: null },
        { id: "l1", parentId: "g", label: "Løn", year: 2019, amountOre: 100_00 },
        { id: "l2", parentId: null, label: "Drift", year: 2019, amountOre: 50_00 },
      ],
      [
        { budgetLineId: "l1", decisionYearId: "y1", amountOre: 30_00 },
        { budgetLineId: "l1", decisionYearId: "y2", amountOre: 80_00 },
        { budgetLineId: "l2", decisionYearId: "y1", amountOre: 10_00 },
      ],
      [
        { id: "y2", year: 2020, amountOre: 100_00, releasedOre: null },
        { id: "y1", year: 2019, amountOre: 200_00, releasedOre: 20_00 },
      ],
    );
    expect(s.rows.map((r) => [r.id, r.budgetOre, r.spentOre, r.leftOre])).toEqual([
      ["l1", 100_00, 110_00, -10_00],
      ["l2", 50_00, 10_00, 40_00],
    ]);
    expect(s.total).toEqual({ budgetOre: 150_00, spentOre: 120_00, leftOre: 30_00 });
    expect(s.funds.map((y) => [y.year, y.spentOre, y.leftOre])).toEqual([
      [2019, 40_00, 140_00],
      [2020, 80_00, 20_00],
    ]);
    expect(s.approvedOre).toBe(300_00);
  });
});

describe("secretariat hours and capacity", () => {
  it("tells estimate against spent, and over when more is spent", () => {
    expect(hoursAgainstEstimate(120, [{ minutes: 90 }])).toEqual({
      estimateMinutes: 120,
      spentMinutes: 90,
      leftMinutes: 30,
      over: false,
    });
    expect(hoursAgainstEstimate(60, [{ minutes: 90 }]).over).toBe(true);
    expect(hoursAgainstEstimate(null, [{ minutes: 90 }]).over).toBe(false);
  });
  it("spreads a multi-year project's estimate evenly over the years of its period", () => {
    const p = { startDate: d("2019-04-01"), endDate: d("2022-12-31"), createdAt: d("2018-01-01") };
    expect(yearsOf(p)).toEqual([2019, 2020, 2021, 2022]);
    const planned = { ...p, estimateMinutes: 400 * 60 };
    expect([2018, 2019, 2020, 2021, 2022, 2023].map((y) => plannedMinutesIn(planned, y) / 60)).toEqual([
      0, 100, 100, 100, 100, 0,
    ]);
  });
  it("counts a project without dates in the year it was created", () => {
    const p = { startDate: null, endDate: null, createdAt: d("2026-02-01"), estimateMinutes: 600 };
    expect(plannedMinutesIn(p, 2026)).toBe(600);
    expect(plannedMinutesIn(p, 2025)).toBe(0);
  });
  it("marks a year over capacity when planned or spent hours exceed it", () => {
    expect(capacityState(null, 60, 0)).toBe("none");
    expect(capacityState(10, 600, 0)).toBe("under");
    expect(capacityState(10, 601, 0)).toBe("over");
    expect(capacityState(10, 0, 660)).toBe("over");
  });
});

describe("the expense and hours forms' schemas", () => {
  const ok = {
    projectId: "p",
    budgetLineId: "l",
    amount: "1.250,50",
    spentOn: "2026-03-15",
    description: "Kaffe til mødet",
  };
  it("accepts a Danish amount and refuses a negative, a zero and a 5 MB paste on the field", () => {
    expect(expenseSchema.safeParse(ok).success).toBe(true);
    const issue = (v: Record<string, string>) => expenseSchema.safeParse({ ...ok, ...v }).error?.issues[0];
    expect(issue({ amount: "-100" })).toMatchObject({ path: ["amount"], message: "projectMoney.amountNegative" });
    expect(issue({ amount: "0" })).toMatchObject({ path: ["amount"], message: "projectMoney.amountInvalid" });
    expect(issue({ description: "x".repeat(5 * 1024 * 1024) })).toMatchObject({
      path: ["description"],
      message: "projectMoney.tooLong",
    });
    expect(issue({ spentOn: "15/3" })).toMatchObject({ path: ["spentOn"], message: "projectMoney.dateInvalid" });
  });
  it("refuses a duration that is not one", () => {
    const r = hoursSchema.safeParse({ projectId: "p", userId: "u", workedOn: "2026-03-15", duration: "-1" });
    expect(r.error?.issues[0]).toMatchObject({ path: ["duration"], message: "projectMoney.durationInvalid" });
  });
});
