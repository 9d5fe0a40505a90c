import { describe, expect, it } from "vitest";
import {
  addMonths,
  anonymisationsDue,
  anonymisedText,
  closedOn,
  countsOf,
  isClosedCase,
  keepUntil,
  scrub,
  type RetentionRow,
} from "@/lib/privacy/model";
import { personLookupSchema } from "@/lib/privacy/schema";

const d = (s: string) => new Date(s);
const row = (over: Partial<RetentionRow> = {}): RetentionRow => ({
  applicationId: "a",
  status: "CLOSED",
  outcome: "GRANT",
  decidedOn: d("2020-03-01T18:00:00Z"),
  enteredStatusAt: d("2021-01-15T10:00:00Z"),
  withdrawnAt: null,
  updatedAt: d("2021-02-01T10:00:00Z"),
  retainUntil: null,
  anonymisedAt: null,
  ...over,
});

describe("which cases are closed", () => {
  it("counts the final statuses and a refusal, and nothing still open or owing money", () => {
    for (const status of ["CLOSED", "WITHDRAWN", "LAPSED", "INELIGIBLE"])
      expect(isClosedCase(row({ status }))).toBe(true);
    expect(isClosedCase(row({ status: "DECIDED", outcome: "REFUSAL" }))).toBe(true);
    for (const outcome of ["GRANT", "PARTIAL_GRANT", "POSTPONED", null])
      expect(isClosedCase(row({ status: "DECIDED", outcome }))).toBe(false);
    for (const status of ["DRAFT", "SUBMITTED", "SCORING", "GRANT_LETTER_SENT", "PAID", "REPAYMENT", "APPROVED"])
      expect(isClosedCase(row({ status, outcome: null }))).toBe(false);
  });
});

describe("when a case closed", () => {
  it("is the change into its status, a refusal's decision day, else the withdrawal or last change", () => {
    expect(closedOn(row())).toEqual(d("2021-01-15T10:00:00Z"));
    const refused = row({ status: "DECIDED", outcome: "REFUSAL", enteredStatusAt: d("2020-03-02T00:00:00Z") });
    expect(closedOn(refused)).toEqual(d("2020-03-01T18:00:00Z"));
    const withdrawn = row({ status: "WITHDRAWN", enteredStatusAt: null, withdrawnAt: d("2020-05-05T00:00:00Z") });
    expect(closedOn(withdrawn)).toEqual(d("2020-05-05T00:00:00Z"));
    expect(closedOn(row({ enteredStatusAt: null }))).toEqual(d("2021-02-01T10:00:00Z"));
  });
});

describe("adding months", () => {
  it("keeps the day and time, and puts the 31st on a shorter month's last day", () => {
    expect(addMonths(d("2021-01-15T10:00:00Z"), 36)).toEqual(d("2024-01-15T10:00:00Z"));
    expect(addMonths(d("2023-01-31T00:00:00Z"), 1)).toEqual(d("2023-02-28T00:00:00Z"));
    expect(addMonths(d("2024-01-31T00:00:00Z"), 1)).toEqual(d("2024-02-29T00:00:00Z"));
    expect(addMonths(d("2024-11-30T23:00:00Z"), 14)).toEqual(d("2026-01-30T23:00:00Z"));
  });
});

describe("how long a closed case is kept", () => {
  it("keeps it until the later of the retention after closing and retainUntil", () => {
    expect(keepUntil(row(), 36)).toEqual(d("2024-01-15T10:00:00Z"));
    expect(keepUntil(row({ retainUntil: d("2025-12-31T00:00:00Z") }), 36)).toEqual(d("2025-12-31T00:00:00Z"));
    expect(keepUntil(row({ retainUntil: d("2022-12-31T00:00:00Z") }), 36)).toEqual(d("2024-01-15T10:00:00Z"));
  });

  it("picks exactly the closed, not yet anonymised cases whose period has run out", () => {
    const rows = [
      row({ applicationId: "old-closed" }),
      row({ applicationId: "open", status: "SCORING", outcome: null }),
      row({ applicationId: "recent", enteredStatusAt: d("2025-06-01T00:00:00Z") }),
      row({ applicationId: "retained", retainUntil: d("2027-12-31T00:00:00Z") }),
      row({ applicationId: "done", anonymisedAt: d("2026-01-01T00:00:00Z") }),
      row({ applicationId: "b-refused", status: "DECIDED", outcome: "REFUSAL" }),
    ];
    const due = anonymisationsDue(rows, 36, d("2026-12-01T00:00:00Z"));
    expect(due.map((x) => x.applicationId)).toEqual(["b-refused", "old-closed"]);
    expect(due[1]).toEqual({
      applicationId: "old-closed",
      closedOn: d("2021-01-15T10:00:00Z"),
      keepUntil: d("2024-01-15T10:00:00Z"),
    });
  });

  it("is due at the end of the period, not a moment before", () => {
    const end = d("2024-01-15T10:00:00Z");
    expect(anonymisationsDue([row()], 36, new Date(end.getTime() - 1))).toEqual([]);
    expect(anonymisationsDue([row()], 36, end)).toHaveLength(1);
  });

  it("never shortens the period when the admin lowers or raises the retention: a longer one keeps longer", () => {
    const now = d("2023-06-01T00:00:00Z");
    expect(anonymisationsDue([row()], 12, now)).toHaveLength(1);
    expect(anonymisationsDue([row()], 36, now)).toHaveLength(0);
    expect(anonymisationsDue([row({ retainUntil: d("2030-01-01T00:00:00Z") })], 6, now)).toHaveLength(0);
  });
});

describe("scrubbing a record", () => {
  it("replaces every identifier whatever its case, longest first, and leaves other words", () => {
    const text = "Tilsagn til Anna Jensen (ANNA@example.dk, +45 30 00 00 01). Anna Jensen takker.";
    expect(scrub(text, ["Anna Jensen", "anna@example.dk", "+45 30 00 00 01", null, ""])).toBe(
      `Tilsagn til ${anonymisedText} (${anonymisedText}, ${anonymisedText}). ${anonymisedText} takker.`,
    );
  });

  it("treats identifiers literally and ignores ones too short to be safe", () => {
    expect(scrub("a.b+c@x.dk and aXb+c@x.dk", ["a.b+c@x.dk"])).toBe(`${anonymisedText} and aXb+c@x.dk`);
    expect(scrub("Bo bor i Bogense", ["Bo"])).toBe("Bo bor i Bogense");
    expect(scrub("", ["Anna"])).toBe("");
  });
});

describe("the export's counts", () => {
  it("counts each kind in order", () => {
    expect(countsOf({ applications: [1, 2], scores: [] })).toEqual([
      { kind: "applications", count: 2 },
      { kind: "scores", count: 0 },
    ]);
  });
});

describe("the address typed on /admin/privacy", () => {
  it("takes one address, trimmed and in lower case", () => {
    expect(personLookupSchema.parse({ email: "  Anna.Jensen@Example.DK " })).toEqual({
      email: "anna.jensen@example.dk",
    });
  });

  it("refuses an empty field, a non-address and a 5 MB paste with a field message", () => {
    const message = (email: string) => personLookupSchema.safeParse({ email }).error?.issues[0]?.message;
    expect(message("")).toBe("personalData.emailRequired");
    expect(message("anna jensen")).toBe("personalData.emailInvalid");
    expect(message("a@b.dk, c@d.dk")).toBe("personalData.emailInvalid");
    expect(message(`${"x".repeat(5 * 1024 * 1024)}@example.dk`)).toBe("personalData.emailInvalid");
  });
});
