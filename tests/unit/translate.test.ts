import { describe, expect, it } from "vitest";
import { da } from "@/lib/i18n/messages/da";
import { en } from "@/lib/i18n/messages/en";
import { interpolate, translator } from "@/lib/i18n/translate";

function leaves(node: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
    if (typeof v === "string") out.set(prefix + k, v);
    else for (const [kk, vv] of leaves(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

describe("the translation layer", () => {
  it("has every Danish key in English, with the same placeholders", () => {
    const d = leaves(da);
    const e = leaves(en);
    expect([...e.keys()].sort()).toEqual([...d.keys()].sort());
    for (const [key, text] of d) {
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(e.get(key)!), key).toEqual(names(text));
    }
  });
  it("is Danish first and fills in parameters", () => {
    expect(translator("da")("login.title")).toBe("Log ind");
    expect(translator("en")("login.title")).toBe("Log in");
    expect(translator("da")("dashboard.scoringProgress", { done: 12, total: 18 })).toBe("12 af 18 vurderet");
  });
  it("leaves an unknown placeholder visible rather than blank", () => {
    expect(interpolate("{a} og {b}", { a: 1 })).toBe("1 og {b}");
  });
});
