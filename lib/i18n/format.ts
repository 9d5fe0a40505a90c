// Formatting of money, dates and quarters. Pure; no Intl, so the output is
// the same on every machine and in the browser.
export type Locale = "da" | "en";
export const locales: readonly Locale[] = ["da", "en"] as const;
export const defaultLocale: Locale = "da";

export function isLocale(value: unknown): value is Locale {
  return value === "da" || value === "en";
}

const monthNames: Record<Locale, readonly string[]> = {
  da: [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
  ],
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
};

function groupThousands(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** Øre as kroner: 5_000_000 → "50.000 kr." (da), "DKK 50,000" (en). Whole kroner drop the decimals. */
export function formatKr(ore: number | bigint, locale: Locale = "da"): string {
  const value = BigInt(ore);
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const kr = abs / 100n;
  const rest = abs % 100n;
  const [thousands, decimal] = locale === "da" ? [".", ","] : [",", "."];
  let number = groupThousands(kr.toString(), thousands);
  if (rest !== 0n) number += decimal + rest.toString().padStart(2, "0");
  const sign = negative ? "-" : "";
  return locale === "da" ? `${sign}${number} kr.` : `${sign}DKK ${number}`;
}

/** A plain number with Danish or English grouping: 2510000 → "2.510.000". */
export function formatNumber(value: number, locale: Locale = "da"): string {
  const [thousands, decimal] = locale === "da" ? [".", ","] : [",", "."];
  const negative = value < 0;
  const [int, frac] = Math.abs(value).toString().split(".");
  const grouped = groupThousands(int ?? "0", thousands);
  return `${negative ? "-" : ""}${grouped}${frac ? decimal + frac : ""}`;
}

/** "25. oktober 2022" / "25 October 2022". Dates are calendar dates in Danish time. */
export function formatDate(date: Date, locale: Locale = "da"): string {
  const { day, month, year } = copenhagenParts(date);
  const name = monthNames[locale][month - 1];
  return locale === "da" ? `${day}. ${name} ${year}` : `${day} ${name} ${year}`;
}

export function formatDateTime(date: Date, locale: Locale = "da"): string {
  const { hour, minute } = copenhagenParts(date);
  const time = `${String(hour).padStart(2, "0")}.${String(minute).padStart(2, "0")}`;
  return locale === "da"
    ? `${formatDate(date, locale)} kl. ${time}`
    : `${formatDate(date, locale)}, ${time.replace(".", ":")}`;
}

export function formatMonth(year: number, month: number, locale: Locale = "da"): string {
  const name = monthNames[locale][month - 1] ?? "";
  return `${locale === "da" ? name.charAt(0).toUpperCase() + name.slice(1) : name} ${year}`;
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

/** Minutes as hours: 90 → "1,5" (da). */
export function formatHours(minutes: number, locale: Locale = "da"): string {
  return formatNumber(Math.round((minutes / 60) * 100) / 100, locale);
}

// Calendar parts in Europe/Copenhagen: CET (+1), CEST (+2) from the last
// Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC.
function lastSundayUtc(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0, 1));
  return last.getTime() - last.getUTCDay() * 86_400_000;
}

export function copenhagenOffsetHours(date: Date): number {
  const year = date.getUTCFullYear();
  const t = date.getTime();
  return t >= lastSundayUtc(year, 2) && t < lastSundayUtc(year, 9) ? 2 : 1;
}

function copenhagenParts(date: Date) {
  const local = new Date(date.getTime() + copenhagenOffsetHours(date) * 3_600_000);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
  };
}
