// "Nothing read is hidden", measured on what a person sees: a source line is
// visible when every word of it (three letters or more) and every number (three
// digits or more, thousands separators aside) appears in the printed text.
// A heading line the importer read into a typed part counts as visible: the
// form prints that part under its own heading. OCR's "O" for 0 and "l" for 1
// inside numbers are read as meant, on both sides.
// `isTotal` is the importer's own test of a total line: a total's words print as the table's total label.

import { isTotal } from "@/lib/projects/import/budget";

const fold = (text: string) =>
  text
    .toLowerCase()
    .replace(/(?<=[\d.,])[o](?=[\d.,]|\b)|[o](?=[.,]?\d)/g, "0")
    .replace(/(?<=\d[.,]?)[li](?=[\d.,]|\b)|[li](?=[.,]\d)/g, "1");

/** The words and numbers of a text, as a list. */
export function wordsOf(text: string): string[] {
  const out: string[] = [];
  for (const m of fold(text).matchAll(/\d[\d.,]*\d|\d|[\p{L}]+/gu)) {
    const w = m[0];
    if (/^\d/.test(w)) {
      // "28.000,00 kr." prints as "28.000 kr.": øre of nothing are no content.
      const digits = w.replace(/,00$/, "").replace(/[.,]/g, "");
      if (digits.length >= 3) out.push(digits);
    } else if (w.length >= 3) out.push(w);
  }
  return out;
}

/**
 * The non-empty source lines not visible in the printed text. `headings`: the
 * headings the reading found, with the form part each was read into.
 */
export function hiddenLines(
  source: string,
  printed: string,
  headings: readonly { heading: string; part: string }[],
): string[] {
  const seen = new Set(wordsOf(printed));
  const typed = headings.filter((h) => h.part !== "FREE").map((h) => wordsOf(h.heading));
  const hidden: string[] = [];
  for (const line of source.split(/\r?\n/)) {
    if (!line.trim()) continue;
    // Markup a Word export left in the text ("<ul style=…>") is not content.
    let words = wordsOf(line.replace(/<[^<>]{0,200}>/g, " "));
    // A typed heading (whole, or one line of a heading split over two) and the text after it on its line.
    for (const h of typed) {
      if (h.length && h.every((w, i) => words[i] === w)) {
        words = words.slice(h.length);
        break;
      }
      if (words.length && words.every((w) => h.includes(w))) {
        words = [];
        break;
      }
    }
    // A budget's total line ("Samlet budget  39.000 kr.") prints as the table's total, in the print's own words:
    // its amount must show.
    const cells = line.trim().split(/\t| {2,}/);
    if (isTotal(cells[0] ?? "")) words = words.filter((w) => /^\d/.test(w));
    // A table's total column ("Samlet", "Total") prints under the print's own total heading.
    else if (cells.length > 1) words = words.filter((w) => !cells.some((c) => isTotal(c) && wordsOf(c).includes(w)));
    if (!words.every((w) => seen.has(w))) hidden.push(line);
  }
  return hidden;
}
