import { describe, expect, it } from "vitest";
import {
  freeSectionFor,
  placeOwnSections,
  templateChanges,
  templateIssues,
  type SectionInput,
  type SectionSnapshot,
} from "@/lib/templates/model";
import { rowsFromForm } from "@/lib/form-rows";

const section = (part: SectionInput["part"], heading: string): SectionInput => ({
  part,
  heading,
  helpText: "",
  inline: false,
  required: false,
});

describe("a committee's form as data", () => {
  it("needs a title, shows each typed part once, and names its own sections", () => {
    expect(
      templateIssues([
        section("TITLE", "Navn på projektet"),
        section("PURPOSE", "Formål"),
        section("FREE", "Lokal forankring"),
      ]),
    ).toEqual({});
    expect(templateIssues([section("PURPOSE", "Formål")])).toEqual({ sections: "templates.errors.titleMissing" });
    expect(templateIssues([section("TITLE", ""), section("BUDGET", "Økonomi"), section("BUDGET", "Budget")])).toEqual({
      "sections.2.part": "templates.errors.partTwice",
    });
    expect(
      templateIssues([section("TITLE", ""), section("FREE", "  "), section("FREE", "Noter"), section("FREE", "noter")]),
    ).toEqual({
      "sections.1.heading": "templates.errors.freeNeedsHeading",
      "sections.3.heading": "templates.errors.freeTwice",
    });
  });

  it("says what changed between two versions, matching sections by id", () => {
    const s = (
      id: string,
      part: SectionSnapshot["part"],
      heading: string,
      extra: Partial<SectionSnapshot> = {},
    ): SectionSnapshot => ({ id, part, heading, helpText: "", inline: false, required: false, ...extra });
    const before = [
      s("a", "TITLE", "Navn på projektet"),
      s("b", "PURPOSE", "Formål med projektet"),
      s("c", "BUDGET", "Økonomi"),
      s("d", "PARTNERS", "Samarbejdspartnere"),
    ];
    const after = [
      s("a", "TITLE", "Navn på projektet"),
      s("c", "BUDGET", "Økonomi", { helpText: "Alle beløb i kr." }),
      s("b", "PURPOSE", "Projektets formål", { inline: true }),
      s("e", "FREE", "Lokal forankring"),
    ];
    expect(templateChanges(before, after)).toEqual([
      { kind: "removed", part: "PARTNERS", heading: "Samarbejdspartnere" },
      { kind: "helpText", part: "BUDGET", heading: "Økonomi" },
      { kind: "heading", part: "PURPOSE", from: "Formål med projektet", to: "Projektets formål" },
      { kind: "layout", part: "PURPOSE", heading: "Projektets formål" },
      { kind: "added", part: "FREE", heading: "Lokal forankring" },
      { kind: "order" },
    ]);
    expect(templateChanges(before, before)).toEqual([]);
  });

  it("places a project's free section under the form's own section of the same heading", () => {
    const free = [
      { id: "1", heading: "Lokal forankring:", body: "Tekst" },
      { id: "2", heading: "Noter", body: "" },
    ];
    expect(freeSectionFor("lokal forankring", free)?.id).toBe("1");
    expect(freeSectionFor("", free)).toBeUndefined();
    expect(freeSectionFor("Andet", free)).toBeUndefined();
  });

  it("gives each of the form's own sections its free section, and leaves the rest to print after", () => {
    const form = [
      { id: "s1", part: "PURPOSE" as const, heading: "Formål" },
      { id: "s2", part: "FREE" as const, heading: "Lokal forankring" },
      { id: "s3", part: "FREE" as const, heading: "Tom" },
    ];
    const free = [
      { id: "f1", heading: "Noter" },
      { id: "f2", heading: "lokal forankring:" },
    ];
    const { own, rest } = placeOwnSections(form, free);
    expect([...own.entries()].map(([s, f]) => [s, f.id])).toEqual([["s2", "f2"]]);
    expect(rest.map((f) => f.id)).toEqual(["f1"]);
  });

  it("reads repeated form rows in their order, with unticked boxes as false", () => {
    const fd = new FormData();
    fd.append("sections.10.heading", "Tiende");
    fd.append("sections.2.heading", "Anden");
    fd.append("sections.2.inline", "on");
    fd.append("other.1.heading", "ignored");
    fd.append("sections.x.heading", "ignored");
    expect(rowsFromForm(fd, "sections", ["inline", "required"])).toEqual([
      { heading: "Anden", inline: true, required: false },
      { heading: "Tiende", inline: false, required: false },
    ]);
  });
});
