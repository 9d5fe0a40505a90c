// Amounts as documents write them: "60.000 kr.", "kr. 600.000", "kr. 0,5 mio.",
// "4.000", "1,2 mio. kr.". Pure; returns øre.

const number = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?`;
const pattern = new RegExp(String.raw`(?:kr\.?\s*)?(${number})\s*(mio\.?|millioner|mia\.?)?\s*(?:kr\.?|,-)?`, "i");

/** The first amount in the text, in øre; null when there is none. */
export function findAmount(text: string): { ore: number; text: string } | null {
  const m = pattern.exec(text);
  if (!m) return null;
  const [whole, digits, scale] = m;
  const value = Number(digits!.replace(/\./g, "").replace(",", "."));
  if (!Number.isFinite(value)) return null;
  const factor = scale ? (/^mia/i.test(scale) ? 1e9 : 1e6) : 1;
  const ore = Math.round(value * factor * 100);
  return Number.isSafeInteger(ore) ? { ore, text: whole!.trim() } : null;
}

/** A cell that is only an amount (a budget or hours table): its value in øre, else null. */
export function cellAmount(cell: string): number | null {
  const t = cleanAmount(cell).trim();
  if (!t) return null;
  const found = findAmount(t);
  return found && found.text.length >= t.trimEnd().length - 1 ? found.ore : null;
}

/**
 * An amount as OCR leaves it, read as meant: "O" for 0 and "l" or "I" for 1
 * between digits, a stray "." or "," at the end of the number ("4.500. kr.").
 * Text that is not such an amount comes back as it was.
 */
export function cleanAmount(text: string): string {
  const t = text.trim();
  // An amount is short; a long cell is not read letter by letter for one (the patterns below would backtrack).
  if (t.length > 40 || !/\d/.test(t) || !/^(?:kr\.?\s*)?[\dOolI][\dOolI.,\s]*(?:\s*(?:kr\.?|,-))?$/.test(t))
    return text;
  const [, pre = "", body = "", post = ""] = /^((?:kr\.?\s*)?)(.*?)(\s*(?:kr\.?|,-)?)$/.exec(t) ?? [];
  const digits = body.replace(/[Oo]/g, "0").replace(/[lI]/g, "1").replace(/\s+/g, "");
  // A stray "." or "," at the end, by a scan (a pattern anchored at the end retries from every dot of a run).
  let end = digits.length;
  while (end > 0 && (digits[end - 1] === "." || digits[end - 1] === ",")) end--;
  return `${pre}${digits.slice(0, end)}${post}`;
}
