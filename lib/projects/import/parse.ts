// Reads a project description written as text (pasted, a .txt file, or a
// .docx turned into text) into a ProjectDocument. Known headings become typed
// parts; everything else is kept as a free section under its own heading. The
// raw text of every section is kept in importSource, so nothing is dropped.
// Pure: no database, no Next. Linear in the text: no pattern here may
// backtrack on hostile input, and no loop may copy what it has collected.
import type { ProjectDocument } from "../document";
import { cellAmount, findAmount } from "./amounts";
import { isFormTitle, matchHeading, type Part } from "./headings";
import { splitNames } from "./people";
import { quarterSpans, startsQuarterTable } from "./quarters";
import { findHours } from "./hours";
import { addText, append, joinTexts, splitHeading, stripTags, type TextPart } from "./scan";

type Section = {
  heading: string;
  part: Part | "free" | "preamble" | "quarterPlan";
  inline: string;
  lines: string[];
  source: string[];
};

const months = [
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
const bullet = /^\s*(?:[-–•*➤]|\d+[.)])\s+/;
const strip = (s: string) => s.replace(bullet, "").trim();
const cells = (line: string) => line.split("\t").map((c) => c.trim());
const monthLine = new RegExp(`^(${months.join("|")})\\s+(\\d{4}):?$`, "i");
const interventionHead = /^(Indsats|Element|Delprojekt)\s+(\d+)\s*[:.–-]/i;

/** A heading line: the part it names, the heading as written, and any text after it on the same line. */
function headingOf(line: string): { part: Part; heading: string; inline: string } | null {
  const t = line.trim();
  if (!t || bullet.test(t) || isFormTitle(t)) return null;
  // A table row ("Opfølgning<tab>5<tab>10"), not a heading.
  const rest = t
    .split("\t")
    .slice(1)
    .map((c) => c.trim())
    .filter(Boolean);
  if (rest.length >= 1 && rest.every((c) => /^(\d+([.,]\d+)*|x)$/i.test(c))) return null;
  const intervention = interventionHead.exec(t);
  const title = intervention ? t.slice(intervention[0].length).trim() : "";
  if (title && !title.includes("\t")) return { part: "interventions", heading: t, inline: title };
  const colon = splitHeading(t);
  if (colon) {
    const part = matchHeading(colon.head);
    if (part) return { part, heading: colon.head, inline: colon.rest };
  }
  if (t.length <= 70 && !/[.!]$/.test(t)) {
    const part = matchHeading(t.replace(/[:?]$/, ""));
    if (part) return { part, heading: t.replace(/:$/, ""), inline: "" };
  }
  return null;
}

/**
 * A heading the importer does not know: a short line on its own (blank lines
 * around it), no closing punctuation or colon, followed by a paragraph. Kept
 * as a free section under that heading.
 */
function unknownHeading(lines: readonly string[], i: number): boolean {
  const t = lines[i]!.trim();
  if (!t || t.length > 50 || /[.,;:!?]$/.test(t) || bullet.test(t) || t.includes("\t") || !/^[A-ZÆØÅ]/.test(t))
    return false;
  if (i > 0 && lines[i - 1]!.trim() !== "") return false;
  if (i + 1 < lines.length && lines[i + 1]!.trim() !== "") return false;
  let j = i + 1;
  while (j < lines.length && !lines[j]!.trim()) j++;
  const next = lines[j];
  return next !== undefined && (next.trim().length >= 80 || next.includes("\t"));
}

function sectionsOf(text: string): Section[] {
  const lines = text
    .replace(/\r\n?/g, "\n")
    .replace(/\u00a0/g, " ")
    .split("\n");
  const out: Section[] = [{ heading: "", part: "preamble", inline: "", lines: [], source: [] }];
  // The section a quarterly plan table interrupted: text after the table goes back to it.
  let interrupted: Section | null = null;
  for (const [i, line] of lines.entries()) {
    if (startsQuarterTable(lines, i)) {
      interrupted = out.at(-1)!;
      out.push({
        heading: cells(line)[0] || "Kvartalsplan",
        part: "quarterPlan",
        inline: "",
        lines: [line],
        source: [line],
      });
      continue;
    }
    if (interrupted) {
      if (!line.trim() || line.includes("\t")) {
        out.at(-1)!.lines.push(line);
        out.at(-1)!.source.push(line);
        continue;
      }
      if (!headingOf(line))
        out.push({
          heading: interrupted.heading,
          part: interrupted.part === "preamble" ? "free" : interrupted.part,
          inline: "",
          lines: [],
          source: [],
        });
      interrupted = null;
    }
    const h = headingOf(line);
    if (h) out.push({ heading: h.heading, part: h.part, inline: h.inline, lines: [], source: [line] });
    else if (out.length > 1 && unknownHeading(lines, i))
      out.push({ heading: line.trim(), part: "free", inline: "", lines: [], source: [line] });
    else {
      out.at(-1)!.lines.push(line);
      out.at(-1)!.source.push(line);
    }
  }
  return out;
}

