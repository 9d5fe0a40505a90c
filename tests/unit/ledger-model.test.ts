import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decimalCell, parseCsv, toCsv } from "@/lib/csv";
import { kronerDecimal, monthlySeries, overCommit, type Movement } from "@/lib/ledger/model";

const move = (date: string, kind: Movement["kind"], amountOre: number): Movement => ({
  id: `${date}-${kind}`,
  date: new Date(date),
  kind,
  reference: "",
  description: "",
  amountOre,
  conditional: false,
  hidden: false,
});

describe("the ledger's amounts in the CSV", () => {
  it("writes øre as kroner with two decimals and a point, a cut with its minus", () => {
    expect(kronerDecimal(5_000_000)).toBe("50000.00");
    expect(kronerDecimal(-150)).toBe("-1.50");
    expect(kronerDecimal(7)).toBe("0.07");
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (ore) => {
        expect(Math.round(Number(kronerDecimal(ore)) * 100)).toBe(ore);
      }),
    );
  });

  it("leaves a decimal cell alone (a negative amount is no formula) and refuses text posing as one", () => {
    const text = toCsv(["amount", "note"], [[decimalCell("-1.50"), "-1.50"]]);
    expect(parseCsv(text)[1]).toEqual(["-1.50", "'-1.50"]);
    expect(() => decimalCell("=1+1")).toThrow(RangeError);
  });
});

describe("the warning before an over-commit", () => {
  it("says nothing while every year has room, and names the first year over and by how much", () => {
    expect(overCommit([{ year: 2026, amountOre: 100, availableOre: 100 }])).toBeNull();
    expect(
      overCommit([
        { year: 2027, amountOre: 500, availableOre: 200 },
        { year: 2026, amountOre: 300, availableOre: -50 },
      ]),
    ).toEqual({ exceededOre: 300 + 300, first: { year: 2026, amountOre: 300, availableOre: -50 } });
  });
});

describe("the chart's months", () => {
  it("cumulates each kind to the end of its month in Danish time, earlier movements in January", () => {
    const months = monthlySeries(2026, [
      move("2025-12-01T10:00:00Z", "budget", 1000),
      move("2026-01-31T23:30:00Z", "commitment", 400), // 1 February in Copenhagen
      move("2026-03-10T10:00:00Z", "payment", 150),
      move("2026-03-11T10:00:00Z", "return", 50),
      move("2026-05-01T10:00:00Z", "release", 100),
      move("2026-06-01T10:00:00Z", "budget", -200),
      move("2027-01-05T10:00:00Z", "payment", 999),
    ]);
    expect(months).toHaveLength(12);
    expect(months[0]).toEqual({ month: 1, budgetOre: 1000, committedOre: 0, paidOre: 0 });
    expect(months[1]).toMatchObject({ committedOre: 400 });
    expect(months[2]).toMatchObject({ paidOre: 100 });
    expect(months[4]).toMatchObject({ committedOre: 300 });
    expect(months[11]).toEqual({ month: 12, budgetOre: 800, committedOre: 300, paidOre: 100 });
  });
});
