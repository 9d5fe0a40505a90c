import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { findAmount } from "@/lib/projects/import/amounts";
import { matchHeading, skeleton } from "@/lib/projects/import/headings";
import { importText } from "@/lib/projects/import/parse";
import { splitNames } from "@/lib/projects/import/people";
import { quarterSpans } from "@/lib/projects/import/quarters";
import { budgetLinesOf, budgetMatrix, budgetTotal, workTotals } from "@/lib/projects/model";
import type { ProjectDocument } from "@/lib/projects/document";
import { projectDocumentSchema } from "@/lib/projects/schema";
import { formatKr, formatNumber, formatWritten } from "@/lib/i18n/format";
import { hiddenLines } from "../support/visible";

// Copies of ../shared/seeds, so a clone tests on its own.
const seeds = path.resolve(import.meta.dirname, "../fixtures/import");
const read = (name: string) => fs.readFileSync(path.join(seeds, name), "utf8");

/**
 * The no-loss property on the document: every non-empty source line is visible
 * (tests/support/visible.ts) in the fields the page and the PDF print, with
 * dates and amounts as they print. importSource, the raw copy no page shows,
 * does not count. tests/integration/import-corpus.test.ts checks the printed
 * PDF itself.
 */
function lostLines(source: string, doc: ProjectDocument, sections: { heading: string; part: string }[] = []) {
  const strings: string[] = [];
  const walk = (v: unknown, key = "") => {
    if (typeof v === "string") strings.push(v);
    else if (typeof v === "number") strings.push(key.endsWith("Ore") ? formatKr(v) : String(v));
    else if (Array.isArray(v)) v.forEach((x) => walk(x));
    else if (v && typeof v === "object") Object.entries(v).forEach(([k, x]) => k !== "importSource" && walk(x, k));
  };
  walk(JSON.parse(JSON.stringify(doc)));
  // The totals the page and the PDF derive.
  const lines = budgetLinesOf(doc.budget);
  const m = budgetMatrix(lines);
  const derived = [m.totalOre, ...m.yearTotals, ...m.rows.map((r) => r.totalOre), budgetTotal(lines)];
  strings.push(...derived.map((o) => formatKr(o)), "I alt");
  for (const row of doc.work?.rows ?? [])
    for (const c of row.cells) if (typeof c === "number") strings.push(formatNumber(c / 60));
  for (const t of [doc, ...(doc.children ?? [])].flatMap((d) => d.timeline ?? []))
    strings.push(
      formatWritten({ ...t, year: t.year ?? null, period: t.period ?? null, at: t.at ? new Date(t.at) : null }),
    );
  return hiddenLines(source, strings.join("\n"), sections);
}

describe("recognising headings", () => {
  it("knows the committees' variants and survives scanning errors", () => {
    expect(matchHeading("Hvad vil vi opnå med projektet?")).toBe("purpose");
    expect(matchHeading("Projektnavn")).toBe("title");
    expect(matchHeading("@konomi")).toBe("budget");
    expect(matchHeading("Okonomi")).toBe("budget");
    expect(matchHeading("Gkonomi")).toBe("budget");
    expect(matchHeading("Form&l med projektet")).toBe("purpose");
    expect(matchHeading("Formael")).toBe("purpose");
    expect(matchHeading("M&lgruppe")).toBe("targetGroups");
    expect(matchHeading("Succeskriterler")).toBe("criteria");
    expect(matchHeading("Samarbeidspartnere")).toBe("partners");
    expect(matchHeading("Tidsplan/milep&le")).toBe("timeline");
    expect(matchHeading("Det boligsociale projekt stopper")).toBeNull();
    expect(skeleton("Økonomi")).toBe(skeleton("@konomi"));
  });

  it("reads amounts as they are written", () => {
    expect(findAmount("60.000 kr.")?.ore).toBe(6_000_000);
    expect(findAmount("kr. 600.000")?.ore).toBe(60_000_000);
    expect(findAmount("kr. 0,5 mio.")?.ore).toBe(50_000_000);
    expect(findAmount("4.000")?.ore).toBe(400_000);
    expect(findAmount("1,2 mio. kr.")?.ore).toBe(120_000_000);
    expect(findAmount("ingen penge")).toBeNull();
  });
});

