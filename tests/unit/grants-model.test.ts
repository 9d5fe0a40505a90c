import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  bookPayment,
  accountsDeadlineState,
  advanceFor,
  defaultAccountsDue,
  drawSpotChecks,
  ledger,
  nextGrantStatus,
  sampleSize,
  settle,
} from "@/lib/grants/model";

const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe("a grant's life", () => {
  it("moves only along its steps", () => {
    expect(nextGrantStatus("DECIDED", "letterSent")).toBe("GRANT_LETTER_SENT");
    expect(nextGrantStatus("GRANT_LETTER_SENT", "accepted")).toBe("GRANT_ACCEPTED");
    expect(nextGrantStatus("ADVANCE_PAID", "accountsSubmitted")).toBe("ACCOUNTS_RECEIVED");
    expect(nextGrantStatus("ACCOUNTS_RETURNED", "accountsSubmitted")).toBe("ACCOUNTS_RECEIVED");
    expect(nextGrantStatus("APPROVED", "finalPaid")).toBe("PAID");
    expect(nextGrantStatus("PAID", "closed")).toBe("CLOSED");
    expect(nextGrantStatus("DECIDED", "accepted")).toBeNull();
    expect(nextGrantStatus("PAID", "finalPaid")).toBeNull();
    expect(nextGrantStatus("ACCOUNTS_RECEIVED", "lapsed")).toBeNull();
    // A repayment is claimed from approved accounts, or by the lapse of a grant whose advance was paid: never from
    // a grant still under way, and never by the lapse from accounts approved meanwhile (review finding 5).
    expect(nextGrantStatus("APPROVED", "repaymentClaimed")).toBe("REPAYMENT");
    expect(nextGrantStatus("ADVANCE_PAID", "repaymentClaimed")).toBeNull();
    expect(nextGrantStatus("GRANT_ACCEPTED", "repaymentClaimed")).toBeNull();
    expect(nextGrantStatus("ADVANCE_PAID", "lapsedWithAdvance")).toBe("REPAYMENT");
    expect(nextGrantStatus("APPROVED", "lapsedWithAdvance")).toBeNull();
  });
});

describe("money", () => {
  it("pays an advance of the pool's share in whole kroner", () => {
    expect(advanceFor(5_000_000, 50)).toBe(2_500_000);
    expect(advanceFor(3_333_333, 50)).toBe(1_666_600);
    expect(advanceFor(5_000_000, null)).toBe(0);
  });

  it("settles at most the grant and at most expenses minus income, less the advance", () => {
    expect(
      settle({ grantedOre: 5_000_000, expensesOre: 6_000_000, incomeOre: 500_000, advancePaidOre: 2_500_000 }),
    ).toEqual({ owedOre: 5_000_000, finalOre: 2_500_000, repaymentOre: 0, releaseOre: 0 });
    expect(settle({ grantedOre: 5_000_000, expensesOre: 2_000_000, incomeOre: 0, advancePaidOre: 2_500_000 })).toEqual({
      owedOre: 2_000_000,
      finalOre: 0,
      repaymentOre: 500_000,
      releaseOre: 3_000_000,
    });
    expect(
      settle({
        grantedOre: 5_000_000,
        expensesOre: 4_000_000,
        incomeOre: 0,
        rejectedOre: 1_000_000,
        advancePaidOre: 0,
      }),
    ).toEqual({ owedOre: 3_000_000, finalOre: 3_000_000, repaymentOre: 0, releaseOre: 2_000_000 });
  });

  it("never pays more than granted, and what is paid plus released is the grant", () => {
    const ore = fc.integer({ min: 0, max: 1_000_000_000 });
    fc.assert(
      fc.property(ore, ore, ore, ore, fc.integer({ min: 0, max: 100 }), (granted, expenses, income, rejected, pct) => {
        const advance = advanceFor(granted, pct);
        const s = settle({
          grantedOre: granted,
          expensesOre: expenses,
          incomeOre: income,
          rejectedOre: rejected,
          advancePaidOre: advance,
        });
        expect(s.owedOre).toBeLessThanOrEqual(granted);
        expect(advance + s.finalOre - s.repaymentOre).toBe(s.owedOre);
        expect(s.owedOre + s.releaseOre).toBe(granted);
      }),
    );
  });

  it("keeps the ledger's two identities", () => {
    const l = ledger({ budgetOre: 100, committedOre: 80, conditionalOre: 10, releasedOre: 15, paidOre: 40 });
    expect(l.budgetOre).toBe(l.committedOre - l.releasedOre + l.availableOre);
    expect(l.committedOre).toBe(l.paidOre + l.outstandingOre + l.releasedOre);
    expect(l).toMatchObject({ outstandingOre: 25, availableOre: 35 });
  });
});

