// The importer's reading of single lines: which line is a heading (known,
// of the committee's own template, or unknown), and tables whose columns are
// runs of spaces. Pure and linear.
import {
  headingWords,
  isFormTitle,
  isKnownHeading,
  matchHeadingOf,
  skeleton,
  startsWithFormTitle,
  type Part,
} from "./headings";
import { isDateLine, leadingDate } from "./dates";
import { splitHeading } from "./scan";

export const bullet = /^\s*(?:[-–•*➤]|\d+[.)])\s+/;
const numbered = /^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[A-Za-zÆØÅ][.)])\s+\S/;
const interventionHead = /^(Indsats|Element|Delprojekt)\s+(\d+)\s*[:.–-]/i;
const numberCell = /^(?:\d+(?:[.,]\d+)*|x|[-–])$/i;

// The body a form belongs to; "bestyrelsesmødets" (a meeting) names none.
const committeeWords =
  /lokaludvalg|udvalg(?:et)?\b|styregruppe|områdefornyelse|bestyrelse(?:n|ns)?\b|helhedsplan|forvaltning|\bråd\b/i;
/** A line that names a committee or a board, as a preamble does. */
export const isCommitteeName = (t: string) =>
  committeeWords.test(t) && t.split(/\s+/).length <= 6 && !/[.:?]$/.test(t) && !t.includes("\t");

/** A section of a committee's own template: its heading read first, as the part it maps to or its own. */
export type KnownHeading = { heading: string; part: Part | "free" };

export type HeadingAt = {
  part: Part | "free";
  heading: string;
  inline: string;
  /** Lines the heading takes (a heading split over two lines takes both, and the blank lines between). */
  span: number;
};

/** A cell of digits as OCR leaves them: "12.0O0", "4.5OO", "l.200", "4.500." */
const ocrAmount = /^(?:kr\.?\s*)?[\dOolI][\dOolI.,\s]*(?:\s*(?:kr\.?|,-))?$/;

/**
 * A line whose columns are aligned with runs of spaces (OCR, a copied PDF):
 * its cells joined by tabs, as a Word table gives them. Only when a cell after
 * the first holds a number, a year or a mark, so prose keeps its spaces.
 */
export function spacedRow(line: string): string {
  if (line.includes("\t") || !/\S {2,}\S/.test(line)) return line;
  const lead = /^ {2,}/.test(line) ? [""] : [];
  const cells = line.trim().split(/ {2,}/);
  // Cells of a table are short: a long one is prose, and is not tested against the amount pattern.
  if (cells.slice(1).some((c) => c.length > 40)) return line;
  const rest = cells.slice(1);
  if (!rest.length || !rest.some((c) => /\d/.test(c) && ocrAmount.test(c.trim()))) return line;
  // Amounts, years, marks, an empty cell's dash, and a total column's heading.
  const cell = /^(?:x|[-–]|[KQ]\d|i alt|total|sum|samlet)$/i;
  if (!rest.every((c) => ocrAmount.test(c.trim()) || cell.test(c.trim()))) return line;
  return [...lead, ...cells].join("\t");
}

/** The text split into lines, line endings and non-breaking spaces folded, spaced tables turned into rows. */
export function linesOf(text: string): string[] {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/\u00a0/g, " ")
    .split("\n")
    .map(spacedRow);
}

const isCaps = (t: string) => {
  const letters = t.replace(/[^\p{L}]/gu, "");
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
};
const blank = (lines: readonly string[], i: number) => i < 0 || i >= lines.length || !lines[i]!.trim();
const nextFilled = (lines: readonly string[], i: number) => {
  let j = i + 1;
  while (j < lines.length && !lines[j]!.trim()) j++;
  return j;
};
const prevFilled = (lines: readonly string[], i: number) => {
  let j = i - 1;
  while (j >= 0 && !lines[j]!.trim()) j--;
  return j;
};

/** The form of a heading: a colon or question mark at the end, capitals, a number, or a line of its own. */
function looksLikeHeading(lines: readonly string[], i: number): boolean {
  const t = lines[i]!.trim();
  return (
    /[:?]$/.test(t) ||
    isCaps(t) ||
    numbered.test(t) ||
    (blank(lines, i - 1) && blank(lines, i + 1)) ||
    (blank(lines, i - 1) && i === 0)
  );
}

function templateMatch(text: string, known: readonly KnownHeading[]): KnownHeading | null {
  if (!known.length || text.length > 200) return null;
  const key = skeleton(headingWords(text));
  if (key.length < 2) return null;
  return known.find((k) => skeleton(headingWords(k.heading)) === key) ?? null;
}

/** The part a heading text names: the committee's own template first, then the known words. */
function partOf(text: string, loose: boolean, known: readonly KnownHeading[]): Part | "free" | null {
  const own = templateMatch(text, known);
  if (own) return own.part;
  return matchHeadingOf(text, loose)?.part ?? null;
}

