import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  canScreen,
  canShortlist,
  canWithdraw,
  diffAssignments,
  parseInboxFilters,
  statusAfterEligibility,
  statusAfterReply,
  statusAfterShortlist,
} from "@/lib/screening/model";

describe("screening statuses", () => {
  it("lets the secretariat screen until the application is decided or withdrawn", () => {
    expect(canScreen("SUBMITTED")).toBe(true);
    expect(canScreen("AWAITING_INFO")).toBe(true);
    expect(canScreen("DECIDED")).toBe(false);
    expect(canScreen("WITHDRAWN")).toBe(false);
  });

  it("moves eligible applications to scoring and ineligible ones out", () => {
    expect(statusAfterEligibility(true)).toBe("SCORING");
    expect(statusAfterEligibility(false)).toBe("INELIGIBLE");
  });

  it("puts an answered question back into screening, and leaves other statuses alone", () => {
    expect(statusAfterReply("AWAITING_INFO")).toBe("SCREENING");
    expect(statusAfterReply("SCORING")).toBe("SCORING");
  });

  it("lets the applicant withdraw only before the decision", () => {
    expect(canWithdraw("SUBMITTED")).toBe(true);
    expect(canWithdraw("RECOMMENDED")).toBe(true);
    expect(canWithdraw("DECIDED")).toBe(false);
    expect(canWithdraw("WITHDRAWN")).toBe(false);
  });

  it("shortlists eligible, undecided applications and takes them off again", () => {
    expect(canShortlist("SCORING", null)).toBe(true);
    expect(canShortlist("SCORING", false)).toBe(false);
    expect(canShortlist("DECIDED", true)).toBe(false);
    expect(statusAfterShortlist("SCORING", true)).toBe("SHORTLISTED");
    expect(statusAfterShortlist("SHORTLISTED", false)).toBe("SCORING");
    expect(statusAfterShortlist("VISITED", false)).toBe("VISITED");
  });
});

describe("the inbox's filters", () => {
  it("reads known values and ignores anything else a visitor types", () => {
    expect(parseInboxFilters({ q: "  Hjerte ", status: "SCORING", eligibility: "open", shortlisted: "1" })).toEqual({
      q: "Hjerte",
      status: "SCORING",
      eligibility: "open",
      shortlisted: true,
    });
    expect(
      parseInboxFilters({ q: "x".repeat(500), status: "<script>", eligibility: "maybe", shortlisted: ["1", "0"] }),
    ).toEqual({ q: "x".repeat(100), status: null, eligibility: null, shortlisted: true });
    expect(parseInboxFilters({})).toEqual({ q: "", status: null, eligibility: null, shortlisted: false });
  });
});

describe("assignment diffs", () => {
  const pair = fc.record({
    applicationId: fc.constantFrom("a1", "a2", "a3"),
    userId: fc.constantFrom("u1", "u2", "u3"),
  });
  const key = (p: { applicationId: string; userId: string }) => `${p.applicationId}|${p.userId}`;

  it("ends with exactly the wanted pairs, except that ruled-out pairs are never added nor touched", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(pair, { selector: key }),
        fc.array(pair),
        fc.uniqueArray(pair, { selector: key }),
        (current, wanted, ruledOut) => {
          const { add, remove } = diffAssignments(current, wanted, ruledOut);
          const out = new Set(ruledOut.map(key));
          const after = new Set([...current.map(key).filter((k) => !remove.map(key).includes(k)), ...add.map(key)]);
          for (const w of wanted) if (!out.has(key(w))) expect(after.has(key(w))).toBe(true);
          for (const a of add) expect(out.has(key(a))).toBe(false);
          for (const r of remove) expect(out.has(key(r))).toBe(false);
          for (const k of after) expect(wanted.map(key).includes(k) || out.has(k)).toBe(true);
          expect(new Set(add.map(key)).size).toBe(add.length);
        },
      ),
    );
  });
});
