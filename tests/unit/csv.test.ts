import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseCsv, toCsv } from "@/lib/csv";

describe("CSV", () => {
  it("quotes commas, quotes and newlines, and ends lines with CRLF", () => {
    expect(
      toCsv(
        ["a", "b"],
        [
          ["x,y", 'sagde "hej"'],
          ["linje\nto", 3],
        ],
      ),
    ).toBe('a,b\r\n"x,y","sagde ""hej"""\r\n"linje\nto",3\r\n');
  });
  it("defuses text that a spreadsheet would run as a formula", () => {
    expect(toCsv(["t"], [["=HYPERLINK(1)"], ["-5"], [-5]])).toBe("t\r\n'=HYPERLINK(1)\r\n'-5\r\n-5\r\n");
  });
  it("round-trips any text that does not start like a formula", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(
            fc.string().filter((s) => !/^[=+\-@\t\r]/.test(s)),
            { minLength: 2, maxLength: 2 },
          ),
          { maxLength: 5 },
        ),
        (rows) => {
          expect(parseCsv(toCsv(["a", "b"], rows))).toEqual([["a", "b"], ...rows]);
        },
      ),
    );
  });
});