describe("importing the example documents", () => {
  it.each([
    "noerrebro-fremtidens-boligsociale-indsats.txt",
    "noerrebro-de-stemmer-vi-glemmer.txt",
    "gladsaxe-moerkhoej-programdokument.txt",
  ])("%s: nothing is dropped and the document is valid", (name) => {
    const source = read(name);
    const { doc, sections } = importText(source);
    expect(lostLines(source, doc, sections)).toEqual([]);
    expect(projectDocumentSchema.safeParse(doc).error?.issues ?? []).toEqual([]);
  });

  it("reads the Nørrebro conference: title, people, budget 27.500 kr., 20 secretariat hours", () => {
    const { doc } = importText(read("noerrebro-fremtidens-boligsociale-indsats.txt"));
    expect(doc.title).toBe("Fremtidens boligsociale indsats");
    expect(doc.purpose).toContain("At opsamle erfaring");
    expect(doc.periodText).toBe("Marts 2025");
    // "Jesper Langebæk Lene E. Nielsen? Trine O. Hansen Tobias B. Gregory": four people, one uncertain.
    expect(doc.people?.map((p) => [p.name, p.uncertain ?? false])).toEqual([
      ["Jesper Langebæk", false],
      ["Lene E. Nielsen", true],
      ["Trine O. Hansen", false],
      ["Tobias B. Gregory", false],
    ]);
    expect(budgetTotal(budgetLinesOf(doc.budget))).toBe(2_750_000);
    expect(doc.secretariatHoursEstimate).toBe(20 * 60);
    const w = doc.work!;
    const totals = workTotals({
      roles: w.roles.map((r, i) => ({ id: `r${i}`, label: r.label, isSecretariat: r.isSecretariat ?? false })),
      rows: w.rows.map((row, i) => ({ id: `w${i}`, label: row.label })),
      cells: w.rows.flatMap((row, i) =>
        row.cells.map((c, j) => ({
          rowId: `w${i}`,
          roleId: `r${j}`,
          minutes: typeof c === "number" ? c : null,
          mark: typeof c === "string" ? c : null,
        })),
      ),
    });
    expect(totals.secretariatMinutes).toBe(20 * 60);
    expect(doc.criteria?.find((c) => c.kind === "RANGE")).toMatchObject({
      label: "Antal deltagere",
      targetMin: 30_000,
      targetMax: 40_000,
    });
    expect(doc.timeline?.map((t) => [t.precision, t.year, t.period])).toEqual([
      ["MONTH", 2025, 1],
      ["MONTH", 2025, 2],
      ["MONTH", 2025, 3],
    ]);
    expect(doc.communication?.map((c) => c.phase)).toEqual(["BEFORE", "DURING_AFTER"]);
  });

  it("reads the Gladsaxe programme: three interventions and a budget matrix totalling 2.510.000 kr.", () => {
    const { doc, free } = importText(read("gladsaxe-moerkhoej-programdokument.txt"));
    expect(doc.kind).toBe("PROGRAMME");
    expect(doc.title).toBe("Styrket indsats for social balance i Mørkhøj");
    expect(doc.children?.map((c) => c.title)).toEqual([
      "Fællesskabende aktiviteter i Mørkhøj",
      "Bedre fritidsmuligheder",
      "Det gode forældresamarbejde",
    ]);
    expect(doc.children?.every((c) => c.effect && c.targetGroups?.length)).toBe(true);
    const matrix = budgetMatrix(budgetLinesOf(doc.budget));
    expect(matrix.years).toEqual([2019, 2020, 2021, 2022]);
    expect(matrix.totalOre).toBe(251_000_000);
    expect(matrix.yearTotals).toEqual([47_750_000, 93_000_000, 63_000_000, 47_250_000]);
    expect(free).toContain("Programplan");
    // The quarterly plan table: spans where a label starts until the next, years from the header row.
    const row1 = doc.quarterPlan
      ?.filter((s) => s.rowLabel === "1. Fællesskabende aktiviteter")
      .map((s) => [s.from, s.to, s.label.slice(0, 16)]);
    expect(row1).toEqual([
      [[2019, 3], [2019, 3], "Planlægning af a"],
      [[2019, 4], [2019, 4], "Social innovator"],
      [[2020, 1], [2021, 4], "Implementering a"],
      [[2022, 1], [2022, 4], "Eventuel videref"],
    ]);
    expect(doc.quarterPlan?.find((s) => s.rowLabel.startsWith("3."))).toMatchObject({
      from: [2019, 2],
      to: [2019, 2],
      label: "Planlægning",
      interventionSlug: "import-indsats-3",
    });
    expect(doc.children?.map((c) => c.slug)).toContain("import-indsats-3");
  });

  it("reads the 2024 form's sub-lines (10.000 + 50.000 within 60.000) and the marks in its work table", () => {
    const { doc } = importText(read("noerrebro-de-stemmer-vi-glemmer.txt"));
    expect(doc.budget?.[0]).toMatchObject({ label: "Støtte til en social indsats", amountOre: 6_000_000 });
    expect(doc.budget?.[0]?.children?.map((c) => c.amountOre)).toEqual([1_000_000, 5_000_000]);
    expect(doc.secretariatHoursEstimate).toBe(50 * 60);
    expect(doc.work?.rows.map((r) => r.cells)).toEqual([
      ["X", "X"],
      ["X", null],
      ["X", "X"],
    ]);
  });
});

