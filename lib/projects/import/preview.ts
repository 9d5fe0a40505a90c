// How an imported text was understood, for the import page to show before anything is saved.
import { budgetLinesOf, budgetTotal } from "../model";
import { importText } from "./parse";

export type ImportPreview = {
  text: string;
  title: string;
  kind: string;
  mapped: { heading: string; part: string }[];
  free: string[];
  budgetOre: number;
  hours: number | null;
  criteria: number;
  timeline: number;
  children: number;
  people: { name: string; uncertain: boolean }[];
  spans: number;
};

export function previewImport(text: string): ImportPreview {
  const { doc, mapped, free } = importText(text);
  return {
    text,
    title: doc.title,
    kind: doc.kind,
    mapped,
    free,
    budgetOre: budgetTotal(budgetLinesOf(doc.budget)),
    hours: doc.secretariatHoursEstimate === undefined ? null : doc.secretariatHoursEstimate / 60,
    criteria: doc.criteria?.length ?? 0,
    timeline: doc.timeline?.length ?? 0,
    children: doc.children?.length ?? 0,
    people: (doc.people ?? []).map((p) => ({ name: p.name, uncertain: p.uncertain === true })),
    spans: doc.quarterPlan?.length ?? 0,
  };
}
