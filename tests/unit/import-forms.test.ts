import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { leadingDate } from "@/lib/projects/import/dates";
import { matchHeadingOf } from "@/lib/projects/import/headings";
import { spacedRow } from "@/lib/projects/import/lines";
import { cleanAmount } from "@/lib/projects/import/amounts";
import { importText } from "@/lib/projects/import/parse";
import { readBlankForm } from "@/lib/projects/import/blank-form";
import { formatWritten } from "@/lib/i18n/format";

describe("dates as they are written", () => {
  it.each([
    ["14. marts 2024: Workshop", { precision: "DAY", date: "2024-03-14", rest: "Workshop" }],
    ["14/3-2024 – Workshop", { precision: "DAY", date: "2024-03-14", rest: "Workshop" }],
    ["2024-03-14 Workshop", { precision: "DAY", date: "2024-03-14", rest: "Workshop" }],
    ["tirsdag d. 5. november 2024: Møde", { precision: "DAY", date: "2024-11-05", rest: "Møde" }],
    ["uge 12 2024: Invitationer", { precision: "WEEK", year: 2024, period: 12, rest: "Invitationer" }],
    ["primo april 2025: Start", { precision: "EARLY_MONTH", year: 2025, period: 4 }],
    ["medio maj 2025: Midt", { precision: "MID_MONTH", year: 2025, period: 5 }],
    ["ultimo juni 2025: Slut", { precision: "LATE_MONTH", year: 2025, period: 6 }],
    ["foråret 2025: Plantning", { precision: "SEASON", year: 2025, period: 1 }],
    ["efteråret 2025 – Høst", { precision: "SEASON", year: 2025, period: 3 }],
    ["Marts 2025: Konference", { precision: "MONTH", year: 2025, period: 3 }],
    ["K3 2025: Evaluering", { precision: "QUARTER", year: 2025, period: 3 }],
    ["3. kvartal 2025: Evaluering", { precision: "QUARTER", year: 2025, period: 3 }],
    ["2. halvår 2025: Drift", { precision: "HALF_YEAR", year: 2025, period: 2 }],
    ["2026: Videreførelse", { precision: "YEAR", year: 2026 }],
  ])("%s", (text, expected) => {
    expect(leadingDate(text)).toMatchObject(expected);
  });

  it("reads no date where there is none, nor an impossible day", () => {
    expect(leadingDate("Vi mødes hver uge")).toBeNull();
    expect(leadingDate("31. februar 2025: x")).toBeNull();
    expect(leadingDate("2025kroner")).toBeNull();
  });

  it("prints each precision as it was written", () => {
    const w = (precision: string, year: number, period: number) => ({ precision, year, period, at: null });
    expect(formatWritten(w("WEEK", 2024, 12))).toBe("uge 12 2024");
    expect(formatWritten(w("EARLY_MONTH", 2025, 4))).toBe("primo april 2025");
    expect(formatWritten(w("SEASON", 2025, 1))).toBe("foråret 2025");
    expect(formatWritten(w("SEASON", 2025, 3), "en")).toBe("autumn 2025");
    expect(formatWritten({ precision: "DAY", year: null, period: null, at: new Date("2024-03-14T12:00:00Z") })).toBe(
      "14. marts 2024",
    );
  });
});

describe("headings as real forms write them", () => {
  it.each([
    ["Formål:", "purpose"],
    ["Hvorfor skal vi lave projektet?", "background"],
    ["Projektansvarlig (arbejdsgruppe + tovholder)", "people"],
    ["Kommunikationsstrategi/Tidsplan", "communication"],
    ["1. Formål", "purpose"],
    ["A) Baggrund", "background"],
    ["1.2 Målgruppe", "targetGroups"],
    ["ØKONOMI", "budget"],
    ["Budget (inkl. moms)", "budget"],
    ["Hvad koster det?", "budget"],
    ["Baggr und", "background"],
    ["Status pr. 1. september 2025", "status"],
  ])("%s → %s", (heading, part) => {
    expect(matchHeadingOf(heading, true)?.part).toBe(part);
  });

  it("does not read an unknown heading that merely contains a known word", () => {
    expect(matchHeadingOf("Lokal forankring i foreningslivet", true)).toBeNull();
    expect(matchHeadingOf("Mål er at samle borgerne", false)).toBeNull();
  });

  it("starts a free section at an unknown heading and never joins it to the section above", () => {
    const { doc, sections } = importText(
      [
        "Sommerfest i gården",
        "",
        "Formål",
        "At naboerne mødes.",
        "",
        "Risici",
        "Vejret kan drille, så vi lejer et telt som reserve til festen i gården.",
        "",
        "Beskrivelse af",
        "projektet:",
        "En fest med musik.",
      ].join("\n"),
    );
    expect(doc.purpose).toBe("At naboerne mødes.");
    expect(doc.freeSections).toEqual([
      { heading: "Risici", body: expect.stringContaining("Vejret") as unknown as string, after: "PURPOSE" },
    ]);
    expect(doc.description).toBe("En fest med musik.");
    expect(sections.map((s) => s.heading)).toEqual(["Formål", "Risici", "Beskrivelse af projektet"]);
  });

  it("reads the preamble: Bilag, a date line and the committee are not the title; Label: value lines are parts", () => {
    const { doc } = importText(
      [
        "BILAG 3 til dagsordenspunkt 5",
        "København, 12. januar 2025",
        "Amager Øst Lokaludvalg",
        "Grøn gård i Urbanplanen",
        "Dato: 14. marts 2025",
        "Kontaktperson: Anna Møller",
        "",
        "Formål: At plante.",
      ].join("\n"),
    );
    expect(doc.title).toBe("Grøn gård i Urbanplanen");
    expect(doc.ownerBody).toBe("Amager Øst Lokaludvalg");
    expect(doc.periodText).toBe("14. marts 2025");
    expect(doc.startDate).toBe("2025-03-14");
    expect(doc.people).toEqual([{ role: "CONTACT", name: "Anna Møller" }]);
    expect(doc.freeSections?.[0]).toMatchObject({
      heading: "Indledning",
      body: "BILAG 3 til dagsordenspunkt 5\n\nKøbenhavn, 12. januar 2025",
    });
  });

  it("reads a status block as a project card's status report with its date", () => {
    const { doc } = importText(
      ["Grøn gård", "", "Status pr. 1. september 2025:", "Plantekasserne er bygget."].join("\n"),
    );
    expect(doc.kind).toBe("PROJECT_CARD");
    expect(doc.reports).toEqual([
      { kind: "STATUS", periodText: "1. september 2025", periodStart: "2025-09-01", text: "Plantekasserne er bygget." },
    ]);
  });

  it("gives a coordinator the role in brackets after the name", () => {
    const { doc } = importText(
      ["Projektansvarlig (arbejdsgruppe + tovholder):", "Anna Møller (tovholder), Bo Hansen"].join("\n"),
    );
    expect(doc.people).toEqual([
      { role: "COORDINATOR", name: "Anna Møller" },
      { role: "RESPONSIBLE", name: "Bo Hansen" },
    ]);
  });
});

