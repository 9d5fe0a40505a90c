import { describe, expect, it } from "vitest";
import { accountsTotals, amountProblem, checkAccounts, oreToKroner, spotCheckSeed } from "@/lib/reporting/model";
import { accountsFormSchema } from "@/lib/reporting/schema";

const budget = [
  { id: "a", label: "Musik", amountOre: 800_000 },
  { id: "b", label: "Mad", amountOre: 800_000 },
];

describe("the accounts against the application's budget lines", () => {
  it("takes every line once, in any order, with income", () => {
    const r = checkAccounts(
      budget,
      [
        { budgetLineId: "b", actual: "7.500,50" },
        { budgetLineId: "a", actual: "8000" },
      ],
      [{ label: "Entré", amount: "1.000" }],
    );
    expect(r).toEqual({
      ok: true,
      value: {
        lines: [
          { budgetLineId: "b", label: "Mad", budgetOre: 800_000, actualOre: 750_050 },
          { budgetLineId: "a", label: "Musik", budgetOre: 800_000, actualOre: 800_000 },
        ],
        income: [{ label: "Entré", actualOre: 100_000 }],
      },
    });
  });

  it("refuses a line not in the budget, the same line twice, a missing line and a negative amount", () => {
    expect(
      checkAccounts(
        budget,
        [
          { budgetLineId: "x", actual: "1" },
          { budgetLineId: "b", actual: "1" },
        ],
        [],
      ),
    ).toEqual({ ok: false, errors: { "lines.0.actual": "reporting.lineUnknown" } });
    expect(
      checkAccounts(
        budget,
        [
          { budgetLineId: "a", actual: "1" },
          { budgetLineId: "a", actual: "1" },
        ],
        [],
      ),
    ).toEqual({ ok: false, errors: { "lines.1.actual": "reporting.lineUnknown" } });
    expect(checkAccounts(budget, [{ budgetLineId: "a", actual: "1" }], [])).toEqual({
      ok: false,
      errors: { lines: "reporting.lineMissing" },
    });
    expect(
      checkAccounts(
        budget,
        [
          { budgetLineId: "a", actual: "-5" },
          { budgetLineId: "b", actual: "1" },
        ],
        [{ label: "Salg", amount: "−10" }],
      ),
    ).toEqual({
      ok: false,
      errors: { "lines.0.actual": "reporting.amountNegative", "income.0.amount": "reporting.amountNegative" },
    });
  });

  it("names a negative amount apart from one that is not kroner", () => {
    expect(amountProblem("-1")).toBe("reporting.amountNegative");
    expect(amountProblem("1,2,3")).toBe("reporting.amountInvalid");
    expect(amountProblem("")).toBe("reporting.amountInvalid");
    expect(amountProblem("1.250,50 kr.")).toBeNull();
  });

  it("a 5 MB paste is refused on the field by the schema", () => {
    const r = accountsFormSchema.safeParse({
      token: "demo-grant-06-link-0000000000",
      version: "0",
      lines: [{ budgetLineId: "a", actual: "9".repeat(5_000_000) }],
      text: "x".repeat(5_000_000),
      participants: "",
      criteriaText: "",
      submittedName: "Jonas",
    });
    expect(r.success).toBe(false);
    const fields = r.error!.issues.map((i) => [i.path.join("."), i.message]);
    expect(fields).toEqual(
      expect.arrayContaining([
        ["lines.0.actual", "reporting.amountInvalid"],
        ["text", "reporting.tooLong"],
      ]),
    );
  });

  it("adds up expenses, income and the net", () => {
    expect(
      accountsTotals([
        { isIncome: false, budgetOre: 100, actualOre: 90 },
        { isIncome: false, budgetOre: 50, actualOre: 60 },
        { isIncome: true, budgetOre: 0, actualOre: 20 },
      ]),
    ).toEqual({ budgetOre: 150, expensesOre: 150, incomeOre: 20, netOre: 130 });
  });

  it("writes øre back as kroner the form reads again", () => {
    expect(oreToKroner(125_050)).toBe("1.250,50");
    expect(oreToKroner(800_000)).toBe("8.000");
    expect(oreToKroner(5)).toBe("0,05");
  });
});

describe("the spot check's seed", () => {
  it("is the day and three words", () => {
    let i = 0;
    expect(spotCheckSeed(new Date("2026-11-30T12:00:00Z"), () => i++)).toBe("2026-11-30-ahorn-bænk-cykel");
  });
});
