// Fuzzing (issue 16, point 5): every server action of the build and every route handler gets generated input over
// real HTTP with real sessions, as an attacker would send it: no answer may be a 500 or the generic "something went
// wrong" (an exception nobody expected), and no row may be stored that breaks what the schemas allow.
// It runs after every other spec (its own Playwright project), because it changes the demo data at random.
import { expect, test, type APIRequestContext } from "@playwright/test";
import fc from "fast-check";
import pg from "pg";
import { routeMatrix, type Persona } from "../authz/matrix";
import {
  actionsOf,
  callAction,
  contextFor,
  harvestForms,
  invariantViolations,
  type HarvestedForm,
} from "./fuzz-support";
import { serverReferences } from "../../scripts/lib/server-references";

// An action that ends the fuzzer's own session would turn every later request into an anonymous one.
const selfEnding = new Set(["logout", "endSessionAction", "endOtherSessionsAction"]);
const seed = Number(process.env.FUZZ_SEED ?? 20261201);
const runsPerAction = Number(process.env.FUZZ_RUNS ?? 6);

const actions = actionsOf(serverReferences());

/** What went wrong with one answer, or null: a 5xx, or the generic message of an unexpected exception. */
function failureOf(status: number, body: string): string | null {
  if (status >= 500) return `status ${status}`;
  if (/"ok":false,"code":"error"/.test(body) || /Fejl-id: [0-9a-f]{8}/.test(body)) return "unexpected exception";
  return null;
}

// Values an attacker or a careless paste sends: empty, huge, unicode, numbers at the edges, markup, paths.
const nasty = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "0",
    "-1",
    "1e309",
    "NaN",
    "99999999999999999999999",
    "-0.5",
    "2026-02-30",
    "9999-12-31T23:59:59Z",
    "true",
    "null",
    "[]",
    "{}",
    '{"__proto__":{"x":1}}',
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "../../etc/passwd",
    "a\u0000b",
    "\u202e\ufeff",
    "x".repeat(60_000),
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.integer().map(String),
  fc.double().map(String),
);

test.describe.configure({ mode: "serial" });

let forms: HarvestedForm[] = [];

test("harvests the forms of every page each role opens", async () => {
  forms = (await harvestForms()).filter((f) => !selfEnding.has(actions.get(f.actionId)?.name ?? ""));
  // Most actions have a form on some page; the rest are fuzzed with field names from all forms.
  expect(new Set(forms.map((f) => f.actionId)).size).toBeGreaterThan(40);
});

test("every server action answers generated input without an unexpected error", async () => {
  test.setTimeout(20 * 60_000);
  const db = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await db.connect();
  const before = await invariantViolations(db);
  console.log(`fuzz: rows breaking a rule before: ${before.length ? before.join("; ") : "none"}`);
  const contexts = new Map<Persona, APIRequestContext>();
  const ctxOf = async (p: Persona) => contexts.get(p) ?? contexts.set(p, await contextFor(p)).get(p)!;
  const allNames = [...new Set(forms.flatMap((f) => f.fields.map(([n]) => n)))];
  const failures: string[] = [];
  let sent = 0;
  const answers = new Map<string, number>();

  for (const [id, action] of actions) {
    if (selfEnding.has(action.name)) continue;
    const mine = forms.filter((f) => f.actionId === id);
    // A form seen on a page gives real ids and versions, so generated values reach past "not found".
    const input = mine.length
      ? fc.record({
          form: fc.constantFrom(...mine),
          changes: fc.array(fc.tuple(fc.nat(), nasty, fc.boolean()), { maxLength: 4 }),
          extra: fc.option(fc.tuple(fc.constantFrom(...allNames), nasty), { nil: undefined }),
        })
      : fc.record({
          form: fc.constant<HarvestedForm>({ actionId: id, page: "/", persona: "admin", fields: [], kinds: [] }),
          changes: fc.constant([] as [number, string, boolean][]),
          extra: fc.tuple(fc.constantFrom(...allNames), nasty),
        });
    const samples = fc.sample(input, { seed: seed + sent, numRuns: runsPerAction });
    for (const { form, changes, extra } of samples) {
      const fields = form.fields.map(([n, v]) => [n, v] as [string, string | null]);
      for (const [at, value, drop] of changes) {
        const k = fields.length ? at % fields.length : -1;
        if (k >= 0) fields[k]![1] = drop ? null : value;
      }
      if (extra) fields.push(extra);
      const ctx = await ctxOf(form.persona);
      const { status, text, answer } = await callAction(ctx, id, form.page, fields);
      sent++;
      answers.set(answer, (answers.get(answer) ?? 0) + 1);
      if (process.env.FUZZ_DEBUG && answer === "validation")
        console.log(action.name, JSON.stringify(fields).slice(0, 300), /"fieldErrors":(\{[^}]*\})/.exec(text)?.[1]);
      const failure = failureOf(status, text);
      if (failure) failures.push(`${action.file}#${action.name} as ${form.persona} on ${form.page}: ${failure}`);
    }
  }
  for (const ctx of contexts.values()) await ctx.dispose();
  const after = await invariantViolations(db);
  await db.end();
  console.log(`fuzz: ${sent} action calls over ${actions.size} actions, seed ${seed}:`, Object.fromEntries(answers));
  // The calls reach the actions: most are answered by defineAction's own states, not refused before it.
  const reached = [...answers].filter(([k]) => !k.startsWith("status")).reduce((n, [, v]) => n + v, 0);
  expect(reached / sent).toBeGreaterThan(0.8);
  expect(failures).toEqual([]);
  expect(after.filter((v) => !before.includes(v))).toEqual([]);
});

test("every page and route handler answers generated queries (and bodies) without a 5xx", async () => {
  test.setTimeout(10 * 60_000);
  const routes = routeMatrix.filter((c) => !c.path.startsWith("/api/auth/"));
  const query = fc.dictionary(
    fc.constantFrom("q", "id", "year", "aar", "status", "page", "format", "templateId"),
    nasty,
    {
      maxKeys: 3,
    },
  );
  const failures: string[] = [];
  let sent = 0;
  for (const persona of ["admin", "anonymous"] as const) {
    const ctx = await contextFor(persona);
    for (const c of routes) {
      const api = c.path.startsWith("/api/");
      for (const [params, payload] of fc.sample(fc.tuple(query, nasty), { seed: seed + sent, numRuns: api ? 4 : 1 })) {
        const url = `${c.path}${c.path.includes("?") ? "&" : "?"}${new URLSearchParams(params)}`;
        const answers = [["GET " + url, await ctx.get(url, { maxRedirects: 0 })] as const];
        // A page takes no body of its own (a POST to it is a server action, fuzzed above).
        if (api) answers.push(["POST " + c.path, await ctx.post(c.path, { data: payload, maxRedirects: 0 })] as const);
        sent += answers.length;
        for (const [method, res] of answers)
          if (res.status() >= 500) failures.push(`${method} as ${persona}: ${res.status()}`);
      }
    }
    await ctx.dispose();
  }
  console.log(`fuzz: ${sent} page and route handler requests over ${routes.length} paths`);
  expect(failures).toEqual([]);
});
