import { describe, expect, it } from "vitest";
import { decisionMinutesText, type DecisionForMinutes } from "@/lib/meetings/decision-text";
import { translatorFor } from "@/lib/i18n/translator";

const t = translatorFor("da");
const base: DecisionForMinutes = {
  outcome: "GRANT",
  amountOre: 2_000_000,
  requestedOre: 2_000_000,
  years: [{ year: 2027, amountOre: 2_000_000, conditional: false }],
  conditions: "",
  reasons: "",
  reasonsPersonal: false,
  aboveRequestReason: null,
  votes: null,
};

describe("a decision in the minutes' words", () => {
  it("writes a grant with its amount and funds year", () => {
    expect(decisionMinutesText(t, "da", "Lokaludvalget", base, "internal")).toBe(
      "Lokaludvalget bevilgede op til 20.000 kr.\nBudgetår 2027.",
    );
  });
  it("writes a partial grant with what was asked for, the reason for the reduction and the vote", () => {
    const text = decisionMinutesText(
      t,
      "da",
      "Lokaludvalget",
      {
        ...base,
        outcome: "PARTIAL_GRANT",
        amountOre: 1_500_000,
        years: [{ year: 2027, amountOre: 1_500_000, conditional: false }],
        reasons: "Udgifterne til forplejning er ikke støtteberettigede.",
        votes: { for: 7, against: 2, abstain: 1 },
      },
      "internal",
    );
    expect(text).toContain("bevilgede op til 15.000 kr. af de ansøgte 20.000 kr.");
    expect(text).toContain("Begrundelse: Udgifterne til forplejning er ikke støtteberettigede.");
    expect(text).toContain("Afstemning: 7 for, 2 imod, 1 undlod at stemme.");
  });
  it("splits a multi-year approval over its years, the later ones conditional", () => {
    const text = decisionMinutesText(
      t,
      "da",
      "Styregruppen",
      {
        ...base,
        outcome: "APPROVED",
        amountOre: 3_000_000,
        requestedOre: null,
        years: [
          { year: 2027, amountOre: 2_000_000, conditional: false },
          { year: 2028, amountOre: 1_000_000, conditional: true },
        ],
      },
      "internal",
    );
    expect(text).toBe(
      "Styregruppen godkendte projektet med op til 30.000 kr.\n" +
        "Fordelt på budgetår: 20.000 kr. af budgetår 2027; " +
        "10.000 kr. af budgetår 2028 (betinget af budgettet for 2028).",
    );
  });
  it("leaves reasons about a person out of the public text only", () => {
    const refusal = {
      ...base,
      outcome: "REFUSAL" as const,
      amountOre: null,
      years: [],
      reasons: "Ansøgeren bor ikke i bydelen.",
      reasonsPersonal: true,
    };
    expect(decisionMinutesText(t, "da", "Lokaludvalget", refusal, "internal")).toContain("bor ikke i bydelen");
    const open = decisionMinutesText(t, "da", "Lokaludvalget", refusal, "public");
    expect(open).not.toContain("bor ikke i bydelen");
    expect(open).toContain("Begrundelsen vedrører en person og offentliggøres ikke.");
  });
});
