// Readers of one section's lines into a typed part: success criteria, the
// timeline with each date at its precision, communication by phase, work
// distribution, people by role, a status block. Pure and linear.
import type { ProjectDocument } from "../document";
import { dateIn, leadingDate, type WrittenDate } from "./dates";
import { findHours } from "./hours";
import { splitNames } from "./people";
import { bullet } from "./lines";

export type Section = {
  heading: string;
  part: string;
  inline: string;
  lines: string[];
  source: string[];
};

export const strip = (s: string) => s.replace(bullet, "").trim();
export const cells = (line: string) => line.split("\t").map((c) => c.trim());
export const paragraphs = (s: Section) => [s.inline, ...s.lines].map((l) => l.trim()).filter(Boolean);
export const prose = (s: Section) => paragraphs(s).join("\n\n");

export function criteriaOf(s: Section): NonNullable<ProjectDocument["criteria"]> {
  return paragraphs(s).map((raw) => {
    const text = strip(raw);
    const [label, rest] = text.includes(":")
      ? [text.slice(0, text.indexOf(":")).trim(), text.slice(text.indexOf(":") + 1)]
      : [text.slice(0, 60), text];
    // The look-behind starts a number only at its first digit: without it a long run of digits backtracked.
    const range = /(?<!\d)(\d+)\s*[-–]\s*(\d+)/.exec(rest);
    const minimum = /(?:mindst|minimum|min\.)\s*(\d+)/i.exec(rest);
    if (range)
      return {
        kind: "RANGE" as const,
        label,
        text,
        targetMin: Number(range[1]) * 1000,
        targetMax: Number(range[2]) * 1000,
      };
    if (minimum) return { kind: "MINIMUM" as const, label, text, targetMin: Number(minimum[1]) * 1000 };
    return { kind: "QUALITATIVE" as const, label, text };
  });
}

type TimelineItem = NonNullable<ProjectDocument["timeline"]>[number];

/** A written date as a timeline item's when: a day as noon in Copenhagen's day, the rest as year and period. */
export function whenOf(d: WrittenDate): Pick<TimelineItem, "precision" | "year" | "period" | "at"> {
  if (d.precision === "DAY") return { precision: "DAY", at: `${d.date}T12:00:00.000Z` };
  return { precision: d.precision, year: d.year, period: d.period };
}

/**
 * One item per line: the date it starts with, at its precision, and the text
 * after it. A line under a date written alone ("Maj 2024") is that date's
 * details; any other line without a date is an undated item.
 */
export function timelineOf(s: Section): NonNullable<ProjectDocument["timeline"]> {
  const items: NonNullable<ProjectDocument["timeline"]> = [];
  let open: TimelineItem | null = null;
  for (const raw of paragraphs(s)) {
    // "3. kvartal 2025" and "4. april 2024" start with what looks like a list number: the date is read first.
    const plain = raw
      .replace(/^\s*[-–•*➤]\s+/, "")
      .trim()
      .replace(/\t+/g, " ");
    const d = leadingDate(plain) ?? leadingDate(strip(plain));
    const text = leadingDate(plain) ? plain : strip(plain);
    if (d) {
      const item = { ...whenOf(d), title: d.rest || text };
      items.push(item);
      open = d.rest ? null : item;
    } else if (open) open.details = open.details ? `${open.details}\n${text}` : text;
    else items.push({ precision: "UNDATED", title: text });
  }
  return items;
}

export function communicationOf(s: Section): NonNullable<ProjectDocument["communication"]> {
  const parts = paragraphs(s)
    .flatMap((p) => cells(p))
    .filter(Boolean);
  return parts.map((text) => {
    const m = /^(Før|Under\/efter|Under|Efter)\s*:/i.exec(text);
    const phase = !m ? "GENERAL" : /^før/i.test(m[1]!) ? "BEFORE" : "DURING_AFTER";
    return { phase, text: strip(text) || text } as const;
  });
}

type Work = Pick<ProjectDocument, "work" | "secretariatHoursEstimate" | "secretariatHoursText">;