/** A section of the committee's own is kept under the template's words, so the form prints it in its place. */
const ownHeading = (text: string, known: readonly KnownHeading[]) => {
  const own = templateMatch(text, known);
  return own?.part === "free" ? own.heading : asHeading(text);
};

const asHeading = (t: string) => t.replace(/\s+/g, " ").replace(/\s*:$/, "");

/** The heading line i starts, if it is one; `started` once a first heading has been seen. */
export function headingAt(
  lines: readonly string[],
  i: number,
  known: readonly KnownHeading[],
  started: boolean,
): HeadingAt | null {
  const t = lines[i]!.trim();
  // The form's name above the form; after the first heading "Projektbeskrivelse" is a heading like any other.
  if (!t || (!started && isFormTitle(t))) return null;
  // The committee's name above the form ("Styregruppen for Områdefornyelsen Nordvest") is no heading.
  if (!started && (isCommitteeName(t) || startsWithFormTitle(t))) return null;
  if (/^[-–•*➤]\s/.test(t)) return null;
  // A table row ("Opfølgning<tab>5<tab>10"), not a heading.
  const cells = t
    .split("\t")
    .slice(1)
    .map((c) => c.trim())
    .filter(Boolean);
  if (cells.length >= 1 && cells.every((c) => numberCell.test(c))) return null;
  const intervention = interventionHead.exec(t);
  const title = intervention ? t.slice(intervention[0].length).trim() : "";
  if (title && !title.includes("\t")) return { part: "interventions", heading: t, inline: title, span: 1 };
  // A date opens a timeline item ("14. marts 2024: Workshop"), never a heading.
  if (leadingDate(t) || leadingDate(t.replace(bullet, ""))) return null;
  const colon = splitHeading(t);
  if (colon && colon.rest) {
    const part = partOf(colon.head, true, known);
    if (part) return { part, heading: ownHeading(colon.head, known), inline: colon.rest, span: 1 };
  }
  if (t.length > 90 || /[.!,;]$/.test(t)) return null;
  // A heading split over two lines ("Beskrivelse af" / "projektet:").
  const j = nextFilled(lines, i);
  const next = lines[j]?.trim() ?? "";
  const short = next.length <= 60 && next.split(/\s+/).length <= 4;
  if (short && !/[:?]$/.test(t) && !next.includes("\t") && !bullet.test(next)) {
    const joined = `${t} ${next}`;
    const whole = partOf(joined, false, known);
    const exact = (x: string) => templateMatch(x, known) !== null || isKnownHeading(x);
    // "Forventet effekt af" / "projektet:": a short end of a heading, with its colon, on the next line.
    const tail = /:$/.test(next) && next.split(/\s+/).length <= 3 && partOf(joined, true, known) !== null;
    if ((whole && exact(joined) && !exact(t)) || tail)
      return {
        part: (whole ?? partOf(joined, true, known))!,
        heading: ownHeading(joined, known),
        inline: "",
        span: j - i + 1,
      };
  }
  const part = partOf(t, looksLikeHeading(lines, i), known);
  if (part) return { part, heading: ownHeading(t, known), inline: "", span: 1 };
  if (started && unknownHeading(lines, i)) return { part: "free", heading: asHeading(t), inline: "", span: 1 };
  return null;
}

/**
 * A heading the importer does not know: short, in a heading's form, not a
 * date, not a lead-in to a list, and followed by text. It starts a free
 * section under its own words and never joins the section above.
 */
function unknownHeading(lines: readonly string[], i: number): boolean {
  const t = lines[i]!.trim();
  const words = headingWords(t);
  if (!words || words.split(/\s+/).length > 6 || words.length > 60 || t.includes("\t")) return false;
  if (!/^[\p{Lu}\d]/u.test(t) || /[.,;!]$/.test(t) || isDateLine(t)) return false;
  const j = nextFilled(lines, i);
  const next = lines[j]?.trim();
  // A caption over a table, or a lead-in to a dated line, belongs to the section it stands in.
  if (!next || next.includes("\t") || leadingDate(next)) return false;
  // "Projektet består af 2 dele:" before a list is a lead-in, not a heading.
  if (/:$/.test(t) && bullet.test(next)) return false;
  const before = lines[prevFilled(lines, i)]?.trim() ?? "";
  if (numbered.test(t) && (bullet.test(before) || /:$/.test(before))) return false;
  if (/[:?]$/.test(t) || isCaps(t)) return true;
  if (numbered.test(t)) return blank(lines, i + 1) || next.length >= 40;
  // A line of its own before a sentence: in a .docx every paragraph stands alone, so the text after it must be prose.
  return blank(lines, i - 1) && next.length > t.length && (/[.!]$/.test(next) || next.length >= 80);
}
