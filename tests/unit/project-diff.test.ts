import { describe, expect, it } from "vitest";
import { describePath, diffDocuments, flatten } from "@/lib/projects/diff";
import type { ProjectDocument } from "@/lib/projects/document";

const base: ProjectDocument = {
  id: "p",
  slug: "p",
  kind: "INTERNAL",
  title: "Konference",
  status: "DRAFT",
  purpose: "At samle erfaring",
  budget: [{ label: "Oplægsholdere", amountOre: 1_500_000 }],
};

describe("the difference between two versions", () => {
  it("names each changed, added and removed field", () => {
    const next: ProjectDocument = {
      ...base,
      id: "other",
      purpose: "At samle erfaringer",
      budget: [
        { label: "Oplægsholdere", amountOre: 2_000_000 },
        { label: "Mad", amountOre: 500_000 },
      ],
    };
    expect(diffDocuments(base, next)).toEqual([
      { path: "purpose", before: "At samle erfaring", after: "At samle erfaringer" },
      { path: "budget.0.amountOre", before: "1500000", after: "2000000" },
      { path: "budget.1.label", before: null, after: "Mad" },
      { path: "budget.1.amountOre", before: null, after: "500000" },
    ]);
    expect(diffDocuments(next, base).map((c) => c.path)).toEqual([
      "purpose",
      "budget.0.amountOre",
      "budget.1.label",
      "budget.1.amountOre",
    ]);
  });
  it("finds nothing between a version and itself", () => {
    expect(diffDocuments(base, structuredClone(base))).toEqual([]);
    expect(flatten(base).get("budget.0.label")).toBe("Oplægsholdere");
  });
  it("reads a path as part, item and field", () => {
    expect(describePath("budget.1.amountOre")).toEqual({ part: "budget", item: 2, field: "amountOre", rest: "" });
    expect(describePath("purpose")).toEqual({ part: "purpose", item: null, field: null, rest: "" });
  });
});
