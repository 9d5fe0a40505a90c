// The languages, the time zone and the number and date formats: one place,
// read by next-intl's request config, by the client provider and by the
// translator used outside a request (mail, PDF, CSV).
import type { Formats } from "next-intl";

export type Locale = "da" | "en";
export const defaultLocale: Locale = "da";
export const timeZone = "Europe/Copenhagen";
export const localeCookie = "lokalpulje-locale";

export function isLocale(value: unknown): value is Locale {
  return value === "da" || value === "en";
}

/**
 * Intl locale per language: English dates read "25 October 2022" (British
 * order), which Danish readers of an English page expect.
 */
export const intlLocale: Record<Locale, string> = { da: "da-DK", en: "en-GB" };

export const formats = {
  dateTime: {
    date: { day: "numeric", month: "long", year: "numeric" },
    dateTime: { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" },
    month: { month: "long", year: "numeric" },
  },
  number: {
    plain: { maximumFractionDigits: 2 },
  },
} satisfies Formats;
