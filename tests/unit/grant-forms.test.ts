import { describe, expect, it } from "vitest";
import { decodeForm } from "@/lib/actions/decode";
import { callFormSchema } from "@/lib/calls/schema";
import { rubricFormSchema } from "@/lib/rubrics/schema";
import { scoreSheetSchema } from "@/lib/scoring/schema";
import { assignmentsSchema, visitSchema } from "@/lib/screening/schema";

/** What a browser posts, as the action's default decoder reads it. */
const posted = (entries: [string, string][]) => {
  const fd = new FormData();
  for (const [k, v] of entries) fd.append(k, v);
  return decodeForm(fd);
};

describe("the score sheet as posted", () => {
  it("reads each criterion's row: a step, not applicable, or nothing yet, with the pressed button's intent", () => {
    const input = scoreSheetSchema.parse(
      posted([
        ["applicationId", "app-1"],
        ["scores.0.criterionId", "c1"],
        ["scores.0.value", "4"],
        ["scores.0.comment", "Stærk forankring"],
        ["scores.1.criterionId", "c2"],
        ["scores.1.value", "na"],
        ["scores.1.comment", ""],
        ["scores.2.criterionId", "c3"],
        ["scores.2.comment", ""],
        ["intent", "submit"],
      ]),
    );
    expect(input).toEqual({
      applicationId: "app-1",
      submit: true,
      scores: [
        { criterionId: "c1", value: 4, notApplicable: false, comment: "Stærk forankring" },
        { criterionId: "c2", value: null, notApplicable: true, comment: "" },
        { criterionId: "c3", value: null, notApplicable: false, comment: "" },
      ],
    });
  });

  it("saves a draft when no intent is posted, and puts a bad value's error on its row", () => {
    expect(scoreSheetSchema.parse(posted([["applicationId", "a"]]))).toEqual({
      applicationId: "a",
      submit: false,
      scores: [],
    });
    const bad = scoreSheetSchema.safeParse(
      posted([
        ["applicationId", "a"],
        ["scores.0.criterionId", "c1"],
        ["scores.0.value", "fire"],
      ]),
    );
    expect(bad.error?.issues.map((i) => `${i.path.join(".")}:${i.message}`)).toEqual([
      "scores.0.value:scoring.outOfScale",
    ]);
  });
});

describe("checkboxes, posted natively or held by react-hook-form", () => {
  it("reads 'on', true, and nothing alike on the call and the rubric", () => {
    const call = (extra: Record<string, unknown>) =>
      callFormSchema.parse({
        committeeId: "c",
        title: "Gårdfester",
        slug: "",
        description: "",
        criteriaText: "",
        amount: "100.000",
        minGrant: "",
        maxGrant: "",
        opensAt: "",
        deadline: "",
        decidedBy: "PLENARY",
        fastTrackMax: "",
        ...extra,
      });
    expect(call({ fastTrack: "on", blindScoring: true })).toMatchObject({ fastTrack: true, blindScoring: true });
    expect(call({ fastTrack: false })).toMatchObject({ fastTrack: false, blindScoring: false });
    const criterion = { title: "Fællesskab", weight: "1", scaleMin: "1", scaleMax: "5", steps: "" };
    const rubric = rubricFormSchema.parse(
      posted([
        ["committeeId", "c"],
        ["name", "Skema"],
        ...Object.entries({ ...criterion }).map(([k, v]) => [`criteria.0.${k}`, v] as [string, string]),
        ["criteria.0.allowNotApplicable", "on"],
        ...Object.entries(criterion).map(([k, v]) => [`criteria.1.${k}`, v] as [string, string]),
      ]),
    );
    expect(rubric.criteria.map((c) => c.allowNotApplicable)).toEqual([true, false]);
  });

  it("reads the assignment grid's ticked pairs and a visit's participants, one or several", () => {
    expect(
      assignmentsSchema.parse(
        posted([
          ["callId", "call"],
          ["pairs.app-1.user-1", "on"],
          ["pairs.app-2.user-2", "on"],
        ]),
      ),
    ).toEqual({
      callId: "call",
      pairs: [
        { applicationId: "app-1", userId: "user-1" },
        { applicationId: "app-2", userId: "user-2" },
      ],
    });
    // react-hook-form holds every box, ticked or not.
    expect(assignmentsSchema.parse({ callId: "call", pairs: { a: { u: false, v: true } } }).pairs).toEqual([
      { applicationId: "a", userId: "v" },
    ]);
    const visit = (participants: unknown) =>
      visitSchema.parse({
        applicationId: "a",
        version: "1",
        visitedOn: "2027-05-01",
        notes: "Godt besøg",
        photoAlt: "",
        participants,
      }).participants;
    expect(visit("u1")).toEqual(["u1"]);
    expect(visit(["u1", "u2"])).toEqual(["u1", "u2"]);
    expect(visit(undefined)).toEqual([]);
    expect(visit(false)).toEqual([]);
  });
});
