import { describe, expect, it } from "vitest";
import { checkDecision, isConditional, ledgerRows, reasonsOptional } from "@/lib/decisions/model";

const base = { requestedOre: 800_000, reasons: "", fundsYear: 2026, decidedOn: new Date("2026-11-22T12:00:00Z") };

describe("decision rules", () => {
  it("lets a full grant go without reasons", () => {
    expect(checkDecision({ ...base, outcome: "GRANT", amountOre: 800_000 })).toEqual({});
    expect(reasonsOptional({ outcome: "GRANT", amountOre: 800_000, requestedOre: 800_000 })).toBe(true);
  });
  it("demands reasons for a refusal, a partial grant and a postponement", () => {
    expect(checkDecision({ ...base, outcome: "REFUSAL", amountOre: null })).toEqual({
      reasons: "decision.reasonsRequired",
    });
    expect(checkDecision({ ...base, outcome: "PARTIAL_GRANT", amountOre: 600_000 })).toEqual({
      reasons: "decision.reasonsRequired",
    });
    expect(checkDecision({ ...base, outcome: "POSTPONED", amountOre: null, reasons: "Afventer budget 2027." })).toEqual(
      {},
    );
  });
  it("keeps amounts consistent with the outcome", () => {
    expect(checkDecision({ ...base, outcome: "GRANT", amountOre: 600_000 }).amount).toBe(
      "decision.grantMustEqualRequest",
    );
    expect(
      checkDecision({ ...base, outcome: "PARTIAL_GRANT", amountOre: 900_000, reasons: "For højt budget." }).amount,
    ).toBe("decision.partialBelowRequest");
    expect(checkDecision({ ...base, outcome: "GRANT", amountOre: null }).amount).toBe("decision.amountRequired");
    expect(checkDecision({ ...base, outcome: "REFUSAL", amountOre: 100, reasons: "Uden for formålet." }).amount).toBe(
      "decision.noAmount",
    );
  });
  it("makes a grant on next year's money conditional, and refuses far-off years", () => {
    expect(isConditional(2027, base.decidedOn)).toBe(true);
    expect(isConditional(2026, base.decidedOn)).toBe(false);
    expect(checkDecision({ ...base, outcome: "GRANT", amountOre: 800_000, fundsYear: 2031 }).fundsYear).toBe(
      "decision.fundsYearRange",
    );
  });
});

describe("the ledger rows of a decision", () => {
  it("puts each funds year on its own row, the years after the decision's year conditional", () => {
    const rows = ledgerRows(
      [
        { year: 2028, amountOre: 5_000_000 },
        { year: 2027, amountOre: 10_000_000 },
        { year: 2029, amountOre: 0 },
      ],
      new Date("2027-03-10T18:00:00Z"),
    );
    expect(rows).toEqual([
      { year: 2027, amountOre: 10_000_000, conditional: false },
      { year: 2028, amountOre: 5_000_000, conditional: true },
    ]);
  });
  it("counts the year as in Denmark: a decision at 00:30 on New Year's night is in the new year", () => {
    expect(ledgerRows([{ year: 2027, amountOre: 1 }], new Date("2026-12-31T23:30:00Z"))[0]!.conditional).toBe(false);
  });
});
