// The corpus of committee forms (tests/fixtures/import-corpus) and the
// field-by-field comparison of a reading with the reading a person expects.
// A field is every leaf of the expected JSON, plus the length of every list
// (an extra budget line or person is a wrong field, not a free one).
import fs from "node:fs";
import path from "node:path";
import type { importText } from "@/lib/projects/import/parse";

export const corpusDir = path.resolve(import.meta.dirname, "../fixtures/import-corpus");

export type CorpusForm = { name: string; text: string; docx: Uint8Array; expected: Record<string, unknown> };

export function corpusForms(dir = corpusDir): CorpusForm[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".expected.json"))
    .sort()
    .map((f) => {
      const name = f.replace(/\.expected\.json$/, "");
      return {
        name,
        text: fs.readFileSync(path.join(dir, `${name}.txt`), "utf8"),
        docx: new Uint8Array(fs.readFileSync(path.join(dir, `${name}.docx`))),
        expected: JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as Record<string, unknown>,
      };
    });
}

type Result = ReturnType<typeof importText>;

const defined = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null));

/** The reading in the corpus's terms (tests/fixtures/import-corpus/README.md). */
export function readingOf({ doc, sections, statedTotalOre }: Result): Record<string, unknown> {
  return defined({
    title: doc.title,
    kind: doc.kind,
    ownerBody: doc.ownerBody,
    periodText: doc.periodText,
    purpose: doc.purpose,
    background: doc.background,
    description: doc.description,
    effect: doc.effect,
    followUp: doc.followUp,
    anchoring: doc.anchoring,
    responsibility: doc.responsibility,
    workingGroupText: doc.workingGroupText,
    people: doc.people?.map((p) => ({ name: p.name, role: p.role })),
    goals: doc.goals?.map((g) => g.text),
    targetGroups: doc.targetGroups?.map((g) => g.text),
    partners: doc.partners?.map((p) => p.name),
    secretariatTasks: doc.secretariatTasks,
    criteria: doc.criteria?.map((c) => ({ kind: c.kind, text: c.text })),
    timeline: doc.timeline?.map((t) =>
      defined({ precision: t.precision, date: t.at?.slice(0, 10), year: t.year, period: t.period, title: t.title }),
    ),
    budget: doc.budget?.map((l) => defined({ label: l.label, amountOre: l.amountOre, year: l.year })),
    budgetStatedTotalOre: statedTotalOre,
    budgetNote: doc.budgetNote,
    secretariatHours: doc.secretariatHoursEstimate === undefined ? undefined : doc.secretariatHoursEstimate / 60,
    freeSections: doc.freeSections?.map((f) => ({ heading: f.heading, body: f.body })),
    reports: doc.reports?.map((r) => defined({ kind: r.kind, date: r.periodStart, text: r.text })),
    sections,
  });
}

const norm = (v: unknown) => (typeof v === "string" ? v.replace(/\s+/g, " ").trim() : v);

function leaves(v: unknown, at: string, out: Map<string, unknown>) {
  if (Array.isArray(v)) {
    out.set(`${at}.length`, v.length);
    v.forEach((x, i) => leaves(x, `${at}.${i}`, out));
  } else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) leaves(x, at ? `${at}.${k}` : k, out);
  else out.set(at, norm(v));
}

/** Each expected field, right or wrong, by path; the top-level key is the field's kind. */
export function compareReading(expected: Record<string, unknown>, actual: Record<string, unknown>) {
  const want = new Map<string, unknown>();
  const got = new Map<string, unknown>();
  leaves(expected, "", want);
  leaves(actual, "", got);
  const fields = [...want].map(([key, value]) => ({
    key,
    kind: key.split(".")[0]!,
    right: got.get(key) === value || (key.endsWith(".length") && value === 0 && !got.has(key)),
    expected: value,
    actual: got.get(key),
  }));
  return fields;
}
