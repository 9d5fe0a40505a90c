import { describe, expect, it } from "vitest";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { da } from "@/lib/i18n/messages/da";
import { en } from "@/lib/i18n/messages/en";
import { translatorFor } from "@/lib/i18n/translator";

function leaves(node: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
    if (typeof v === "string") out.set(prefix + k, v);
    else for (const [kk, vv] of leaves(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

/** The ICU arguments a message uses, with their kind: "count:plural", "name:argument". */
function argumentsOf(elements: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const e of elements) {
    if (e.type === TYPE.argument) out.add(`${e.value}:argument`);
    if (e.type === TYPE.number || e.type === TYPE.date || e.type === TYPE.time) out.add(`${e.value}:${e.type}`);
    if (e.type === TYPE.plural || e.type === TYPE.select) {
      out.add(`${e.value}:${e.type === TYPE.plural ? "plural" : "select"}`);
      for (const option of Object.values(e.options)) argumentsOf(option.value, out);
    }
    if (e.type === TYPE.tag) argumentsOf(e.children, out);
  }
  return out;
}

describe("the catalogues", () => {
  const d = leaves(da);
  const e = leaves(en);

  it("has every Danish key in English, and no English key Danish lacks", () => {
    expect([...e.keys()].filter((k) => !d.has(k))).toEqual([]);
    expect([...d.keys()].filter((k) => !e.has(k))).toEqual([]);
  });

  it("gives every English message the same ICU arguments as the Danish one", () => {
    const mismatches: string[] = [];
    for (const [key, text] of d) {
      const english = e.get(key);
      if (english === undefined) continue;
      const a = [...argumentsOf(parse(text))].sort().join(",");
      const b = [...argumentsOf(parse(english))].sort().join(",");
      if (a !== b) mismatches.push(`${key}: da {${a}} en {${b}}`);
    }
    expect(mismatches).toEqual([]);
  });

  it("writes every message as valid ICU (a stray brace fails here, not on a page)", () => {
    const broken = [...d, ...e].filter(([, text]) => {
      try {
        parse(text);
        return false;
      } catch {
        return true;
      }
    });
    expect(broken.map(([key]) => key)).toEqual([]);
  });

  it("counts with plurals: one error, two errors, one initiative", () => {
    expect(translatorFor("en")("common.errorSummary", { count: 1 })).toBe("There is 1 error in the form");
    expect(translatorFor("en")("common.errorSummary", { count: 2 })).toBe("There are 2 errors in the form");
    expect(translatorFor("da")("common.initiatives", { count: 1 })).toBe("1 initiativ");
    expect(translatorFor("da")("common.initiatives", { count: 2 })).toBe("2 initiativer");
  });

  it("is Danish first and fills in parameters", () => {
    expect(translatorFor("da")("login.title")).toBe("Log ind");
    expect(translatorFor("en")("login.title")).toBe("Log in");
    expect(translatorFor("da")("dashboard.scoringProgress", { done: 12, total: 18 })).toBe("12 af 18 vurderet");
  });
});
