import { describe, expect, it } from "vitest";
import {
  checkCall,
  copenhagenLocalToUtc,
  copenhagenToday,
  copenhagenYear,
  nextStatuses,
  slugify,
  transitionProblem,
  utcToCopenhagenLocal,
} from "@/lib/calls/model";

describe("Danish time in the call form", () => {
  it("reads winter and summer times with their offsets and round-trips them", () => {
    expect(copenhagenLocalToUtc("2027-01-15T12:00")?.toISOString()).toBe("2027-01-15T11:00:00.000Z");
    expect(copenhagenLocalToUtc("2027-06-15T12:00")?.toISOString()).toBe("2027-06-15T10:00:00.000Z");
    expect(copenhagenLocalToUtc("2027-06-15")?.toISOString()).toBe("2027-06-14T22:00:00.000Z");
    expect(utcToCopenhagenLocal(new Date("2027-06-15T10:00:00Z"))).toBe("2027-06-15T12:00");
    expect(utcToCopenhagenLocal(copenhagenLocalToUtc("2027-03-28T04:30")!)).toBe("2027-03-28T04:30");
  });

  it("counts today and the year as they are in Denmark, not in UTC", () => {
    const newYearsNight = new Date("2026-12-31T23:30:00Z");
    expect(copenhagenToday(newYearsNight)).toBe("2027-01-01");
    expect(copenhagenYear(newYearsNight)).toBe(2027);
    expect(copenhagenToday(new Date("2027-06-15T21:59:00Z"))).toBe("2027-06-15");
  });

  it("refuses what is not a date", () => {
    for (const bad of ["", "i morgen", "2027-02-30T12:00", "2027-13-01", "2027-01-01T25:00", "<script>"])
      expect(copenhagenLocalToUtc(bad)).toBeNull();
  });
});

describe("a call's web address", () => {
  it("spells Danish letters out and keeps only letters, digits and hyphens", () => {
    expect(slugify("Pulje for Ældre & Børn på Nørrebro 2027")).toBe("pulje-for-aeldre-boern-paa-noerrebro-2027");
    expect(slugify("  --Café!!  ")).toBe("cafe");
    expect(slugify("<script>")).toBe("script");
  });
});

describe("a call's amounts and dates", () => {
  const base = {
    amountOre: 5_000_000,
    minGrantOre: 100_000,
    maxGrantOre: 1_000_000,
    opensAt: null,
    deadline: null,
    fastTrack: false,
    fastTrackMaxOre: null,
  };
  it("accepts a sane call", () => expect(checkCall(base)).toEqual({}));
  it("names every broken rule", () => {
    expect(checkCall({ ...base, amountOre: 0 }).amount).toBe("callForm.amountInvalid");
    expect(checkCall({ ...base, minGrantOre: 2_000_000 }).minGrant).toBe("callForm.minAboveMax");
    expect(checkCall({ ...base, maxGrantOre: 9_000_000 }).maxGrant).toBe("callForm.maxAboveAmount");
    expect(checkCall({ ...base, opensAt: new Date("2027-02-01"), deadline: new Date("2027-01-01") }).deadline).toBe(
      "callForm.deadlineBeforeOpen",
    );
    expect(checkCall({ ...base, fastTrack: true }).fastTrackMax).toBe("callForm.fastTrackMaxRequired");
    expect(checkCall({ ...base, fastTrack: true, fastTrackMaxOre: 2_000_000 }).fastTrackMax).toBe(
      "callForm.fastTrackAboveMax",
    );
  });
});

describe("a call's status", () => {
  const now = new Date("2026-11-23T12:00:00Z");
  it("publishes a draft only with a future deadline and a rubric", () => {
    expect(
      transitionProblem({ status: "DRAFT", deadline: new Date("2027-01-01"), hasRubric: true }, "PUBLISHED", now),
    ).toBeNull();
    expect(
      transitionProblem({ status: "DRAFT", deadline: new Date("2026-01-01"), hasRubric: true }, "PUBLISHED", now),
    ).toBe("callForm.publishNeedsDeadline");
    expect(transitionProblem({ status: "DRAFT", deadline: null, hasRubric: true }, "PUBLISHED", now)).toBe(
      "callForm.publishNeedsDeadline",
    );
    expect(
      transitionProblem({ status: "DRAFT", deadline: new Date("2027-01-01"), hasRubric: false }, "PUBLISHED", now),
    ).toBe("callForm.publishNeedsRubric");
  });
  it("allows only the forward steps (and reopening a closed call)", () => {
    expect(nextStatuses("PUBLISHED")).toEqual(["CLOSED"]);
    expect(nextStatuses("CLOSED")).toEqual(["PUBLISHED", "DECIDED"]);
    expect(transitionProblem({ status: "ARCHIVED", deadline: null, hasRubric: true }, "PUBLISHED", now)).toBe(
      "callForm.transitionNotAllowed",
    );
    expect(transitionProblem({ status: "DRAFT", deadline: null, hasRubric: true }, "DECIDED", now)).toBe(
      "callForm.transitionNotAllowed",
    );
  });
});
