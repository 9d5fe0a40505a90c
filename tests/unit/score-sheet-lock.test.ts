import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { checkReopen, sheetWrite, type SheetEntry } from "@/lib/scoring/rules";

const entry = (criterionId: string, value: number | null, comment = ""): SheetEntry => ({
  criterionId,
  value,
  notApplicable: false,
  comment,
});
const sheet = [entry("a", 3), entry("b", 4, "fint")];
const submitted = { submittedAt: new Date("2026-11-20T10:00:00Z") };

describe("a submitted score sheet is locked (blind scoring stays blind)", () => {
  it("a sheet not yet submitted may be written, saved or submitted", () => {
    expect(sheetWrite(null, [], sheet, false)).toBe("write");
    expect(sheetWrite({ submittedAt: null }, sheet, sheet, true)).toBe("write");
  });

  it("after submitting, any change is refused: a member who read the others' scores cannot adjust their own", () => {
    expect(sheetWrite(submitted, sheet, [entry("a", 5), entry("b", 4, "fint")], true)).toBe("locked");
    expect(sheetWrite(submitted, sheet, [entry("a", 3), entry("b", 4, "ændret")], true)).toBe("locked");
    expect(sheetWrite(submitted, sheet, sheet, false)).toBe("locked");
  });

  it("the same submit again (double click, retry) is a repeat, not an error and not a write", () => {
    expect(sheetWrite(submitted, sheet, [...sheet].reverse(), true)).toBe("repeat");
  });

  it("never lets a changed sheet through once submitted, whatever the values", () => {
    const entries = fc.array(
      fc.record({
        criterionId: fc.constantFrom("a", "b", "c"),
        value: fc.option(fc.integer({ min: 0, max: 10 })),
        notApplicable: fc.boolean(),
        comment: fc.string({ maxLength: 5 }),
      }),
      { maxLength: 4 },
    );
    fc.assert(
      fc.property(entries, fc.boolean(), (incoming, submit) => {
        const result = sheetWrite(submitted, sheet, incoming, submit);
        expect(result).not.toBe("write");
      }),
    );
  });

  it("only a submitted sheet is reopened, and only with a reason of some substance", () => {
    expect(checkReopen(submitted, "Medlemmet tastede forkert på kriterie 2.")).toEqual({});
    expect(checkReopen(submitted, "fejl")).toEqual({ reason: "scoring.reopenReasonRequired" });
    expect(checkReopen({ submittedAt: null }, "Medlemmet tastede forkert på kriterie 2.")).toEqual({
      reason: "scoring.notSubmitted",
    });
    expect(checkReopen(null, "Medlemmet tastede forkert på kriterie 2.")).toEqual({ reason: "scoring.notSubmitted" });
  });
});