export function workOf(s: Section, table: Section | undefined): Work {
  const out: Work = {};
  const text = paragraphs(s).join(" ");
  // "Sekretariatets timer: 25 timer", "ca. 40 timer": a number of hours first on the line.
  const first = /^(?:ca\.?\s*)?(\d+(?:,\d+)?)\s*(?:timer|t\.)(?!\p{L})/iu.exec(paragraphs(s)[0] ?? "");
  const hours = first?.[1] ?? findHours(paragraphs(s).join("\n"));
  if (hours !== undefined) {
    out.secretariatHoursEstimate = Math.round(Number(hours.replace(",", ".")) * 60);
    out.secretariatHoursText = text;
  }
  if (table) {
    const rows = table.lines.filter((l) => l.includes("\t") && l.trim()).map(cells);
    const named = cells(table.inline).filter(Boolean);
    // A row with more cells than the header names keeps them, under columns of their own.
    const width = rows.reduce((w, r) => Math.max(w, r.findLastIndex(Boolean)), named.length);
    const roles = [
      ...named,
      ...Array.from({ length: width - named.length }, (_, i) => `Kolonne ${named.length + i + 1}`),
    ];
    out.work = {
      roles: roles.map((label) => ({ label, isSecretariat: /sekretariat/i.test(label) || undefined })),
      rows: rows.map(([label = "", ...values]) => ({
        label,
        cells: roles.map((_, i) => {
          const v = (values[i] ?? "").trim();
          if (!v) return null;
          return /^\d+(,\d+)?$/.test(v) ? Math.round(Number(v.replace(",", ".")) * 60) : v;
        }),
      })),
    };
  }
  return out;
}

type Person = NonNullable<ProjectDocument["people"]>[number];

/** People under a heading, with the role the heading (or a "(tovholder)" after a name) gives them. */
export function peopleOf(s: Section): Person[] {
  const head = s.heading.toLowerCase();
  const role: Person["role"] = /^kontakt/.test(head)
    ? "CONTACT"
    : /^tovholder/.test(head)
      ? "COORDINATOR"
      : /^projektleder/.test(head)
        ? "LEADER"
        : "RESPONSIBLE";
  return (
    paragraphs(s)
      .map(strip)
      // Split on "/" and trim: /\s*\/\s*/ retried from every space of a long run.
      .flatMap((line) => line.split("/").map((x) => x.trim()))
      .flatMap((line) => {
        // "Anna Møller (tovholder), Bo Hansen": the role in brackets belongs to the name before it.
        // The pattern starts at "(": a leading \s* was retried from every space of a long run.
        const marked = line.replace(/\(\s*tovholder\s*\)/gi, "\u0001");
        // Each name is looked for after the one before it, and the marker by a scan: linear in the line.
        let from = 0;
        return splitNames(marked.replace(/\u0001/g, "")).map((entry) => {
          const at = marked.indexOf(entry.name, from);
          let end = at < 0 ? -1 : at + entry.name.length;
          if (at >= 0) from = end;
          while (end >= 0 && end < marked.length && /\s/.test(marked[end]!)) end++;
          const coordinator = end >= 0 && marked[end] === "\u0001";
          return {
            role: coordinator ? ("COORDINATOR" as const) : role,
            name: entry.name,
            uncertain: entry.uncertain || undefined,
          };
        });
      })
  );
}

/** A status block: its date (in the heading, or a first line that is a date) and its text. */
export function statusOf(s: Section): NonNullable<ProjectDocument["reports"]>[number] {
  const lines = paragraphs(s);
  const inHeading = dateIn(s.heading);
  // A short first line with a date ("Status er opdateret den 15. oktober 2025.") dates the report.
  const short = lines[0] !== undefined && lines[0].split(/\s+/).length <= 12;
  const first = !inHeading && short && lines[0] ? dateIn(lines[0]) : null;
  const d = inHeading ?? first;
  // A first line that is only the date is the report's date, not its text.
  const text = (first && first.text === lines[0] ? lines.slice(1) : lines).join("\n\n");
  return { kind: "STATUS", periodText: d?.text ?? "", ...(d?.date ? { periodStart: d.date } : {}), text };
}
