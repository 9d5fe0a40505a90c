// Reads a project description written as text (pasted, a .txt file, or a
// .docx turned into text) into a ProjectDocument. Known headings (and the
// headings of the committee's own template, when it has one) become typed
// parts; a heading it does not know starts a free section under its own
// words, printed where it stood. Every non-empty line lands in something the
// project page and the PDF print. The raw text of every section is also kept
// in importSource, for the record. Pure: no database, no Next. Linear in the
// text: no pattern here may backtrack on hostile input, and no loop may copy
// what it has collected.
import type { SectionPart } from "@/lib/generated/prisma/enums";
import type { ProjectDocument } from "../document";
import { budgetOf } from "./budget";
import { isDateLine, leadingDate } from "./dates";
import { isFormTitle, sectionPartOf, startsWithFormTitle, type Part } from "./headings";
import { headingAt, isCommitteeName, linesOf, type KnownHeading } from "./lines";
import { quarterSpans, startsQuarterTable } from "./quarters";
import {
  cells,
  communicationOf,
  criteriaOf,
  paragraphs,
  peopleOf,
  prose,
  statusOf,
  strip,
  timelineOf,
  workOf,
  type Section,
} from "./readers";
import { addText, append, joinTexts, type TextPart } from "./scan";

export type { KnownHeading };

function sectionsOf(text: string, known: readonly KnownHeading[]): Section[] {
  const lines = linesOf(text);
  const out: Section[] = [{ heading: "", part: "preamble", inline: "", lines: [], source: [] }];
  // The section a quarterly plan table interrupted: text after the table goes back to it.
  let interrupted: Section | null = null;
  let started = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
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
    const h = headingAt(lines, i, known, started);
    if (interrupted) {
      if (!line.trim() || line.includes("\t")) {
        out.at(-1)!.lines.push(line);
        out.at(-1)!.source.push(line);
        continue;
      }
      if (!h)
        out.push({
          heading: interrupted.heading,
          part: interrupted.part === "preamble" ? "free" : interrupted.part,
          inline: "",
          lines: [],
          source: [],
        });
      interrupted = null;
    }
    if (h) {
      started = true;
      const taken = lines.slice(i, i + h.span);
      out.push({ heading: h.heading, part: h.part, inline: h.inline, lines: [], source: taken });
      i += h.span - 1;
    } else {
      out.at(-1)!.lines.push(line);
      out.at(-1)!.source.push(line);
    }
  }
  return out;
}

const isAnnex = (t: string) => /^bilag\s+\d+/i.test(t);

/**
 * The preamble before the first heading: the form's own name, "Bilag 1",
 * a date line and the committee's name are recognised as such; the title is
 * the first line that is none of them.
 */
function readPreamble(pre: Section, doc: ProjectDocument, hasTitle: boolean) {
  const lines = pre.lines.map((l) => l.trim()).filter(Boolean);
  const kept: string[] = [];
  for (const line of lines) {
    const recognised = isFormTitle(line) || startsWithFormTitle(line) || isAnnex(line) || isDateLine(line);
    if (!hasTitle && !doc.title && !recognised && !isCommitteeName(line)) doc.title = line.replace(/:$/, "");
    else if (!doc.ownerBody && !recognised && isCommitteeName(line)) doc.ownerBody = line;
    else kept.push(line);
  }
  return kept;
}

type ImportResult = {
  doc: ProjectDocument;
  free: string[];
  /** Every heading read, in order, with the form's part it was read into ("FREE" for the committee's own). */
  sections: { heading: string; part: string }[];
  /** The total the form states on its total line, whether or not it matches the lines. */
  statedTotalOre?: number;
};

const sectionPart = (part: string): string =>
  part === "free" ? "FREE" : part === "quarterPlan" ? "QUARTER_PLAN" : (sectionPartOf[part as Part] ?? "FREE");

/** The committee's form the text is read against first: its headings, and its title printed at the top. */
export type ReadingTemplate = { formTitle: string; headings: readonly KnownHeading[] };

