// Money, numbers, dates and periods in the user's language, through
// next-intl's formatter (Intl underneath) in Danish time. Usable anywhere:
// pages, client components, PDFs, CSV files and mail.
import { createFormatter } from "next-intl";
import { formats, intlLocale, timeZone, type Locale } from "./config";

const formatters = new Map<Locale, ReturnType<typeof createFormatter>>();

/** next-intl's formatter for a language, with our time zone and named formats. */
export function formatterFor(locale: Locale) {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = createFormatter({
      // The formatter takes a language of ours; Intl gets the regional variant (en → en-GB).
      locale: intlLocale[locale] as Locale,
      timeZone,
      formats,
    });
    formatters.set(locale, formatter);
  }
  return formatter;
}

// Intl puts a no-break space before "kr."; the house style is a plain one.
const plainSpaces = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

/** Øre as kroner: 5_000_000 → "50.000 kr." (da), "DKK 50,000" (en). Whole kroner drop the decimals. */
export function formatKr(ore: number | bigint, locale: Locale = "da"): string {
  const value = BigInt(ore);
  const whole = value % 100n === 0n;
  // Intl reads a decimal string exactly (ECMA-402 2023), where øre / 100 as a float would round large sums.
  const abs = value < 0n ? -value : value;
  const decimal = `${value < 0n ? "-" : ""}${abs / 100n}.${String(abs % 100n).padStart(2, "0")}`;
  const amount = whole ? value / 100n : (decimal as unknown as number);
  const digits = whole ? 0 : 2;
  return plainSpaces(
    formatterFor(locale).number(amount, {
      style: "currency",
      currency: "DKK",
      currencyDisplay: locale === "da" ? "symbol" : "code",
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }),
  );
}

/** A plain number with Danish or English grouping: 2510000 → "2.510.000". */
export function formatNumber(value: number, locale: Locale = "da"): string {
  return formatterFor(locale).number(value, "plain");
}

/** `formatNumber` for thousands of numbers at once (the ranking's cells): one Intl formatter, the same text. */
export function numberFormatter(locale: Locale = "da"): (value: number) => string {
  const format = new Intl.NumberFormat(intlLocale[locale], formats.number.plain);
  return (value) => format.format(value);
}

/** "25. oktober 2022" / "25 October 2022", the calendar date in Danish time. */
export function formatDate(date: Date, locale: Locale = "da"): string {
  return formatterFor(locale).dateTime(date, "date");
}

/** "11. marts 2026 kl. 18.00" / "11 March 2026 at 18:00". */
export function formatDateTime(date: Date, locale: Locale = "da"): string {
  return formatterFor(locale).dateTime(date, "dateTime");
}

/** "Marts 2025" / "March 2025". */
export function formatMonth(year: number, month: number, locale: Locale = "da"): string {
  // Noon on the 15th is inside the month in every time zone.
  const text = formatterFor(locale).dateTime(new Date(Date.UTC(year, month - 1, 15, 12)), "month");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "2019 K2" / "2019 Q2". */
export function formatQuarter(year: number, quarter: number, locale: Locale = "da"): string {
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) throw new RangeError(`quarter ${quarter}`);
  return `${year} ${locale === "da" ? "K" : "Q"}${quarter}`;
}

export function formatHalfYear(year: number, half: number, locale: Locale = "da"): string {
  if (half !== 1 && half !== 2) throw new RangeError(`half ${half}`);
  return locale === "da" ? `${half}. halvår ${year}` : `H${half} ${year}`;
}

const seasons = { da: ["foråret", "sommeren", "efteråret", "vinteren"], en: ["spring", "summer", "autumn", "winter"] };
const monthParts = {
  da: { EARLY_MONTH: "primo", MID_MONTH: "medio", LATE_MONTH: "ultimo" },
  en: { EARLY_MONTH: "early", MID_MONTH: "mid", LATE_MONTH: "late" },
} as const;

export type Written = { precision: string; year: number | null; period: number | null; at: Date | null };

/**
 * A date at the precision it was written: "14. marts 2024", "uge 12 2024",
 * "primo april 2025", "Marts 2025", "3. kvartal 2025", "2. halvår 2025", "foråret
 * 2025", "2026". "" when undated, or when the parts its precision needs are missing.
 */
export function formatWritten(w: Written, locale: Locale = "da"): string {
  const { year, period, at } = w;
  switch (w.precision) {
    case "DATETIME":
      return at ? formatDateTime(at, locale) : "";
    case "DAY":
      return at ? formatDate(at, locale) : "";
    case "YEAR":
      return year ? String(year) : "";
  }
  if (!year || !period) return "";
  switch (w.precision) {
    case "WEEK":
      return `${locale === "da" ? "uge" : "week"} ${period} ${year}`;
    case "EARLY_MONTH":
    case "MID_MONTH":
    case "LATE_MONTH": {
      const month = formatMonth(year, period, locale);
      return `${monthParts[locale][w.precision]} ${locale === "da" ? month.toLowerCase() : month}`;
    }
    case "MONTH":
      return formatMonth(year, period, locale);
    case "QUARTER":
      // A milestone reads as written ("3. kvartal 2025"); the quarterly plan's grid keeps "2025 K3".
      return period > 4 ? "" : locale === "da" ? `${period}. kvartal ${year}` : formatQuarter(year, period, locale);
    case "HALF_YEAR":
      return period <= 2 ? formatHalfYear(year, period, locale) : "";
    case "SEASON":
      return period <= 4 ? `${seasons[locale][period - 1]} ${year}` : "";
  }
  return "";
}

/** Minutes as hours: 90 → "1,5" (da). */
export function formatHours(minutes: number, locale: Locale = "da"): string {
  return formatNumber(Math.round((minutes / 60) * 100) / 100, locale);
}
