import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importText } from "@/lib/projects/import/parse";
import { readBlankForm } from "@/lib/projects/import/blank-form";
import { docxToText } from "@/lib/projects/import/docx";
import { compareReading, corpusDir, corpusForms, readingOf } from "../support/import-corpus";

// The corpus of committee forms (tests/fixtures/import-corpus): each read as text and as .docx, and compared
// field by field with the reading a person expects. docs/import.md shows the table this prints.

const forms = corpusForms();
// Five forms written after the importer was tuned on the corpus (tests/fixtures/import-holdout/README.md).
const holdout = corpusForms(path.resolve(corpusDir, "../import-holdout"));
type Row = { name: string; source: "txt" | "docx"; fields: ReturnType<typeof compareReading> };

async function readAll(set = forms): Promise<Row[]> {
  const rows: Row[] = [];
  for (const f of set) {
    rows.push({ name: f.name, source: "txt", fields: compareReading(f.expected, readingOf(importText(f.text))) });
    const text = await docxToText(f.docx);
    rows.push({ name: f.name, source: "docx", fields: compareReading(f.expected, readingOf(importText(text))) });
  }
  return rows;
}

const pct = (right: number, all: number) => `${((100 * right) / all).toFixed(1)} %`;

describe("the corpus of other committees' forms", () => {
  it("has at least 12 forms, three of them scanned with OCR noise", () => {
    expect(forms.length).toBeGreaterThanOrEqual(12);
    expect(forms.filter((f) => f.name.includes("-ocr-")).length).toBeGreaterThanOrEqual(3);
  });

  it("reads at least 95 % of the expected fields exactly, from text and from .docx", async () => {
    const rows = await readAll();
    const all = rows.flatMap((r) => r.fields);
    const right = all.filter((f) => f.right).length;
    // The table in docs/import.md: per kind of field, then the fields read wrong, with what was read.
    const kinds = [...new Set(all.map((f) => f.kind))].sort();
    const table = kinds.map((k) => {
      const of = all.filter((f) => f.kind === k);
      const ok = of.filter((f) => f.right).length;
      return `| ${k} | ${of.length} | ${ok} | ${pct(ok, of.length)} |`;
    });
    const wrong = rows.flatMap((r) =>
      r.fields.filter((f) => !f.right).map((f) => `${r.name} (${r.source}) ${f.key}: ${JSON.stringify(f.actual)}`),
    );
    console.info(
      [
        "| field | expected | exactly right | accuracy |",
        "|---|---|---|---|",
        ...table,
        `| all | ${all.length} | ${right} | ${pct(right, all.length)} |`,
        ...wrong,
      ].join("\n"),
    );
    expect(right / all.length).toBeGreaterThanOrEqual(0.95);
  });

  it("reads at least 95 % of the fields of the held-out forms exactly", async () => {
    expect(holdout.length).toBeGreaterThanOrEqual(5);
    const all = (await readAll(holdout)).flatMap((r) => r.fields);
    const right = all.filter((f) => f.right).length;
    console.info(`held-out forms: ${right} of ${all.length} fields exactly right (${pct(right, all.length)})`);
    expect(right / all.length).toBeGreaterThanOrEqual(0.95);
  });

  it("reads each blank form into the template a person expects: headings, help texts and parts", () => {
    const dir = path.join(corpusDir, "templates");
    const blanks = fs.readdirSync(dir).filter((f) => /^\d\d-(?!filled).*\.txt$/.test(f));
    expect(blanks.length).toBeGreaterThanOrEqual(3);
    const norm = (s: string) => s.replace(/\s+/g, " ").trim();
    for (const file of blanks) {
      const read = readBlankForm(fs.readFileSync(path.join(dir, file), "utf8"))!;
      const expected = JSON.parse(
        fs.readFileSync(path.join(dir, file.replace(/\.txt$/, ".expected.json")), "utf8"),
      ) as {
        formTitle: string;
        sections: { heading: string; helpText: string; part: string }[];
      };
      expect(read.formTitle, file).toBe(expected.formTitle);
      expect(
        read.sections.map((s) => ({ ...s, helpText: norm(s.helpText) })),
        file,
      ).toEqual(expected.sections.map((s) => ({ ...s, helpText: norm(s.helpText) })));
    }
  });

  it("makes no template of a text without headings, and reads a novel as free text without a stall", () => {
    expect(readBlankForm("Der var engang en lille pige, som boede i en skov.\nHun gik en tur.")).toBeNull();
    const novel = Array.from({ length: 4000 }, (_, i) => `Kapitel ${i}. Det var en mørk og stormfuld nat.`).join("\n");
    const started = process.cpuUsage();
    const { doc } = importText(novel);
    const cpuMs = (process.cpuUsage(started).user + process.cpuUsage(started).system) / 1000;
    expect(doc.title).toBeTruthy();
    expect(cpuMs).toBeLessThan(5000);
  });
});