const paragraphs = (s: Section) => [s.inline, ...s.lines].map((l) => l.trim()).filter(Boolean);
const prose = (s: Section) => paragraphs(s).join("\n\n");

function criteriaOf(s: Section): NonNullable<ProjectDocument["criteria"]> {
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

function timelineOf(s: Section): NonNullable<ProjectDocument["timeline"]> {
  const items: NonNullable<ProjectDocument["timeline"]> = [];
  let current: { year?: number; period?: number } | null = null;
  for (const raw of paragraphs(s)) {
    const text = strip(raw);
    const m = monthLine.exec(text);
    const q = /^(?:K|Q)(\d)\s+(\d{4}):?$|^(\d{4})\s*(?:K|Q)(\d):?$/i.exec(text);
    if (m) {
      current = { year: Number(m[2]), period: months.indexOf(m[1]!.toLowerCase()) + 1 };
      items.push({ precision: "MONTH", ...current, title: text });
    } else if (q) {
      current = { year: Number(q[2] ?? q[3]), period: Number(q[1] ?? q[4]) };
      items.push({ precision: "QUARTER", ...current, title: text });
    } else if (current) {
      const last = items.at(-1)!;
      last.details = last.details ? `${last.details}\n${text}` : text;
    } else {
      items.push({ precision: "UNDATED", title: text });
    }
  }
  return items;
}

function communicationOf(s: Section): NonNullable<ProjectDocument["communication"]> {
  const parts = paragraphs(s)
    .flatMap((p) => cells(p))
    .filter(Boolean);
  return parts.map((text) => {
    const m = /^(Før|Under\/efter|Under|Efter)\s*:/i.exec(text);
    const phase = !m ? "GENERAL" : /^før/i.test(m[1]!) ? "BEFORE" : "DURING_AFTER";
    return { phase, text } as const;
  });
}

function workOf(
  s: Section,
  table: Section | undefined,
): Pick<ProjectDocument, "work" | "secretariatHoursEstimate" | "secretariatHoursText"> {
  const out: Pick<ProjectDocument, "work" | "secretariatHoursEstimate" | "secretariatHoursText"> = {};
  const text = paragraphs(s).join(" ");
  const hours = findHours(paragraphs(s).join("\n"));
  if (hours !== undefined) {
    out.secretariatHoursEstimate = Math.round(Number(hours.replace(",", ".")) * 60);
    out.secretariatHoursText = text;
  }
  if (table) {
    const roles = cells(table.inline).filter(Boolean);
    const rows = table.lines.filter((l) => l.includes("\t") && l.trim()).map(cells);
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

/**
 * Budget lines from "label<tab>amount" rows, or a matrix with years as
 * columns; totals are derived, never kept as lines.
 */
function budgetOf(sections: Section[]): Pick<ProjectDocument, "budget" | "budgetNote"> {
  const rows = sections
    .flatMap((s) => [s.inline, ...s.lines])
    .map((l) => l.trimEnd())
    .filter((l) => l.trim());
  const header = rows.map(cells).find((c) => c.filter((x) => /^(19|20)\d{2}$/.test(x)).length >= 2);
  const budget: NonNullable<ProjectDocument["budget"]> = [];
  const notes: string[] = [];
  const isTotal = (label: string) => /\bi alt\b|^total|^sum\b/i.test(label);
  if (header) {
    // A budget has a handful of years; more columns than this is not a budget, and each row reads every one.
    const yearCols = header
      .map((c, i) => (/^(19|20)\d{2}$/.test(c) ? { i, year: Number(c) } : null))
      .filter((x): x is { i: number; year: number } => x !== null)
      .slice(0, 50);
    const headerText = header.join("");
    let group: string | undefined;
    for (const row of rows.map(cells)) {
      if (row.join("") === headerText) continue;
      const firstYear = yearCols[0]!.i;
      const labels = row.slice(0, firstYear).filter(Boolean);
      const amounts = yearCols.map((y) => ({
        year: y.year,
        ore: cellAmount(row[y.i] ?? ""),
        text: (row[y.i] ?? "").trim(),
      }));
      if (amounts.every((a) => a.ore === null)) {
        notes.push(row.filter(Boolean).join(" "));
        continue;
      }
      if (labels.length >= 2) group = labels[0];
      const label = labels.at(-1) ?? group ?? "";
      if (isTotal(label)) continue;
      for (const a of amounts)
        if (a.ore !== null)
          budget.push({
            label,
            groupLabel: labels.length >= 2 ? labels[0] : labels.length === 1 && row[0] === "" ? group : undefined,
            category: label,
            year: a.year,
            amountOre: a.ore,
            amountText: a.text,
          });
    }
  } else {
    for (const raw of rows) {
      const c = cells(raw).filter(Boolean);
      const amount = c.length >= 2 ? findAmount(c[1]!) : null;
      if (amount && !isTotal(c[0]!)) {
        const after = [c[1]!.slice(c[1]!.indexOf(amount.text) + amount.text.length), ...c.slice(2)].join(" ");
        const children = after
          .split(/➤/)
          .slice(1)
          .map((x) => stripTags(x).trim())
          .filter(Boolean)
          .flatMap((x) => {
            const a = findAmount(x);
            return a
              ? [
                  {
                    label:
                      x
                        .replace(a.text, "")
                        .replace(/^til\s+/i, "")
                        .trim() || x,
                    amountOre: a.ore,
                    amountText: a.text,
                  },
                ]
              : [];
          });
        budget.push({
          label: c[0]!,
          amountOre: amount.ore,
          amountText: amount.text,
          children: children.length ? children : undefined,
        });
      } else notes.push(raw.trim());
    }
  }
  return { budget: budget.length ? budget : undefined, budgetNote: notes.length ? notes.join("\n") : undefined };
}

function interventionsOf(sections: Section[]): ProjectDocument[] {
  return sections.map((s, i) => ({
    id: `import-${i + 1}`,
    slug: `import-indsats-${i + 1}`,
    kind: "INTERVENTION" as const,
    title: s.inline || s.heading,
    status: "DRAFT" as const,
    ...(s.lines.some((l) => l.trim())
      ? {
          description: s.lines
            .map((l) => l.trim())
            .filter(Boolean)
            .join("\n\n"),
        }
      : {}),
  }));
}

type ImportResult = { doc: ProjectDocument; mapped: { heading: string; part: string }[]; free: string[] };

/** The text of a project description → a document to review before saving. */
export function importText(text: string): ImportResult {
  const sections = sectionsOf(text);
  const doc: ProjectDocument = { id: "import", slug: "import", kind: "INTERNAL", title: "", status: "DRAFT" };
  const source: NonNullable<ProjectDocument["importSource"]> = [];
  const free: NonNullable<ProjectDocument["freeSections"]> = [];
  // The section exactly as written, heading line included: the raw text of what was parsed.
  const raw = (s: Section) => s.source.join("\n").trim();

  // An intervention's own sub-sections (description, target group, effect) belong to it
  // until a programme-level heading.
  const interventionParts = new Set<string>(["description", "targetGroups", "effect", "goals", "criteria"]);
  const children: { head: Section; subs: Section[] }[] = [];
  const top: Section[] = [];
  let inIntervention = false;
  for (const s of sections) {
    if (s.part === "interventions" && /^(Indsats|Element|Delprojekt)\s+\d+/i.test(s.heading)) {
      children.push({ head: s, subs: [] });
      inIntervention = true;
    } else if (inIntervention && interventionParts.has(s.part)) children.at(-1)!.subs.push(s);
    else {
      inIntervention = false;
      top.push(s);
    }
  }

  const byPart = new Map<string, Section[]>();
  for (const s of top) byPart.set(s.part, append(byPart.get(s.part), [s]));
  const first = (p: Part) => byPart.get(p)?.[0];

  // The preamble: the form's own name, then the title if no heading gave one.
  const pre = sections[0]!;
  const preLines = pre.lines.map((l) => l.trim()).filter(Boolean);
  const formTitle = preLines.filter(isFormTitle);
  let rest = preLines.filter((l) => !isFormTitle(l));
  if (!first("title") && rest.length) {
    doc.title = rest[0]!.replace(/:$/, "");
    rest = rest.slice(1);
  }
  if (preLines.length) source.push({ heading: "", part: "preamble", raw: raw(pre) });
  if (rest.length) free.push({ heading: formTitle[0] ?? "Indledning", body: rest.join("\n\n") });

  const texts = new Map<TextPart, string[]>();
  for (const s of top.slice(1)) {
    const part: string = s.part;
    if (part !== "workTable" && part !== "budget") source.push({ heading: s.heading, part, raw: raw(s) });
    switch (s.part) {
      case "title":
        doc.title = s.inline || paragraphs(s)[0] || doc.title;
        break;
      case "people":
        doc.people = append(
          doc.people,
          paragraphs(s)
            .flatMap(splitNames)
            .map(({ name, uncertain }) => ({ role: "RESPONSIBLE" as const, name, uncertain: uncertain || undefined })),
        );
        break;
      case "workingGroup":
        doc.workingGroupText = prose(s);
        break;
      case "purpose":
        addText(texts, "purpose", prose(s));
        break;
      case "period":
        doc.periodText = prose(s);
        break;
      case "description":
        addText(texts, "description", prose(s));
        break;
      case "background":
        addText(texts, "background", prose(s));
        break;
      case "goals":
        doc.goals = append(
          doc.goals,
          paragraphs(s).map((p) => ({ kind: "GOAL" as const, text: strip(p) || p })),
        );
        break;
      case "targetGroups":
        doc.targetGroups = append(
          doc.targetGroups,
          paragraphs(s).map((p, i) => ({
            priority: i === 0 && !doc.targetGroups?.length ? ("PRIMARY" as const) : ("SECONDARY" as const),
            text: strip(p) || p,
          })),
        );
        break;
      case "criteria":
        doc.criteria = append(doc.criteria, criteriaOf(s));
        break;
      case "partners":
        doc.partners = append(
          doc.partners,
          paragraphs(s)
            .flatMap(cells)
            .filter(Boolean)
            .map((name) => ({ name })),
        );
        break;
      case "communication":
        doc.communication = append(doc.communication, communicationOf(s));
        break;
      case "timeline":
        doc.timeline = append(doc.timeline, timelineOf(s));
        break;
      case "work":
        Object.assign(doc, workOf(s, first("workTable")));
        break;
      case "workTable":
        source.push({ heading: s.heading, part: "work", raw: raw(s) });
        if (!first("work")) Object.assign(doc, workOf({ ...s, inline: "", lines: [] }, s));
        break;
      case "budget":
        break;
      case "quarterPlan":
        // Rows numbered like the interventions ("1. …") belong to them.
        doc.quarterPlan = append(
          doc.quarterPlan,
          quarterSpans(s.lines, (label) => {
            const n = /^(\d+)[.)]/.exec(label)?.[1];
            return n ? `import-indsats-${n}` : undefined;
          }),
        );
        break;
      case "effect":
        addText(texts, "effect", prose(s));
        break;
      case "followUp":
        addText(texts, "followUp", prose(s));
        break;
      case "anchoring":
        addText(texts, "anchoring", prose(s));
        break;
      case "responsibility":
        addText(texts, "responsibility", prose(s));
        break;
      case "secretariatTasks":
        doc.secretariatTasks = append(doc.secretariatTasks, paragraphs(s).map(strip));
        break;
      default:
        if (paragraphs(s).length || s.heading) free.push({ heading: s.heading, body: prose(s) });
    }
  }
  joinTexts(doc, texts);

  const budgetSections = byPart.get("budget") ?? [];
  if (budgetSections.length) {
    for (const s of budgetSections) source.push({ heading: s.heading, part: "budget", raw: raw(s) });
    Object.assign(doc, budgetOf(budgetSections));
  }

  if (children.length) {
    doc.kind = "PROGRAMME";
    doc.children = interventionsOf(children.map((c) => c.head)).map((child, i) => {
      const c = children[i]!;
      source.push({ heading: c.head.heading, part: "intervention", raw: raw(c.head) });
      const childTexts = new Map<TextPart, string[]>(child.description ? [["description", [child.description]]] : []);
      for (const sub of c.subs) {
        source.push({ heading: sub.heading, part: `intervention.${sub.part}`, raw: raw(sub) });
        if (sub.part === "description") addText(childTexts, "description", prose(sub));
        else if (sub.part === "effect") addText(childTexts, "effect", prose(sub));
        else if (sub.part === "targetGroups")
          child.targetGroups = append(
            child.targetGroups,
            paragraphs(sub).map((p) => ({ priority: "PRIMARY" as const, text: strip(p) || p })),
          );
        else if (sub.part === "goals")
          child.goals = append(
            child.goals,
            paragraphs(sub).map((p) => ({ kind: "GOAL" as const, text: strip(p) || p })),
          );
        else if (sub.part === "criteria") child.criteria = append(child.criteria, criteriaOf(sub));
      }
      joinTexts(child, childTexts);
      return child;
    });
  }

  if (!doc.title) doc.title = "Importeret projekt";
  if (free.length) doc.freeSections = free;
  doc.importSource = source;
  return {
    doc,
    mapped: source.filter((s) => s.part !== "preamble").map((s) => ({ heading: s.heading, part: s.part })),
    free: free.map((f) => f.heading),
  };
}
