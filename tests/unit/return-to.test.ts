import { describe, expect, it } from "vitest";
import { safeReturnTo } from "@/lib/auth/return-to";

// Every form a browser (or a server decoding once more) may turn into a
// request to another host: each must fall back to the dashboard.
const hostile = [
  "//evil.example",
  "///evil.example",
  "/\\evil.example",
  "/\\/evil.example",
  "\\\\evil.example",
  "/\t/evil.example",
  "/\n/evil.example",
  "/\r/evil.example",
  "/\t\\evil.example",
  "\t//evil.example",
  " //evil.example",
  "/ /evil.example",
  "/%2F/evil.example",
  "/%2f/evil.example",
  "/%5C/evil.example",
  "/%5cevil.example",
  "/%252F/evil.example",
  "/%09/evil.example",
  "/%0a/evil.example",
  "/%0d%0a/evil.example",
  "/dashboard%0d%0aSet-Cookie:x=1",
  "/%00/evil.example",
  "/%E0%A4%A",
  "https://evil.example",
  "http:evil.example",
  "javascript:alert(1)",
  "evil.example",
  "%2F%2Fevil.example",
  "/\u3000/evil.example",
  "/\uFF0F/evil.example",
  "/\u2028/evil.example",
  "",
  undefined,
  null,
];

const safe = ["/dashboard", "/calls/abc?tab=inbox", "/projects?q=a%2Fb", "/projects/x#budget", "/admin/outbox"];

describe("safeReturnTo", () => {
  it.each(hostile.map((h) => [JSON.stringify(h), h]))("refuses %s", (_, raw) => {
    expect(safeReturnTo(raw)).toBe("/dashboard");
  });

  it.each(safe)("keeps the same-site path %s", (raw) => {
    expect(safeReturnTo(raw)).toBe(raw);
  });
});