describe("people and quarterly plans", () => {
  it("splits a line of names and keeps a name given with a question mark as uncertain", () => {
    expect(
      splitNames("Jesper Langebæk Lene E. Nielsen? Trine O. Hansen Tobias B. Gregory").map((n) => n.name),
    ).toHaveLength(4);
    expect(splitNames("Trine Otto Hansen")).toEqual([{ name: "Trine Otto Hansen", uncertain: false }]);
    expect(splitNames("Anna Berg, Bo Ek og Carl Friis?")).toEqual([
      { name: "Anna Berg", uncertain: false },
      { name: "Bo Ek", uncertain: false },
      { name: "Carl Friis", uncertain: true },
    ]);
    // Prose is one entry, as written.
    expect(splitNames("Formanden for styregruppen og sekretariatet")).toEqual([
      { name: "Formanden for styregruppen", uncertain: false },
      { name: "sekretariatet", uncertain: false },
    ]);
  });

  it("starts a new year at the quarter that comes round again, when the years row is shifted by merged cells", () => {
    const spans = quarterSpans(
      ["Plan\t2019\t\t\t\t2020", "\tK2\tK3\tK4\tK1\tK2", "Række\tStart\t\t\tNyt år\t"],
      () => undefined,
    );
    expect(spans.map((s) => [s.label, s.from, s.to])).toEqual([
      ["Start", [2019, 2], [2019, 4]],
      ["Nyt år", [2020, 1], [2020, 2]],
    ]);
  });

  it("reads a quarterly plan with Q-quarters, a year turning and text after the table, losing nothing", () => {
    const source = [
      "Formål",
      "At mødes.",
      "",
      "Plan\t2025\t\t2026",
      "\tQ3\tQ4\tQ1\tQ2",
      "Café\tOpstart\t\tDrift\t",
      "Værksted\t\tForberedelse\tÅbning\tEvaluering",
      "",
      "Planen kan ændre sig undervejs.",
    ].join("\n");
    const { doc, sections } = importText(source);
    expect(lostLines(source, doc, sections)).toEqual([]);
    expect(doc.quarterPlan).toEqual(
      [
        { rowLabel: "Café", from: [2025, 3], to: [2025, 4], label: "Opstart" },
        { rowLabel: "Café", from: [2026, 1], to: [2026, 2], label: "Drift" },
        { rowLabel: "Værksted", from: [2025, 4], to: [2025, 4], label: "Forberedelse" },
        { rowLabel: "Værksted", from: [2026, 1], to: [2026, 1], label: "Åbning" },
        { rowLabel: "Værksted", from: [2026, 2], to: [2026, 2], label: "Evaluering" },
      ].map((s) => ({ ...s, interventionSlug: undefined })),
    );
    // The text after the table goes back to the section the table interrupted.
    expect(doc.purpose).toBe("At mødes.\n\nPlanen kan ændre sig undervejs.");
    expect(projectDocumentSchema.safeParse(doc).success).toBe(true);
  });
});

describe("importing variants: other words, other orders, scanning errors", () => {
  const variant = [
    "Projektkort",
    "",
    "Projektnavn: Gårdfest i Mjølnerparken",
    "Hvad vil vi opnå med projektet?",
    "At naboerne lærer hinanden at kende.",
    "",
    "@konomi",
    "",
    "Telt\tkr. 4.000",
    "Musik\t2.500 kr.",
    "Udgifter i alt\t6.500 kr.",
    "",
    "M&lgruppe",
    "Alle beboere i karréen.",
    "",
    "Succeskriterler:",
    "- mindst 100 deltagere",
    "",
    "Vores egne noter",
    "",
    "Dette afsnit har en overskrift, som importen ikke kender, " +
      "og det skal bevares som et frit afsnit med sin overskrift.",
  ].join("\n");

  it("maps what it knows and keeps the rest as a free section under its own heading", () => {
    const source = variant;
    const { doc, free, sections } = importText(source);
    expect(lostLines(source, doc, sections)).toEqual([]);
    expect(doc.title).toBe("Gårdfest i Mjølnerparken");
    expect(doc.purpose).toBe("At naboerne lærer hinanden at kende.");
    expect(budgetTotal(budgetLinesOf(doc.budget))).toBe(650_000);
    expect(doc.targetGroups?.[0]?.text).toBe("Alle beboere i karréen.");
    expect(doc.criteria?.[0]).toMatchObject({ kind: "MINIMUM", targetMin: 100_000 });
    // The form's name stays visible, in the introduction; the unknown heading is a free section of its own.
    expect(free).toEqual(["Indledning", "Vores egne noter"]);
  });

  it("drops nothing from any text, whatever it holds", () => {
    const line = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.constantFrom(
        "Økonomi",
        "Formål:",
        "Budget\t5.000 kr.",
        "- punkt",
        "Indsats 1: Noget",
        "Opgavefordeling:\tSekretariat\tMedlemmer",
        "X\t1\t2",
        "\t",
        "i alt\t9.000",
        "Plan\t2025\t2026",
        "\tK1\tK2\tK3",
        "Række\tStart\t\tSlut",
      ),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
        const source = lines.join("\n");
        const { doc, sections } = importText(source);
        expect(lostLines(source, doc, sections)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