describe("tables without tabs and OCR amounts", () => {
  it("turns columns of spaces into cells only where a number stands", () => {
    expect(spacedRow("Leje af sal          12.000 kr.")).toBe("Leje af sal\t12.000 kr.");
    expect(spacedRow("Post        2025      2026")).toBe("Post\t2025\t2026");
    expect(spacedRow("Vi forventer  30 deltagere")).toBe("Vi forventer  30 deltagere");
    expect(spacedRow("Slut.  Næste sætning")).toBe("Slut.  Næste sætning");
  });

  it("reads OCR's O for 0, l for 1 and a stray dot as meant", () => {
    expect(cleanAmount("12.0O0 kr.")).toBe("12.000 kr.");
    expect(cleanAmount("l.200")).toBe("1.200");
    expect(cleanAmount("4.500. kr.")).toBe("4.500 kr.");
    expect(cleanAmount("Leje")).toBe("Leje");
  });

  it("takes a total line as the stated total, never as a line, and keeps it when the lines say otherwise", () => {
    const { doc, statedTotalOre } = importText(
      ["Økonomi", "Telt            4.5OO kr.", "Musik           2.000 kr.", "l alt           7.000 kr."].join("\n"),
    );
    expect(doc.budget?.map((l) => [l.label, l.amountOre])).toEqual([
      ["Telt", 450_000],
      ["Musik", 200_000],
    ]);
    expect(statedTotalOre).toBe(700_000);
    expect(doc.budgetStatedTotalOre).toBe(700_000);
  });

  it("compares the stated total with the sum the project prints, sub-lines inside their line", () => {
    const { doc } = importText(
      ["Økonomi", "Støtte\t12.000 kr. ➤ 2.000 til flyer ➤ 10.000 til indsatsen", "I alt\t9.000 kr."].join("\n"),
    );
    expect(doc.budgetStatedTotalOre).toBe(900_000);
    expect(
      importText(["Økonomi", "Støtte\t9.000 kr. ➤ 9.000 til indsatsen", "I alt\t9.000 kr."].join("\n")).doc
        .budgetStatedTotalOre,
    ).toBeUndefined();
  });

  it("keeps no stated total on the project when it matches the lines", () => {
    const { doc, statedTotalOre } = importText(["Budget", "Telt    4.500", "1 alt   4.500"].join("\n"));
    expect(statedTotalOre).toBe(450_000);
    expect(doc.budgetStatedTotalOre).toBeUndefined();
  });

  it("reads any line without a stall: the date and heading patterns are linear", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        leadingDate(s);
        matchHeadingOf(s, true);
        spacedRow(s);
      }),
      { numRuns: 500 },
    );
  });
});

describe("a blank form's preamble", () => {
  it("keeps the committee's name and the form's name out of the headings", () => {
    const form = readBlankForm(
      [
        "Nørrebro Lokaludvalg",
        "PROJEKTBESKRIVELSE",
        "",
        "Projektets titel:",
        "Skriv titlen.",
        "",
        "Formål:",
        "Hvad skal det nå?",
      ].join("\n"),
    )!;
    expect(form.formTitle).toBe("PROJEKTBESKRIVELSE");
    expect(form.sections.map((s) => [s.heading, s.part])).toEqual([
      ["Projektets titel", "TITLE"],
      ["Formål", "PURPOSE"],
    ]);
    expect(form.addedTitle).toBe(false);
  });
});
