// Dates as the committees write them, each kept at its real precision:
// "14. marts 2024", "14/3-2024", "2024-03-14", "uge 12 2024", "primo april
// 2025", "marts 2025", "K3 2025", "3. kvartal 2025", "2. halvår 2025",
// "foråret 2025", "2026". Pure; every pattern is anchored and linear.

export type Precision =
  "DAY" | "WEEK" | "EARLY_MONTH" | "MID_MONTH" | "LATE_MONTH" | "MONTH" | "QUARTER" | "HALF_YEAR" | "SEASON" | "YEAR";

export type WrittenDate = {
  precision: Precision;
  year?: number;
  /** Month, week, quarter, half or season (1 forår … 4 vinter), by precision. */
  period?: number;
  /** The day, "YYYY-MM-DD", for DAY. */
  date?: string;
  /** The date as written. */
  text: string;
  /** What follows the date and its separator (":", "–", "-"). */
  rest: string;
};

export const monthNames = [
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
];
const month =
  String.raw`(januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|` +
  String.raw`jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec)\.?`;
const monthOf = (name: string) => {
  const n = name.toLowerCase().replace(/\.$/, "");
  return monthNames.findIndex((m) => m === n || (n.length >= 3 && m.startsWith(n))) + 1;
};
const year = String.raw`((?:19|20)\d{2})`;
const seasons: Record<string, number> = { forår: 1, sommer: 2, efterår: 3, vinter: 4 };
const parts: Record<string, Precision> = { primo: "EARLY_MONTH", medio: "MID_MONTH", ultimo: "LATE_MONTH" };
const halves: Record<string, number> = { første: 1, "1.": 1, andet: 2, anden: 2, "2.": 2 };

const pad = (n: number) => String(n).padStart(2, "0");
function day(y: number, m: number, d: number): Pick<WrittenDate, "precision" | "year" | "period" | "date"> | null {
  const at = new Date(Date.UTC(y, m - 1, d));
  if (at.getUTCMonth() !== m - 1 || at.getUTCDate() !== d) return null;
  return { precision: "DAY", year: y, period: m, date: `${y}-${pad(m)}-${pad(d)}` };
}

type Rule = { re: RegExp; read: (m: RegExpExecArray) => Omit<WrittenDate, "text" | "rest"> | null };

// Each starts at the beginning of the text ("d." and a weekday may come first) and ends at a word boundary.
const weekday = "(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)";
const lead = String.raw`^(?:${weekday}(?:\s+(?:d\.|den))?\s+|(?:d\.|den)\s+)?`;
const end = String.raw`(?![\p{L}\d])`;
const rules: Rule[] = [
  {
    re: new RegExp(`${lead}(\\d{1,2})\\.?\\s*${month}\\s+${year}${end}`, "iu"),
    read: (m) => day(Number(m[3]), monthOf(m[2]!), Number(m[1])),
  },
  { re: new RegExp(`${lead}(\\d{4})-(\\d{2})-(\\d{2})${end}`, "iu"), read: (m) => day(+m[1]!, +m[2]!, +m[3]!) },
  {
    re: new RegExp(`${lead}(\\d{1,2})[./](\\d{1,2})(?:[./-]|\\s+)${year}${end}`, "iu"),
    read: (m) => day(Number(m[3]), Number(m[2]), Number(m[1])),
  },
  {
    re: new RegExp(`^uge\\s+(\\d{1,2})(?:,?\\s+(?:i\\s+)?${year})?${end}`, "iu"),
    read: (m) => (+m[1]! >= 1 && +m[1]! <= 53 ? { precision: "WEEK", period: +m[1]!, year: num(m[2]) } : null),
  },
  {
    re: new RegExp(`^(primo|medio|ultimo)\\s+${month}(?:\\s+${year})?${end}`, "iu"),
    read: (m) => ({ precision: parts[m[1]!.toLowerCase()]!, period: monthOf(m[2]!), year: num(m[3]) }),
  },
  {
    re: new RegExp(`^(?:i\\s+)?${month}\\s+${year}${end}`, "iu"),
    read: (m) => ({ precision: "MONTH", period: monthOf(m[1]!), year: Number(m[2]) }),
  },
  {
    re: new RegExp(`^(?:[KQ]([1-4])\\s*${year}|${year}\\s*[KQ]([1-4])|([1-4])\\.\\s*kvartal\\s+${year})${end}`, "iu"),
    read: (m) => ({
      precision: "QUARTER",
      period: Number(m[1] ?? m[4] ?? m[5]),
      year: Number(m[2] ?? m[3] ?? m[6]),
    }),
  },
  {
    re: new RegExp(`^(første|andet|anden|1\\.|2\\.)\\s*halvår\\s+${year}${end}`, "iu"),
    read: (m) => ({ precision: "HALF_YEAR", period: halves[m[1]!.toLowerCase()]!, year: Number(m[2]) }),
  },
  {
    re: new RegExp(`^(?:i\\s+)?(forår|sommer|efterår|vinter)(?:en|et)?\\s+${year}${end}`, "iu"),
    read: (m) => ({ precision: "SEASON", period: seasons[m[1]!.toLowerCase()]!, year: Number(m[2]) }),
  },
  { re: new RegExp(`^${year}${end}`, "u"), read: (m) => ({ precision: "YEAR", year: Number(m[1]) }) },
];

const num = (s: string | undefined) => (s ? Number(s) : undefined);
const separator = /^\s*(?:[:–—-]\s*|[.,](?:\s+|$)|\s+(?=\S))/;

/** The date a text starts with, and the text after it; null when it starts with none. */
export function leadingDate(text: string): WrittenDate | null {
  const t = text.trim();
  if (t.length > 2000) return null;
  for (const rule of rules) {
    const m = rule.re.exec(t);
    if (!m) continue;
    const read = rule.read(m);
    if (!read) continue;
    const after = t.slice(m[0].length);
    const sep = separator.exec(after);
    if (after && !sep) continue;
    const out: WrittenDate = { ...read, text: m[0].trim(), rest: after.slice(sep?.[0].length ?? 0).trim() };
    if (out.year === undefined) delete out.year;
    return out;
  }
  return null;
}

/** The first date anywhere in a short text ("København, 12. januar 2025"); null when none. */
export function dateIn(text: string): WrittenDate | null {
  if (text.length > 300) return null;
  const words = text.split(/(?<=[\s,(])/);
  let at = 0;
  for (const w of words) {
    const found = leadingDate(text.slice(at));
    if (found) return found;
    at += w.length;
  }
  return null;
}

/** A line that is a date and little else: a place and a date, "Dato: …", "Status pr. …". */
export function isDateLine(text: string): boolean {
  const d = dateIn(text);
  return d !== null && text.trim().split(/\s+/).length <= d.text.split(/\s+/).length + 3;
}
