// How an imported text was understood, for the import page to show before anything is saved.
import { budgetLinesOf, budgetTotal } from "../model";
import { importText, type ReadingTemplate } from "./parse";

export type ImportPreview = {
  text: string;
  title: string;
  kind: string;
  free: string[];
  budgetOre: number;
  hours: number | null;
  criteria: number;
  timeline: number;
  children: number;
  people: { name: string; uncertain: boolean }[];
  spans: number;
  /** The template the text was read against ("" for none), and every heading read with the part it went to. */
  templateId: string;
  sections: { heading: string; part: string }[];
  /** The form's own total line, and the sum of the lines read, when they differ. */
  statedTotalOre: number | null;
};

export function previewImport(
  text: string,
  template: { id: string; reading: ReadingTemplate } | null = null,
): ImportPreview {
  const { doc, free, sections } = importText(text, template?.reading);
  return {
    text,
    title: doc.title,
    kind: doc.kind,
    free,
    budgetOre: budgetTotal(budgetLinesOf(doc.budget)),
    hours: doc.secretariatHoursEstimate === undefined ? null : doc.secretariatHoursEstimate / 60,
    criteria: doc.criteria?.length ?? 0,
    timeline: doc.timeline?.length ?? 0,
    children: doc.children?.length ?? 0,
    people: (doc.people ?? []).map((p) => ({ name: p.name, uncertain: p.uncertain === true })),
    spans: doc.quarterPlan?.length ?? 0,
    templateId: template?.id ?? "",
    sections,
    statedTotalOre: doc.budgetStatedTotalOre ?? null,
  };
}
