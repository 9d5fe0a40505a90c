import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  formatDate,
  formatDateTime,
  formatHalfYear,
  formatHours,
  formatKr,
  formatMonth,
  formatNumber,
  formatQuarter,
  numberFormatter,
} from "@/lib/i18n/format";

describe("formatKr", () => {
  it("writes Danish kroner with a dot for thousands and the unit after", () => {
    expect(formatKr(5_000_000)).toBe("50.000 kr.");
    expect(formatKr(251_000_000)).toBe("2.510.000 kr.");
    expect(formatKr(0)).toBe("0 kr.");
    expect(formatKr(99)).toBe("0,99 kr.");
  });
  it("keeps øre with a decimal comma and handles negatives and bigints", () => {
    expect(formatKr(123_456)).toBe("1.234,56 kr.");
    expect(formatKr(-2_750_000)).toBe("-27.500 kr.");
    expect(formatKr(10n ** 15n)).toBe("10.000.000.000.000 kr.");
  });
  it("writes English as DKK with commas", () => {
    expect(formatKr(5_000_000, "en")).toBe("DKK 50,000");
    expect(formatKr(123_456, "en")).toBe("DKK 1,234.56");
  });
  it("round-trips: the digits of any amount survive formatting", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (ore) => {
        const digits = formatKr(ore).replace(/[^\d]/g, "");
        const expected = ore % 100 === 0 ? String(ore / 100) : String(ore).padStart(3, "0");
        expect(digits.replace(/^0+(?=\d)/, "")).toBe(expected.replace(/^0+(?=\d)/, ""));
      }),
    );
  });
});

describe("dates and periods", () => {
  it("writes dates as '25. oktober 2022'", () => {
    expect(formatDate(new Date("2022-10-25T10:00:00Z"))).toBe("25. oktober 2022");
    expect(formatDate(new Date("2022-10-25T10:00:00Z"), "en")).toBe("25 October 2022");
  });
  it("uses Danish time: late evening UTC is the next day in Copenhagen", () => {
    expect(formatDate(new Date("2026-02-15T23:30:00Z"))).toBe("16. februar 2026");
    expect(formatDateTime(new Date("2026-03-11T17:00:00Z"))).toBe("11. marts 2026 kl. 18.00");
    expect(formatDateTime(new Date("2026-06-11T17:00:00Z"))).toBe("11. juni 2026 kl. 19.00");
  });
  it("switches to summer time on the last Sunday of March and back on the last Sunday of October", () => {
    expect(formatDateTime(new Date("2026-03-29T00:59:00Z"))).toBe("29. marts 2026 kl. 01.59");
    expect(formatDateTime(new Date("2026-03-29T01:00:00Z"))).toBe("29. marts 2026 kl. 03.00");
    expect(formatDateTime(new Date("2026-10-25T00:59:00Z"))).toBe("25. oktober 2026 kl. 02.59");
    expect(formatDateTime(new Date("2026-10-25T01:00:00Z"))).toBe("25. oktober 2026 kl. 02.00");
  });
  it("writes English dates and times in British order", () => {
    expect(formatDateTime(new Date("2026-03-11T17:00:00Z"), "en")).toBe("11 March 2026 at 18:00");
  });
  it("writes quarters as '2019 K2' and refuses a fifth quarter", () => {
    expect(formatQuarter(2019, 2)).toBe("2019 K2");
    expect(formatQuarter(2019, 2, "en")).toBe("2019 Q2");
    expect(() => formatQuarter(2019, 5)).toThrow(RangeError);
  });
  it("writes months and half-years", () => {
    expect(formatMonth(2025, 3)).toBe("Marts 2025");
    expect(formatHalfYear(2024, 1)).toBe("1. halvår 2024");
  });
  it("writes hours from minutes with a decimal comma", () => {
    expect(formatHours(90)).toBe("1,5");
    expect(formatHours(20 * 60)).toBe("20");
    expect(formatNumber(2510000)).toBe("2.510.000");
  });
});

describe("numberFormatter", () => {
  it("writes every number as formatNumber does, in both languages", () => {
    const da = numberFormatter("da");
    const en = numberFormatter("en");
    fc.assert(
      fc.property(fc.double({ min: -1e7, max: 1e7, noNaN: true }), (v) => {
        expect(da(v)).toBe(formatNumber(v, "da"));
        expect(en(v)).toBe(formatNumber(v, "en"));
      }),
    );
    expect(da(3.456)).toBe("3,46");
  });
});
