import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  aboveRequest,
  checkMeetingDecision,
  decidingBodyOf,
  delegated,
  votesError,
  yearsError,
  type MeetingDecisionDraft,
} from "@/lib/meetings/live-rules";

const on = new Date("2026-11-30T19:00:00Z");
const draft = (d: Partial<MeetingDecisionDraft>): MeetingDecisionDraft => ({
  outcome: "GRANT",
  amountOre: 1_000_000,
  requestedOre: 1_000_000,
  years: [{ year: 2026, amountOre: 1_000_000 }],
  reasons: "",
  aboveRequestConfirmed: false,
  aboveRequestReason: "",
  votes: null,
  voters: 5,
  decidedOn: on,
  ...d,
});

describe("the funds years of a decision at a meeting", () => {
  it("must add up to the amount, whatever the split", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 10_000_000 }), { minLength: 1, maxLength: 4 }), (parts) => {
        const years = parts.map((amountOre, i) => ({ year: 2026 + i, amountOre }));
        const total = parts.reduce((s, p) => s + p, 0);
        expect(yearsError(total, years)).toBeNull();
        expect(yearsError(total + 1, years)).toBe("meetingLive.errors.yearsSum");
      }),
    );
  });
  it("asks for at least one year, each year once, and none without an amount", () => {
    expect(yearsError(100, [])).toBe("meetingLive.errors.yearsRequired");
    expect(
      yearsError(200, [
        { year: 2026, amountOre: 100 },
        { year: 2026, amountOre: 100 },
      ]),
    ).toBe("meetingLive.errors.yearTwice");
    expect(yearsError(null, [{ year: 2026, amountOre: 100 }])).toBe("meetingLive.errors.yearsWithoutAmount");
    expect(yearsError(null, [])).toBeNull();
  });
});

describe("votes", () => {
  it("never more than the voters in the room", () => {
    expect(votesError({ for: 3, against: 1, abstain: 1 }, 5)).toBeNull();
    expect(votesError({ for: 3, against: 2, abstain: 1 }, 5)).toBe("meetingLive.errors.tooManyVotes");
    expect(votesError(null, 0)).toBeNull();
    expect(checkMeetingDecision(draft({ votes: { for: 2, against: 0, abstain: 0 }, voters: 1 })).votesFor).toBe(
      "meetingLive.errors.tooManyVotes",
    );
  });
});

describe("an amount above the request", () => {
  it("needs the confirmation and a reason, and then no other reasons", () => {
    const above = draft({ amountOre: 1_500_000, years: [{ year: 2026, amountOre: 1_500_000 }] });
    expect(aboveRequest(above)).toBe(true);
    expect(checkMeetingDecision(above)).toMatchObject({
      aboveRequestConfirmed: "meetingLive.errors.aboveRequestConfirm",
      aboveRequestReason: "meetingLive.errors.aboveRequestReason",
    });
    expect(
      checkMeetingDecision({ ...above, aboveRequestConfirmed: true, aboveRequestReason: "Huslejen steg" }),
    ).toEqual({});
  });
  it("keeps the application's rules: a partial grant or a refusal gives its reasons", () => {
    expect(checkMeetingDecision(draft({ outcome: "PARTIAL_GRANT", amountOre: 500_000 })).reasons).toBe(
      "decision.reasonsRequired",
    );
    expect(checkMeetingDecision(draft({ outcome: "REFUSAL", amountOre: null, years: [] })).reasons).toBe(
      "decision.reasonsRequired",
    );
    expect(checkMeetingDecision(draft({}))).toEqual({});
  });
  it("approves a project 'op til' any amount without reasons, but scales it down below its budget with them", () => {
    const project = { requestedOre: 9_000_000, amountOre: 2_750_000, years: [{ year: 2026, amountOre: 2_750_000 }] };
    expect(checkMeetingDecision(draft({ ...project, outcome: "APPROVED" }))).toEqual({});
    expect(checkMeetingDecision(draft({ ...project, outcome: "SCALED_DOWN" })).reasons).toBe(
      "decision.reasonsRequired",
    );
  });
});

describe("who decides", () => {
  it("a meeting's body decides its projects; the secretariat only under delegation", () => {
    expect(decidingBodyOf("EXTRAORDINARY")).toBe("PLENARY");
    expect(decidingBodyOf("CHAIR_GROUP")).toBe("CHAIR_GROUP");
    expect(delegated({ decidedBy: "PLENARY", fastTrack: false })).toBe(false);
    expect(delegated({ decidedBy: "PLENARY", fastTrack: true })).toBe(true);
    expect(delegated({ decidedBy: "SECRETARIAT", fastTrack: false })).toBe(true);
  });
});