/** The text of a project description → a document to review before saving; read against `template` first. */
export function importText(text: string, template: ReadingTemplate = { formTitle: "", headings: [] }): ImportResult {
  const sections = sectionsOf(text, template.headings);
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
  const first = (p: Part) => top.find((s) => s.part === p);

  const pre = sections[0]!;
  // The template's own title prints at the top of the form: that line is not kept twice.
  const formKey = template.formTitle.replace(/\s+/g, " ").trim().toLowerCase();
  const kept = readPreamble(
    pre,
    doc,
    top.some((s) => s.part === "title"),
  ).filter((l) => !formKey || l.replace(/\s+/g, " ").toLowerCase() !== formKey);
  if (pre.lines.some((l) => l.trim())) source.push({ heading: "", part: "preamble", raw: raw(pre) });
  if (kept.length) free.push({ heading: "Indledning", body: kept.join("\n\n"), after: "TITLE" });

  // The last typed part printed before a free section: where that section stood.
  let after: SectionPart = "TITLE";
  // Collected per field and joined once at the end (joining as it goes copied the text again for each section).
  const texts = new Map<TextPart, string[]>(doc.ownerBody ? [["ownerBody", [doc.ownerBody]]] : []);
  const budgetLines: string[] = [];
  let statedTotalOre: number | undefined;
  for (const s of top.slice(1)) {
    const part: string = s.part;
    if (part !== "workTable") source.push({ heading: s.heading, part, raw: raw(s) });
    // A status block prints with the reports, not among the form's parts.
    if (part !== "free" && part !== "status") after = sectionPart(part === "workTable" ? "work" : part) as SectionPart;
    switch (s.part) {
      case "title": {
        const [title, ...more] = paragraphs(s);
        if (title) doc.title = title;
        if (more.length) free.push({ heading: s.heading, body: more.join("\n\n"), after: "TITLE" });
        break;
      }
      case "people":
        doc.people = append(doc.people, peopleOf(s));
        break;
      case "workingGroup":
        addText(texts, "workingGroupText", prose(s));
        break;
      case "owner":
        addText(texts, "ownerBody", prose(s));
        break;
      case "period": {
        addText(texts, "periodText", prose(s));
        const d = leadingDate(paragraphs(s)[0] ?? "");
        if (d?.date && !doc.startDate) doc.startDate = d.date;
        break;
      }
      case "purpose":
      case "description":
      case "background":
      case "effect":
      case "followUp":
      case "anchoring":
      case "responsibility":
        addText(texts, s.part, prose(s));
        break;
      case "evaluation":
        addText(texts, "evaluationPlan", prose(s));
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
            .flatMap((c) => strip(c).split(/\s*,\s*/))
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
      case "workTable": {
        source.push({ heading: s.heading, part: "work", raw: raw(s) });
        const table = first("workTable") === s;
        if (table && !first("work")) Object.assign(doc, workOf({ ...s, inline: "", lines: [] }, s));
        // A second table, and lines that are not rows of the first, are kept under their heading.
        const other = table ? s.lines.filter((l) => !l.includes("\t")) : [s.inline, ...s.lines];
        if (tableText(other)) free.push({ heading: s.heading, body: tableText(other), after });
        break;
      }
      case "budget":
        append(budgetLines, [s.inline, ...s.lines]);
        break;
      case "funding":
        doc.funding = append(doc.funding, fundingOf(s));
        break;
      case "status":
        doc.kind = "PROJECT_CARD";
        doc.reports = append(doc.reports, [statusOf(s)]);
        break;
      case "quarterPlan": {
        // Rows numbered like the interventions ("1. …") belong to them.
        const spans = quarterSpans(s.lines, (label) => {
          const n = /^(\d+)[.)]/.exec(label)?.[1];
          return n ? `import-indsats-${n}` : undefined;
        });
        if (spans.length) doc.quarterPlan = append(doc.quarterPlan, spans);
        else free.push({ heading: s.heading, body: tableText(s.lines), after });
        break;
      }
      case "staffing":
        // A position per paragraph, as written: its title when short, else in its note.
        doc.staffing = append(
          doc.staffing,
          paragraphs(s).map((p) => (p.length <= 200 ? { title: p } : { title: s.heading || "Stilling", note: p })),
        );
        break;
      case "secretariatTasks":
        doc.secretariatTasks = append(doc.secretariatTasks, paragraphs(s).map(strip));
        break;
      default:
        if (paragraphs(s).length || s.heading) free.push({ heading: s.heading, body: prose(s), after });
    }
  }
  joinTexts(doc, texts);

  if (budgetLines.length) {
    const budget = budgetOf(budgetLines);
    statedTotalOre = budget.statedTotalOre;
    if (budget.budget) doc.budget = budget.budget;
    if (budget.budgetNote) doc.budgetNote = budget.budgetNote;
    if (budget.budgetStatedTotalOre !== undefined) doc.budgetStatedTotalOre = budget.budgetStatedTotalOre;
  }

  if (children.length) readInterventions(doc, children, source, raw);

  if (!doc.title) doc.title = "Importeret projekt";
  if (free.length) doc.freeSections = free;
  doc.importSource = source;
  return {
    doc,
    free: free.map((f) => f.heading),
    sections: sections.slice(1).map((s) => ({ heading: s.heading, part: sectionPart(s.part) })),
    statedTotalOre,
  };
}

/** Table rows as text that prints: cells apart by two spaces, one row per paragraph. */
const tableText = (lines: readonly string[]) =>
  lines
    .map((l) => l.replace(/\t+/g, "  ").trim())
    .filter(Boolean)
    .join("\n\n");

/** "Kommunen<tab>20.000 kr.": a source of money; the amount when there is one. */
function fundingOf(s: Section): NonNullable<ProjectDocument["funding"]> {
  return paragraphs(s).map((line) => {
    const [name = line, amount = ""] = strip(line).split("\t");
    const ore = budgetOf([`x\t${amount}`]).budget?.[0]?.amountOre;
    return {
      kind: "OTHER" as const,
      name: name || line,
      ...(ore !== undefined ? { amountOre: ore, amountText: amount } : {}),
    };
  });
}

function readInterventions(
  doc: ProjectDocument,
  children: { head: Section; subs: Section[] }[],
  source: NonNullable<ProjectDocument["importSource"]>,
  raw: (s: Section) => string,
) {
  doc.kind = "PROGRAMME";
  doc.children = children.map(({ head, subs }, i) => {
    source.push({ heading: head.heading, part: "intervention", raw: raw(head) });
    const body = head.lines.map((l) => l.trim()).filter(Boolean);
    const child: ProjectDocument = {
      id: `import-${i + 1}`,
      slug: `import-indsats-${i + 1}`,
      kind: "INTERVENTION",
      title: head.inline || head.heading,
      status: "DRAFT",
    };
    const childTexts = new Map<TextPart, string[]>(body.length ? [["description", [body.join("\n\n")]]] : []);
    for (const sub of subs) {
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