describe("deadlines", () => {
  it("sets the accounts one month after the activity's end, at the month's end when shorter", () => {
    expect(defaultAccountsDue(d("2026-12-31"), d("2026-03-01"), 1)).toEqual(d("2027-01-31"));
    expect(defaultAccountsDue(d("2027-01-31"), d("2026-03-01"), 1)).toEqual(d("2027-02-28"));
    expect(defaultAccountsDue(null, d("2026-03-10"), 2)).toEqual(d("2026-05-10"));
  });

  it("is due soon, overdue, and lapses 14 days after the one reminder", () => {
    const g = { status: "ADVANCE_PAID", accountsDueOn: d("2026-06-30"), reminderSentAt: null };
    expect(accountsDeadlineState(g, d("2026-06-01"))).toBe("none");
    expect(accountsDeadlineState(g, d("2026-06-20"))).toBe("dueSoon");
    expect(accountsDeadlineState(g, d("2026-07-20"))).toBe("overdue");
    const reminded = { ...g, reminderSentAt: d("2026-07-01") };
    expect(accountsDeadlineState(reminded, d("2026-07-14"))).toBe("overdue");
    expect(accountsDeadlineState(reminded, d("2026-07-15"))).toBe("lapse");
    expect(accountsDeadlineState({ ...reminded, status: "ACCOUNTS_RECEIVED" }, d("2026-08-01"))).toBe("none");
  });
});

describe("spot checks", () => {
  const population = Array.from({ length: 23 }, (_, i) => `NLU-2026-${String(i + 1).padStart(3, "0")}`);

  it("draws about 10 %, at least one, reproducibly from the seed whatever the order", () => {
    expect(sampleSize(23, 10)).toBe(2);
    expect(sampleSize(3, 10)).toBe(1);
    expect(sampleSize(0, 10)).toBe(0);
    const drawn = drawSpotChecks("2026-11-30 pulje", population, 10);
    expect(drawn).toHaveLength(2);
    expect(drawSpotChecks("2026-11-30 pulje", [...population].reverse(), 10)).toEqual(drawn);
    const others = new Set(Array.from({ length: 20 }, (_, i) => drawSpotChecks(`seed ${i}`, population, 10).join()));
    expect(others.size).toBeGreaterThan(10);
  });
});

describe("a payment over several funds years", () => {
  const y = (year: number, committedOre: number, paidOre = 0) => ({
    poolYearId: `py-${year}`,
    year,
    committedOre,
    paidOre,
  });
  it("fills the years in order, and a repayment goes back to the latest year that paid", () => {
    expect(bookPayment([y(2027, 800_000), y(2026, 1_200_000, 1_000_000)], 850_000, false)).toEqual([
      { poolYearId: "py-2026", year: 2026, amountOre: 200_000 },
      { poolYearId: "py-2027", year: 2027, amountOre: 650_000 },
    ]);
    expect(bookPayment([y(2026, 1_200_000, 1_200_000), y(2027, 800_000, 300_000)], 500_000, true)).toEqual([
      { poolYearId: "py-2026", year: 2026, amountOre: 200_000 },
      { poolYearId: "py-2027", year: 2027, amountOre: 300_000 },
    ]);
    expect(bookPayment([y(2026, 100)], 0, false)).toEqual([{ poolYearId: "py-2026", year: 2026, amountOre: 0 }]);
  });
  it("always books exactly the payment, one part per year at most, never a negative part", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(10_000_000), fc.nat(10_000_000)), { minLength: 1, maxLength: 4 }),
        fc.nat(30_000_000),
        fc.boolean(),
        (rows, amount, back) => {
          const parts = bookPayment(
            rows.map(([c, p], i) => y(2026 + i, c, p)),
            amount,
            back,
          );
          expect(parts.reduce((s, p) => s + p.amountOre, 0)).toBe(amount);
          expect(new Set(parts.map((p) => p.year)).size).toBe(parts.length);
          expect(parts.every((p) => p.amountOre >= 0)).toBe(true);
        },
      ),
    );
  });
});
