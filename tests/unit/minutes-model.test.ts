import { describe, expect, it } from "vitest";
import { translatorFor } from "@/lib/i18n/translator";
import { buildMinutes, type MinutesSource, type SourceDecision } from "@/lib/minutes/model";
import { privateNames, redactDocument, redactNames, withholdReason } from "@/lib/minutes/redact";

const t = translatorFor("da");

const decision = (over: Partial<SourceDecision> = {}): SourceDecision => ({
  label: null,
  outcome: "GRANT",
  amountOre: 2_000_000,
  requestedOre: 2_000_000,
  years: [{ year: 2026, amountOre: 2_000_000, conditional: false }],
  conditions: "",
  reasons: "",
  reasonsPersonal: false,
  aboveRequestReason: null,
  votes: null,
  ...over,
});

const item = (over: Partial<MinutesSource["items"][number]>): MinutesSource["items"][number] => ({
  id: "i",
  position: 1,
  kind: "DECISION",
  title: "Punkt",
  body: "",
  recommendation: "",
  minutesText: "",
  addedLateReason: null,
  leftRoom: [],
  decisions: [],
  ...over,
});

const source = (items: MinutesSource["items"]): MinutesSource => ({
  committee: { name: "Nørrebro Lokaludvalg", kind: "LOKALUDVALG" },
  meeting: {
    title: "Lokaludvalgsmøde april 2025",
    kind: "PLENARY",
    status: "HELD",
    startsAt: new Date("2025-04-09T16:30:00Z"),
    endsAt: null,
    venue: "Nørrebro Bibliotek",
    minutes: "Formanden bød velkommen.",
  },
  attendees: [
    { name: "Trine Otto Hansen", title: "formand", attendance: "PRESENT", substituteName: "", note: "" },
    {
      name: "Line Bach Holm",
      title: "",
      attendance: "ABSENT_WITH_NOTICE",
      substituteName: "Karl Suppleant",
      note: "",
    },
    { name: "Tobias B. Gregory", title: "", attendance: "ABSENT", substituteName: "", note: "" },
    {
      name: "Jesper Langebæk",
      title: "",
      attendance: "PRESENT",
      substituteName: "",
      note: "forlod mødet kl. 20.25 (pkt. 5)",
    },
  ],
  items,
});

describe("the minutes built from what the meeting recorded", () => {
  it("has the Danish attendance: present, absent with notice and their substitute, absent, arrivals", () => {
    const doc = buildMinutes(t, "da", source([]), "internal");
    expect(doc.attendance).toEqual({
      present: ["Trine Otto Hansen (formand)", "Jesper Langebæk"],
      withNotice: [{ name: "Line Bach Holm", substitute: "Karl Suppleant" }],
      absent: ["Tobias B. Gregory"],
      notes: ["Jesper Langebæk forlod mødet kl. 20.25 (pkt. 5)"],
    });
    expect(doc.meetingText).toBe("Formanden bød velkommen.");
  });

  it("numbers the items in their order and writes an empty decision text from the decisions", () => {
    const doc = buildMinutes(
      t,
      "da",
      source([
        item({ id: "b", position: 2, decisions: [decision({ outcome: "REFUSAL", amountOre: null, reasons: "Nej." })] }),
        item({ id: "a", position: 1, decisions: [decision()], leftRoom: ["Lene E. Nielsen"], addedLateReason: "Ny" }),
      ]),
      "internal",
    );
    expect(doc.items.map((i) => [i.id, i.number])).toEqual([
      ["a", 1],
      ["b", 2],
    ]);
    expect(doc.items[0]!.decision).toBe("Lokaludvalget bevilgede op til 20.000 kr.\nBudgetår 2026.");
    expect(doc.items[0]!.generated).toBe(true);
    expect(doc.items[0]!.leftRoom).toEqual(["Lene E. Nielsen"]);
    expect(doc.items[0]!.lateReason).toBe("Ny");
    expect(doc.items[1]!.decision).toContain("Lokaludvalget gav afslag.");
    expect(doc.items[1]!.decision).toContain("Begrundelse: Nej.");
  });

  it("labels each decision of a round item, and keeps a text typed by hand", () => {
    const round = item({
      decisions: [decision({ label: "Skak i gården (Ahmad Rahimi)" }), decision({ label: "Dansk sprogcafé" })],
    });
    const doc = buildMinutes(
      t,
      "da",
      source([round, item({ id: "x", position: 2, minutesText: "Taget til efterretning." })]),
      "internal",
    );
    expect(doc.items[0]!.decision).toMatch(/^Skak i gården \(Ahmad Rahimi\):\nLokaludvalget bevilgede/);
    expect(doc.items[0]!.decision).toContain("\n\nDansk sprogcafé:\n");
    expect(doc.items[1]).toMatchObject({ decision: "Taget til efterretning.", generated: false });
  });

  it("withholds a personal reason in public: generated, typed verbatim, or reworded (then the generated text)", () => {
    const personal = decision({
      outcome: "REFUSAL",
      amountOre: null,
      reasons: "Ansøgeren er syg.",
      reasonsPersonal: true,
    });
    const generated = buildMinutes(t, "da", source([item({ decisions: [personal] })]), "public");
    expect(generated.items[0]!.decision).not.toContain("syg");
    expect(generated.items[0]!.decision).toContain("Begrundelsen vedrører en person og offentliggøres ikke.");

    const typed = buildMinutes(
      t,
      "da",
      source([item({ decisions: [personal], minutesText: "Afslag, enstemmigt.\nBegrundelse: Ansøgeren er syg." })]),
      "public",
    );
    expect(typed.items[0]!.decision).toBe(
      "Afslag, enstemmigt.\nBegrundelsen vedrører en person og offentliggøres ikke.",
    );

    const reworded = buildMinutes(
      t,
      "da",
      source([item({ decisions: [personal], minutesText: "Afslag, fordi ansøgeren er blevet syg." })]),
      "public",
    );
    expect(reworded.items[0]!.decision).not.toContain("syg");
    expect(reworded.items[0]!.decision).toContain("Lokaludvalget gav afslag.");
    // Internally the text typed by hand stands.
    const internal = buildMinutes(
      t,
      "da",
      source([item({ decisions: [personal], minutesText: "Afslag, fordi ansøgeren er blevet syg." })]),
      "internal",
    );
    expect(internal.items[0]!.decision).toBe("Afslag, fordi ansøgeren er blevet syg.");
  });
});

