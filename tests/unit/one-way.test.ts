import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The house has one way to write an action and a form (README, design notes).
// These checks read the source, so a second pattern fails here, not in review.

const root = path.resolve(import.meta.dirname, "../..");

function files(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  for (const name of readdirSync(path.join(root, dir))) {
    const rel = path.join(dir, name);
    if (name === "generated" || name === "node_modules") continue;
    if (statSync(path.join(root, rel)).isDirectory()) out.push(...files(rel, ext));
    else if (ext.test(name)) out.push(rel);
  }
  return out;
}

const source = [...files("app", /\.tsx?$/), ...files("components", /\.tsx?$/), ...files("lib", /\.tsx?$/)];
const read = (f: string) => readFileSync(path.join(root, f), "utf8");

describe("one way to write an action and a form", () => {
  it("builds every export of a 'use server' file with defineAction", () => {
    const offenders: string[] = [];
    for (const f of source) {
      const text = read(f);
      if (!/^["']use server["'];/m.test(text)) continue;
      for (const line of text.split("\n").filter((l) => l.startsWith("export "))) {
        if (!/^export const \w+ = defineAction\(/.test(line)) offenders.push(`${f}: ${line.trim()}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it("writes every <form> through the shared primitives (ActionForm, ButtonForm, SearchForm, DownloadForm)", () => {
    const primitives = [
      "components/ui/form.tsx",
      "components/ui/button-form.tsx",
      "components/ui/search-form.tsx",
      "components/ui/download-form.tsx",
    ];
    const offenders = source.filter((f) => f.endsWith(".tsx") && !primitives.includes(f) && /<form[\s>]/.test(read(f)));
    expect(offenders).toEqual([]);
  });

  it("keeps useActionState and hand-made form state out of components", () => {
    const offenders = source.filter(
      (f) => f !== "components/ui/form.tsx" && /useActionState|useFormAction|handleForm|runAction\(/.test(read(f)),
    );
    expect(offenders).toEqual([]);
  });

  it("keeps the database out of pages and route handlers (they call actor-first reads)", () => {
    const offenders = source.filter((f) => f.startsWith("app/") && /from "@\/lib\/db"/.test(read(f)));
    expect(offenders).toEqual([]);
  });

  it("writes no line longer than 120 characters", () => {
    const all = [...source, ...files("tests", /\.tsx?$/), ...files("scripts", /\.tsx?$/), ...files("prisma", /\.ts$/)];
    const long = all.flatMap((f) =>
      read(f)
        .split("\n")
        .flatMap((line, i) => (line.length > 120 && !/https?:\/\//.test(line) ? [`${f}:${i + 1}`] : [])),
    );
    expect(long).toEqual([]);
  });
});
