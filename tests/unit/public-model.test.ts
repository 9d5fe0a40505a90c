import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  escapeXml,
  excerpt,
  initiativeStatus,
  isPublicFilters,
  parsePublicFilters,
  publicOrganisationName,
  splitByGoal,
} from "@/lib/public/model";
import { publishSchema } from "@/lib/public/schema";

describe("the public filters", () => {
  it("are told apart from anything else a cached read could be given", () => {
    const ok = parsePublicFilters({});
    for (const bad of [
      undefined,
      null,
      "q",
      [],
      new FormData(),
      { ...ok, q: 7 },
      { ...ok, year: 1 },
      { ...ok, status: "x" },
    ])
      expect(isPublicFilters(bad)).toBe(false);
    expect(isPublicFilters({ ...ok, committee: "<b>" })).toBe(false);
  });
  it("reads what the form sends", () => {
    expect(
      parsePublicFilters({ q: " kor ", udvalg: "noerrebro", maal: "cmabc123", aar: "2025", status: "completed" }),
    ).toEqual({ q: "kor", committee: "noerrebro", goal: "cmabc123", year: 2025, status: "completed" });
  });
  it("turns anything else a visitor types into no filter, never an error", () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom("q", "udvalg", "maal", "aar", "status"),
          fc.oneof(fc.string(), fc.array(fc.string())),
        ),
        (params) => {
          const f = parsePublicFilters(params);
          expect(f.q.length).toBeLessThanOrEqual(100);
          if (f.committee !== null) expect(f.committee).toMatch(/^[a-z0-9-]+$/);
          if (f.year !== null) expect(Number.isInteger(f.year)).toBe(true);
          // A cached read takes exactly what this makes.
          expect(isPublicFilters(f)).toBe(true);
        },
      ),
    );
    expect(parsePublicFilters({ udvalg: "<script>", aar: "1e3", status: "DROP" })).toMatchObject({
      committee: null,
      year: null,
      status: null,
    });
  });
});

describe("money per district-plan goal", () => {
  it("shares an initiative's amount equally between its goals, in whole øre", () => {
    const m = splitByGoal([
      { amountOre: 2_500_000, goalIds: ["soc", "ens"] },
      { amountOre: 1_000_001, goalIds: ["soc", "real", "arb"] },
      { amountOre: 500_000, goalIds: [] },
    ]);
    expect(Object.fromEntries(m)).toEqual({ soc: 1_250_000 + 333_335, ens: 1_250_000, real: 333_333, arb: 333_333 });
  });
  it("never loses or invents money", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            amountOre: fc.nat(10_000_000_00),
            goalIds: fc.uniqueArray(fc.constantFrom("a", "b", "c", "d"), { minLength: 1 }),
          }),
        ),
        (grants) => {
          const total = [...splitByGoal(grants).values()].reduce((s, v) => s + v, 0);
          expect(total).toBe(grants.reduce((s, g) => s + g.amountOre, 0));
        },
      ),
    );
  });
});

describe("texts for the public", () => {
  it("reads an application's stage as running or completed", () => {
    expect(initiativeStatus("GRANT_LETTER_SENT")).toBe("running");
    expect(initiativeStatus("PAID")).toBe("completed");
  });
  it("cuts a teaser at a word", () => {
    expect(excerpt("kort tekst")).toBe("kort tekst");
    const long = excerpt("ord ".repeat(100), 50);
    expect(long.length).toBeLessThanOrEqual(52);
    expect(long.endsWith(" …")).toBe(true);
  });
  it("escapes everything XML gives meaning to, and drops what XML forbids", () => {
    expect(escapeXml(`<script>alert("x") & 'y'</script>\u0001`)).toBe(
      "&lt;script&gt;alert(&quot;x&quot;) &amp; &apos;y&apos;&lt;/script&gt;",
    );
  });
});

describe("the name the public sees", () => {
  it("is an organisation's own name, but a private person's only when a public name was chosen", () => {
    expect(publicOrganisationName({ name: "Foreningen Fællesbordet", kind: "ASSOCIATION" }, "Andet")).toBe(
      "Foreningen Fællesbordet",
    );
    expect(publicOrganisationName({ name: "Ahmad Rahimi", kind: "PRIVATE_PERSON" }, null)).toBeNull();
    expect(publicOrganisationName({ name: "Ahmad Rahimi", kind: "PRIVATE_PERSON" }, "  ")).toBeNull();
    expect(publicOrganisationName({ name: "Ahmad Rahimi", kind: "PRIVATE_PERSON" }, "Skakvennerne")).toBe(
      "Skakvennerne",
    );
  });
});

describe("the publishing form's photos", () => {
  const base = {
    applicationId: "a",
    summary: "x".repeat(20),
    portraitTitle: "",
    portraitBody: "",
    portraitMonth: "2025-10",
  };
  it("become a list however the checkboxes arrive: none, one, several, or unchecked", () => {
    const photos = (photoIds: unknown) => publishSchema.parse({ ...base, photoIds }).photoIds;
    expect(photos(undefined)).toEqual([]);
    expect(photos(false)).toEqual([]);
    expect(photos("p1")).toEqual(["p1"]);
    expect(photos(["p1", "p2"])).toEqual(["p1", "p2"]);
    expect(photos(["p1", false])).toEqual(["p1"]);
  });
});
