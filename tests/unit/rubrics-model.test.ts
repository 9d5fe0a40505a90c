import { describe, expect, it } from "vitest";
import { formatSteps, parseSteps, validScale } from "@/lib/rubrics/model";
import { rubricFormSchema } from "@/lib/rubrics/schema";

describe("labelled steps typed as text", () => {
  it("reads one step per line, sorted, and writes them back the same way", () => {
    const steps = parseSteps("5 = I høj grad\n\n1 = Meget lidt\n3: Nogenlunde", 1, 5);
    expect(steps).toEqual([
      { value: 1, label: "Meget lidt" },
      { value: 3, label: "Nogenlunde" },
      { value: 5, label: "I høj grad" },
    ]);
    expect(parseSteps(formatSteps(steps!), 1, 5)).toEqual(steps);
    expect(parseSteps("", 1, 5)).toEqual([]);
  });

  it("refuses steps outside the scale, twice the same step, or lines without a number", () => {
    expect(parseSteps("6 = For meget", 1, 5)).toBeNull();
    expect(parseSteps("1 = a\n1 = b", 1, 5)).toBeNull();
    expect(parseSteps("Lav", 1, 5)).toBeNull();
  });

  it("knows a valid scale", () => {
    expect(validScale(1, 5)).toBe(true);
    expect(validScale(0, 10)).toBe(true);
    expect(validScale(5, 1)).toBe(false);
    expect(validScale(1, 11)).toBe(false);
  });
});

describe("the rubric form", () => {
  const criterion = {
    title: "Social sammenhængskraft",
    weight: "3",
    scaleMin: "1",
    scaleMax: "5",
    steps: "1 = Lav\n5 = Høj",
  };
  it("accepts a sane rubric and points each error at its field", () => {
    expect(rubricFormSchema.safeParse({ committeeId: "c", name: "Skema", criteria: [criterion] }).success).toBe(true);
    const bad = rubricFormSchema.safeParse({
      committeeId: "c",
      name: "",
      criteria: [
        { ...criterion, weight: "0", steps: "9 = Høj" },
        { ...criterion, scaleMin: "5", scaleMax: "1" },
      ],
    });
    expect(bad.success).toBe(false);
    const paths = bad.error!.issues.map((i) => `${i.path.join(".")}:${i.message}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        "name:rubric.nameRequired",
        "criteria.0.weight:rubric.weightRange",
        "criteria.0.steps:rubric.stepsInvalid",
        "criteria.1.scaleMax:rubric.scaleInvalid",
      ]),
    );
  });
});
