import { describe, expect, it } from "vitest";
import { amountFor, amountText, checkAmount, parseAmount, settlementOf } from "@/lib/grants/payment-rules";
import { grantSteps } from "@/lib/grants/steps";
import { letterMail, letterText } from "@/lib/grants/letter";

const approved = (expenses: number[], income = 0, rejectedOre: number | null = null) => ({
  status: "APPROVED",
  rejectedOre,
  lines: [
    ...expenses.map((actualOre) => ({ isIncome: false, actualOre })),
    ...(income ? [{ isIncome: true, actualOre: income }] : []),
  ],
});

describe("what a payment step may pay", () => {
  it("settles from approved accounts: expenses less income less rejected, at most the grant, less the advance", () => {
    const s = settlementOf({
      grantedOre: 1_600_000,
      accounts: approved([900_000, 600_000], 100_000, 50_000),
      advancePaidOre: 800_000,
    });
    expect(s).toMatchObject({ expensesOre: 1_500_000, incomeOre: 100_000, rejectedOre: 50_000 });
    expect(s).toMatchObject({ owedOre: 1_350_000, finalOre: 550_000, repaymentOre: 0, releaseOre: 250_000 });
    expect(amountFor("final", { advanceOre: 800_000, settlement: s })).toBe(550_000);
    expect(amountFor("repaymentClaim", { advanceOre: 800_000, settlement: s })).toBeNull();
  });

  it("counts accounts not yet approved as nothing spent: the whole advance is owed back", () => {
    const s = settlementOf({
      grantedOre: 1_000_000,
      accounts: { ...approved([900_000]), status: "SUBMITTED" },
      advancePaidOre: 500_000,
    });
    expect(s).toMatchObject({ owedOre: 0, finalOre: 0, repaymentOre: 500_000, releaseOre: 1_000_000 });
    expect(amountFor("final", { advanceOre: 500_000, settlement: s })).toBeNull();
    expect(amountFor("repaymentClaim", { advanceOre: 500_000, settlement: s })).toBe(500_000);
  });

  it("has no advance step when the letter gives none", () => {
    const s = settlementOf({ grantedOre: 1_000_000, accounts: null, advancePaidOre: 0 });
    expect(amountFor("advance", { advanceOre: null, settlement: s })).toBeNull();
    expect(amountFor("advance", { advanceOre: 500_000, settlement: s })).toBe(500_000);
  });

  it("refuses a negative, a too large, a forged or an unreadable amount on the field", () => {
    const s = settlementOf({ grantedOre: 1_000_000, accounts: approved([700_000]), advancePaidOre: 500_000 });
    expect(s.finalOre).toBe(200_000);
    expect(checkAmount("final", "-2.000", 200_000, s)).toBe("payments.amountNegative");
    expect(checkAmount("final", "−2.000", 200_000, s)).toBe("payments.amountNegative");
    expect(checkAmount("final", "20.000", 200_000, s)).toBe("payments.amountAboveGrant");
    expect(checkAmount("final", "5.000", 200_000, s)).toBe("payments.amountAboveOwed");
    expect(checkAmount("final", "1.000", 200_000, s)).toBe("payments.amountMismatch");
    expect(checkAmount("final", "to tusind", 200_000, s)).toBe("payments.amountInvalid");
    expect(checkAmount("final", "2.000", 200_000, s)).toBeNull();
    expect(checkAmount("final", "2000 kr.", 200_000, s)).toBeNull();
  });

  it("writes and reads kroner the same way", () => {
    for (const ore of [0, 100, 400_000, 400_050, 123_456_789]) expect(parseAmount(amountText(ore))).toBe(ore);
    expect(amountText(400_050)).toBe("4.000,50");
  });
});

describe("the grant's steps", () => {
  const at = new Date("2026-04-02T00:00:00Z");
  it("lists what happened with who, and what is still ahead, but not an advance that was never paid", () => {
    const steps = grantSteps({ decided: { at, by: null }, letterSent: { at, by: "Sekretær" } }, "GRANT_LETTER_SENT");
    expect(steps.map((s) => [s.key, s.done])).toEqual([
      ["decided", true],
      ["letterSent", true],
      ["accepted", false],
      ["accountsSubmitted", false],
      ["accountsApproved", false],
      ["paid", false],
      ["closed", false],
    ]);
    expect(steps[1]).toMatchObject({ by: "Sekretær" });
  });

  it("shows a repaid grant without a final payout, and nothing ahead of a lapsed one", () => {
    const repaid = grantSteps({ decided: { at, by: null }, repayment: { at, by: "S" } }, "REPAYMENT");
    expect(repaid.map((s) => s.key)).toContain("repayment");
    expect(repaid.map((s) => s.key)).not.toContain("paid");
    const lapsed = grantSteps({ decided: { at, by: null }, lapsed: { at, by: null } }, "LAPSED");
    expect(lapsed.map((s) => s.key)).toEqual(["decided", "lapsed"]);
  });
});

describe("the grant letter", () => {
  const facts = {
    name: "Omar Said",
    committee: "Nørrebro Lokaludvalg",
    title: "Skakturnering",
    reference: "NLU-S26-02",
    grantedOre: 800_000,
    conditions: "Logo på plakaten.",
    accountsDueOn: new Date("2026-10-31T00:00:00Z"),
    advanceOre: 400_000,
    auditorLimitOre: null,
  };
  it("states the amount as 'op til', the conditions, the deadline, the advance and the rules, in Danish", () => {
    const text = letterText("da", facts);
    expect(text).toContain("op til 8.000 kr.");
    expect(text).toContain("Logo på plakaten.");
    expect(text).toContain("31. oktober 2026");
    expect(text).toContain("forskud på 4.000 kr.");
    expect(text).toContain("går tilbage til puljen");
    expect(text).toContain("stikprøve");
    expect(text).toContain("200.000 kr. eller derover kræver en revisors erklæring");
  });
  it("says when the grant itself needs an auditor, and leaves out what is not there", () => {
    const text = letterText("da", { ...facts, grantedOre: 25_000_000, conditions: "", advanceOre: null });
    expect(text).toContain("Tilskuddet er på 200.000 kr. eller derover: regnskabet skal have en revisors erklæring.");
    expect(text).not.toContain("Betingelser");
    expect(text).toContain("Tilskuddet udbetales, når regnskabet er godkendt.");
  });
  it("carries a new link in the mail only when one was made", () => {
    expect(
      letterMail("da", { reference: "R", title: "T", letter: "L", link: "https://x/ansoegning/abc" }).body,
    ).toContain("https://x/ansoegning/abc");
    expect(letterMail("da", { reference: "R", title: "T", letter: "L", link: null }).body).toContain("kvittering");
  });
});
