// A committee's blank form (its headings, each with the help text under it)
// read into a template: the headings in order, each mapped to the typed part
// it asks for, or kept as a section of the committee's own. Pure.
import type { SectionPart } from "@/lib/generated/prisma/enums";
import { isFormTitle, sectionPartOf, startsWithFormTitle, type Part } from "./headings";
import { headingAt, linesOf, type KnownHeading } from "./lines";

/** A template's sections as headings the importer reads first: its typed parts, and its own (FREE) sections. */
export function templateHeadings(sections: readonly { part: SectionPart; heading: string }[]): KnownHeading[] {
  const partOf = new Map<string, Part>();
  for (const [part, section] of Object.entries(sectionPartOf) as [Part, string][])
    if (!partOf.has(section)) partOf.set(section, part);
  return sections.flatMap((s): KnownHeading[] => {
    if (!s.heading.trim()) return [];
    if (s.part === "FREE") return [{ heading: s.heading, part: "free" }];
    const part = partOf.get(s.part);
    return part ? [{ heading: s.heading, part }] : [];
  });
}

const maxSections = 60;

export type BlankSection = { heading: string; helpText: string; part: SectionPart };
/** `dropped`: headings past the 60 a template holds, left out (the review says how many). */
export type BlankForm = { formTitle: string; sections: BlankSection[]; addedTitle: boolean; dropped: number };

const asSectionPart = (part: Part | "free"): SectionPart => {
  if (part === "free") return "FREE";
  return sectionPartOf[part] as SectionPart;
};

/**
 * The form's name (its first line when that names a form, else the first
 * line), then its headings in order with the help text under each. A typed
 * part asked for twice is kept the second time as a section of its own, and
 * a form without a title section gets one first ("Titel"), because a project
 * always has a title. Null when the text has no heading at all.
 */
export function readBlankForm(text: string): BlankForm | null {
  const lines = linesOf(text);
  const preamble: string[] = [];
  const sections: BlankSection[] = [];
  const seen = new Set<SectionPart>();
  const known: KnownHeading[] = [];
  let started = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const h = headingAt(lines, i, known, started);
    if (h) {
      started = true;
      let part = asSectionPart(h.part);
      if (part !== "FREE" && seen.has(part)) part = "FREE";
      seen.add(part);
      sections.push({ heading: h.heading, helpText: h.inline, part });
      i += h.span - 1;
    } else if (!started) preamble.push(line);
    else {
      const last = sections.at(-1)!;
      last.helpText = last.helpText ? `${last.helpText}\n${line}` : line;
    }
  }
  if (!sections.length) return null;
  const named = preamble.find((l) => isFormTitle(l) || startsWithFormTitle(l));
  const addedTitle = !seen.has("TITLE");
  if (addedTitle) sections.unshift({ heading: "Titel", helpText: "", part: "TITLE" });
  const kept = sections.slice(0, maxSections);
  return {
    formTitle: (named ?? preamble[0] ?? "").slice(0, 200),
    sections: kept,
    addedTitle,
    dropped: sections.length - kept.length,
  };
}
