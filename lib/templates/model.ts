// A committee's form as data: its sections in order, each naming the typed
// part it shows (or FREE, a section of the committee's own) with the
// committee's heading and help text. Pure rules over that data.
import { SectionPart } from "@/lib/generated/prisma/enums";

export const sectionParts = Object.values(SectionPart);

export type SectionInput = {
  id?: string;
  part: SectionPart;
  heading: string;
  helpText: string;
  inline: boolean;
  required: boolean;
};

/**
 * What makes a form unusable: no title section, a typed part shown twice (it
 * would print twice), a free section without a heading (nothing to print it
 * under). Field → translation key.
 */
export function templateIssues(sections: readonly SectionInput[]): Record<string, string> {
  const issues: Record<string, string> = {};
  if (!sections.some((s) => s.part === "TITLE")) issues.sections = "templates.errors.titleMissing";
  const seen = new Map<SectionPart, number>();
  sections.forEach((s, i) => {
    if (s.part === "FREE") {
      if (!s.heading.trim()) issues[`sections.${i}.heading`] = "templates.errors.freeNeedsHeading";
      else if (
        sections.some(
          (o, j) => j < i && o.part === "FREE" && o.heading.trim().toLowerCase() === s.heading.trim().toLowerCase(),
        )
      )
        issues[`sections.${i}.heading`] = "templates.errors.freeTwice";
      return;
    }
    if (seen.has(s.part)) issues[`sections.${i}.part`] = "templates.errors.partTwice";
    else seen.set(s.part, i);
  });
  return issues;
}

export type SectionSnapshot = {
  id: string;
  part: SectionPart;
  heading: string;
  helpText: string;
  inline: boolean;
  required: boolean;
};
export type TemplateChange =
  | { kind: "added" | "removed"; part: SectionPart; heading: string }
  | { kind: "heading"; part: SectionPart; from: string; to: string }
  | { kind: "helpText" | "layout"; part: SectionPart; heading: string }
  | { kind: "order" };

/** What changed between two versions of a form's sections, for the history: sections are matched by id. */
export function templateChanges(
  before: readonly SectionSnapshot[],
  after: readonly SectionSnapshot[],
): TemplateChange[] {
  const out: TemplateChange[] = [];
  const old = new Map(before.map((s) => [s.id, s]));
  const now = new Set(after.map((s) => s.id));
  for (const s of before) if (!now.has(s.id)) out.push({ kind: "removed", part: s.part, heading: s.heading });
  for (const s of after) {
    const b = old.get(s.id);
    if (!b) {
      out.push({ kind: "added", part: s.part, heading: s.heading });
      continue;
    }
    if (b.heading !== s.heading || b.part !== s.part)
      out.push({ kind: "heading", part: s.part, from: b.heading, to: s.heading });
    if (b.helpText !== s.helpText) out.push({ kind: "helpText", part: s.part, heading: s.heading });
    if (b.inline !== s.inline || b.required !== s.required)
      out.push({ kind: "layout", part: s.part, heading: s.heading });
  }
  const kept = (list: readonly SectionSnapshot[]) =>
    list.filter((s) => old.has(s.id) && now.has(s.id)).map((s) => s.id);
  if (kept(before).join() !== kept(after).join()) out.push({ kind: "order" });
  return out;
}

/** The project's free sections that a form's own (FREE) sections print in their place, matched by heading. */
export function freeSectionFor<T extends { heading: string }>(heading: string, free: readonly T[]): T | undefined {
  const key = heading.trim().replace(/:$/, "").toLowerCase();
  return key ? free.find((f) => f.heading.trim().replace(/:$/, "").toLowerCase() === key) : undefined;
}

/**
 * Which of a project's free sections each of the form's own (FREE) sections
 * shows in its place: form section id → free section. The rest print after
 * the form's sections, under their own headings.
 */
export function placeOwnSections<F extends { id: string; heading: string }>(
  form: readonly { id: string; part: SectionPart; heading: string }[],
  free: readonly F[],
): { own: Map<string, F>; rest: F[] } {
  const own = new Map<string, F>();
  for (const s of form) {
    if (s.part !== "FREE") continue;
    const f = freeSectionFor(s.heading, free);
    if (f) own.set(s.id, f);
  }
  const placed = new Set([...own.values()].map((f) => f.id));
  return { own, rest: free.filter((f) => !placed.has(f.id)) };
}
