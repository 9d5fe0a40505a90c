import { describe, expect, it } from "vitest";
import { translatorFor } from "@/lib/i18n/translator";
import {
  applicationCaseText,
  projectCaseText,
  projectRecommendationText,
  recommendationSentence,
  roundCaseText,
  roundRecommendationText,
  type ApplicationFacts,
} from "@/lib/meetings/agenda-text";
import { attendanceSchema, clockMinutes, meetingFormSchema } from "@/lib/meetings/schema";

const w = { t: translatorFor("da"), locale: "da" as const, body: "lokaludvalget" };
const en = { t: translatorFor("en"), locale: "en" as const, body: "the local committee" };

const cafe: ApplicationFacts = {
  title: "Lektiecafé",
  organisation: "Foreningen Nørrebro",
  requestedOre: 5_000_000,
  goals: ["1.2 Fællesskaber", "2.1 Børn og unge"],
  recommendation: { outcome: "PARTIAL_GRANT", amountOre: 4_000_000, text: "Forplejning støttes ikke." },
};
const refused: ApplicationFacts = {
  title: "Koncert",
  organisation: "Band",
  requestedOre: 1_000_000,
  goals: [],
  recommendation: { outcome: "REFUSAL", amountOre: null, text: "" },
};

describe("the recommendation an agenda item is prefilled with", () => {
  it("grants up to the recommended amount, in Danish amounts", () => {
    expect(recommendationSentence(w, cafe.recommendation)).toBe(
      "Arbejdsgruppen indstiller, at lokaludvalget bevilger op til 40.000 kr.",
    );
    expect(recommendationSentence(en, cafe.recommendation)).toContain("grants up to DKK 40,000");
  });

  it("gives a refusal without an amount, and is empty without a recommendation", () => {
    expect(recommendationSentence(w, refused.recommendation)).toBe(
      "Arbejdsgruppen indstiller, at lokaludvalget giver afslag.",
    );
    expect(recommendationSentence(w, null)).toBe("");
  });

  it("approves a project with up to its budget total", () => {
    const p = { title: "Konference", purpose: "At samle", budgetTotalOre: 2_750_000, goals: ["3.1 Tryghed"] };
    expect(projectRecommendationText(w, p)).toBe(
      "Arbejdsgruppen indstiller, at lokaludvalget godkender projektet med op til 27.500 kr.",
    );
    expect(projectCaseText(w, p)).toBe("Formål: At samle\nBudget i alt: 27.500 kr.\nMål i bydelsplanen: 3.1 Tryghed.");
  });
});

describe("the case an agenda item is prefilled with", () => {
  it("names the amount applied for, the plan goals and the recommendation with its reasons", () => {
    expect(applicationCaseText(w, cafe).split("\n")).toEqual([
      "Ansøgt beløb: 50.000 kr.",
      "Mål i bydelsplanen: 1.2 Fællesskaber; 2.1 Børn og unge.",
      "Arbejdsgruppens indstilling: delvis bevilling, 40.000 kr.",
      "Begrundelse: Forplejning støttes ikke.",
    ]);
    expect(applicationCaseText(w, refused)).toContain("Ingen mål i bydelsplanen angivet.");
    expect(applicationCaseText(w, refused)).toContain("Arbejdsgruppens indstilling: afslag.");
  });

  it("lists a round's applications, each with what was asked and what is recommended", () => {
    const text = roundCaseText(w, [cafe, refused]);
    expect(text.split("\n")).toEqual([
      "Runden omfatter 2 ansøgninger:",
      "– Lektiecafé (Foreningen Nørrebro): ansøgt 50.000 kr.; indstillet: delvis bevilling, 40.000 kr.",
      "– Koncert (Band): ansøgt 10.000 kr.; indstillet: afslag",
    ]);
    expect(roundCaseText(w, [cafe])).toMatch(/^Runden omfatter 1 ansøgning:/);
    expect(roundRecommendationText(w, [cafe, refused])).toContain(
      "– Koncert: Arbejdsgruppen indstiller, at lokaludvalget giver afslag.",
    );
  });
});

describe("the meeting's forms", () => {
  const meeting = {
    committeeId: "c",
    title: "Lokaludvalgsmøde",
    startsAt: "2027-03-11T18:00",
    endsAt: "",
    venue: "",
    kind: "PLENARY",
  };
  it("reads an end time the same evening, and refuses one before the start", () => {
    expect(clockMinutes("21:30")).toBe(21 * 60 + 30);
    expect(clockMinutes("25:00")).toBeNull();
    expect(meetingFormSchema.safeParse({ ...meeting, endsAt: "21:00" }).success).toBe(true);
    const early = meetingFormSchema.safeParse({ ...meeting, endsAt: "17:00" });
    expect(early.error?.issues[0]).toMatchObject({ path: ["endsAt"], message: "meetings.errors.endsAtInvalid" });
  });

  it("asks for the working group of a working group's meeting, and refuses a date that is not one", () => {
    const group = meetingFormSchema.safeParse({ ...meeting, kind: "WORKING_GROUP" });
    expect(group.error?.issues[0]?.path).toEqual(["workingGroupId"]);
    expect(meetingFormSchema.safeParse({ ...meeting, startsAt: "2027-02-30T18:00" }).success).toBe(false);
  });

  it("lets only a member present vote, with the message on that row's field", () => {
    const rows = [
      { attendeeId: "a", attendance: "PRESENT", voting: "on" },
      { attendeeId: "b", attendance: "ABSENT_WITH_NOTICE", voting: "on" },
    ];
    const parsed = attendanceSchema.safeParse({ meetingId: "m", version: 1, attendees: rows });
    expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["attendees.1.voting", "meetings.errors.absentCannotVote"],
    ]);
  });
});