describe("private names left out of the public minutes", () => {
  it("replaces whole names in any case, never inside another word", () => {
    expect(redactNames("Bo Berg ringede. Bogbytteskab, Boet og bo berg.", ["Bo Berg"], "[x]")).toBe(
      "[x] ringede. Bogbytteskab, Boet og [x].",
    );
    expect(redactNames("Kontakt: KAREN WINTHER.", ["Karen Winther"], "[x]")).toBe("Kontakt: [x].");
    expect(redactNames("Karenwinther og Karen Winthers", ["Karen Winther"], "[x]")).toBe(
      "Karenwinther og Karen Winthers",
    );
  });

  it("replaces several names, the longest first, across a line break, with Danish letters", () => {
    const text = "Ahmad Rahimi og Søren\nØstergaard; Ahmad kom ikke. Søren Østergaards hus.";
    expect(redactNames(text, ["Ahmad", "Ahmad Rahimi", "Søren Østergaard"], "[x]")).toBe(
      "[x] og [x]; [x] kom ikke. Søren Østergaards hus.",
    );
    expect(redactNames("Uændret", [], "[x]")).toBe("Uændret");
    expect(redactNames("a b", ["a", " "], "[x]")).toBe("a b");
  });

  it("names every contact person and an unpublished private person, not one published under that name", () => {
    expect(
      privateNames([
        {
          contactName: "Inge Madsen",
          publishedAt: new Date(),
          publicName: null,
          organisation: { name: "F", kind: "ASSOCIATION" },
        },
        {
          contactName: "Karen Winther",
          publishedAt: new Date(),
          publicName: null,
          organisation: { name: "Karen Winther", kind: "PRIVATE_PERSON" },
        },
        {
          contactName: "Ahmad R",
          publishedAt: null,
          publicName: null,
          organisation: { name: "Ahmad Rahimi", kind: "PRIVATE_PERSON" },
        },
        {
          contactName: "Ib Ny",
          publishedAt: new Date(),
          publicName: "Ib Ny",
          organisation: { name: "Ib Ny", kind: "PRIVATE_PERSON" },
        },
      ]),
    ).toEqual(["Inge Madsen", "Karen Winther", "Ahmad R", "Ahmad Rahimi"]);
  });

  it("redacts every text of the document, members (substitutes too) kept", () => {
    const doc = buildMinutes(
      t,
      "da",
      source([
        item({
          title: "Skak i gården v. Ahmad Rahimi",
          body: "Ahmad Rahimi søger.",
          minutesText: "Tak til ahmad rahimi.",
        }),
      ]),
      "public",
    );
    const out = redactDocument(doc, ["Ahmad Rahimi"], "[navn udeladt]");
    expect(JSON.stringify(out)).not.toMatch(/ahmad/i);
    expect(out.items[0]!.title).toBe("Skak i gården v. [navn udeladt]");
    expect(out.attendance.withNotice[0]!.substitute).toBe("Karl Suppleant");
  });

  it("finds a reason typed by hand as a sentence or bare, else says it cannot", () => {
    const words = { sentence: "Begrundelse: Syg.", withheld: "W" };
    expect(withholdReason("A\nBegrundelse: Syg.", "Syg.", words)).toBe("A\nW");
    expect(withholdReason("A fordi Syg.", "Syg.", words)).toBe("A fordi W");
    expect(withholdReason("A", "Syg.", words)).toBeNull();
  });
});
