// What the fuzzer (fuzz.last.spec.ts) reads: the build's server actions, the forms of the pages as served, and the
// rules every stored row keeps whatever was posted.
import { request, type APIRequestContext } from "@playwright/test";
import type pg from "pg";
import { expected, routeMatrix, type Persona } from "../authz/matrix";
import { storageState } from "./support";
import { actionBody, actionHeaders } from "../support/action-call";
import type { ServerReference } from "../../scripts/lib/server-references";

export const baseURL = `http://localhost:${process.env.E2E_PORT ?? 3100}`;
export const roles = ["admin", "secretariat", "member", "applicant", "anonymous"] as const;

/** Requests as the persona (the setup project's session), from the site itself. */
export async function contextFor(persona: Persona): Promise<APIRequestContext> {
  return request.newContext({
    baseURL,
    storageState: persona === "anonymous" ? undefined : storageState(persona),
    extraHTTPHeaders: { origin: baseURL },
  });
}

/** The HTML of every page of the authorization matrix that the persona opens. */
export async function pagesOf(persona: Persona): Promise<{ path: string; html: string }[]> {
  const ctx = await contextFor(persona);
  const out = [];
  for (const c of routeMatrix.filter((c) => !c.path.startsWith("/api/") && expected(c, persona) === 200)) {
    const res = await ctx.get(c.path);
    if (res.ok() && (res.headers()["content-type"] ?? "").includes("text/html"))
      out.push({ path: c.path, html: await res.text() });
  }
  await ctx.dispose();
  return out;
}

/** The action forms of every page each role opens, as that role sees them. */
export async function harvestForms(): Promise<HarvestedForm[]> {
  const out: HarvestedForm[] = [];
  for (const persona of roles)
    for (const { path, html } of await pagesOf(persona)) out.push(...formsIn(html, path, persona));
  return out;
}

export type ActionRef = { file: string; name: string };
/** What kind of field a person fills: free text, or something chosen, hidden or typed to a format. */
export type FieldKind = "text" | "hidden" | "choice" | "formatted";
export type HarvestedForm = {
  actionId: string;
  page: string;
  persona: Persona;
  fields: [string, string][];
  /** Each field's kind, in the order of `fields`. */
  kinds: FieldKind[];
};

/** Every server reference of the build (../../scripts/lib/server-references.ts), the account's own last. */
export function actionsOf(references: readonly ServerReference[]): Map<string, ActionRef> {
  const all = references.map(({ id, file, name }) => [id, { file, name }] as const);
  // Changing people, roles and sessions can take the fuzzer's own rights away: those go after the rest.
  const late = (a: ActionRef) => /^lib\/(users|auth|account)\//.test(a.file);
  return new Map([...all.filter(([, a]) => !late(a)), ...all.filter(([, a]) => late(a))]);
}

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
    e[0] === "#"
      ? String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
      : (entities[e] ?? m),
  );
const attr = (tag: string, name: string) => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? decode(m[1]!) : null;
};

/**
 * The forms of a served page that post to a server action, with what they would post untouched. React marks such a
 * form with hidden fields: `$ACTION_ID_<id>` (a plain action) or `$ACTION_n:0` = {"id": …} (one with state).
 */
export function formsIn(html: string, page: string, persona: Persona): HarvestedForm[] {
  const out: HarvestedForm[] = [];
  for (const [, body] of html.matchAll(/<form\b[^>]*>([\s\S]*?)<\/form>/g)) {
    let actionId: string | null = null;
    const fields: [string, string][] = [];
    const kinds: FieldKind[] = [];
    for (const [tag] of body!.matchAll(/<input\b[^>]*>/g)) {
      const name = attr(tag, "name");
      if (!name) continue;
      const type = attr(tag, "type") ?? "text";
      if (name.startsWith("$ACTION_ID_")) actionId = name.slice("$ACTION_ID_".length);
      else if (/^\$ACTION_\d+:0$/.test(name))
        actionId = (JSON.parse(attr(tag, "value") ?? "{}") as { id?: string }).id ?? null;
      if (name.startsWith("$ACTION")) continue;
      if ((type === "checkbox" || type === "radio") && !/\schecked(=|\s|>|\/)/.test(tag)) continue;
      if (type === "file" || type === "submit") continue;
      fields.push([name, attr(tag, "value") ?? ""]);
      kinds.push(
        type === "text" || type === "search"
          ? "text"
          : type === "hidden"
            ? "hidden"
            : type === "checkbox" || type === "radio"
              ? "choice"
              : "formatted",
      );
    }
    for (const [, tag, text] of body!.matchAll(/(<textarea\b[^>]*>)([\s\S]*?)<\/textarea>/g)) {
      const name = attr(tag!, "name");
      if (!name) continue;
      fields.push([name, decode(text!)]);
      kinds.push("text");
    }
    for (const [, tag, options] of body!.matchAll(/(<select\b[^>]*>)([\s\S]*?)<\/select>/g)) {
      const name = attr(tag!, "name");
      const chosen = /<option\b[^>]*\sselected[^>]*>/.exec(options!)?.[0] ?? /<option\b[^>]*>/.exec(options!)?.[0];
      if (!name || !chosen) continue;
      fields.push([name, attr(chosen, "value") ?? ""]);
      kinds.push("choice");
    }
    // The pressed button's name and value (an intent such as submit or save) travel with the form.
    const button = /<button\b[^>]*\sname="[^"]*"[^>]*>/.exec(body!)?.[0];
    if (button) {
      fields.push([attr(button, "name")!, attr(button, "value") ?? ""]);
      kinds.push("choice");
    }
    if (actionId) out.push({ actionId, page, persona, fields, kinds });
  }
  return out;
}

/**
 * Calls a server action as React's client does with one FormData argument: its fields as "_1_<name>", then the
 * arguments ["$K1"] as "0", last (the server reads the stream in order and resolves "$K1" when "0" arrives). Returns
 * the status, the body, and how the action answered (defineAction's code, "ok", or the status when it never did).
 */
export async function callAction(ctx: APIRequestContext, id: string, page: string, fields: [string, string | null][]) {
  const present = fields.filter((f): f is [string, string] => f[1] !== null);
  const res = await ctx.post(page, { headers: actionHeaders(id), multipart: actionBody(present), maxRedirects: 0 });
  const text = await res.text();
  const answer =
    /"ok":false,"code":"(\w+)"/.exec(text)?.[1] ?? (/"ok":true/.test(text) ? "ok" : `status ${res.status()}`);
  return { status: res.status(), text, answer };
}

/** Longer than any text the schemas take (the longest, a project section, is 50.000 characters). */
const longestText = 50_000;

/**
 * Rows no schema lets through, per column, as readable lines: text longer than any field takes, a negative amount in
 * øre, a date outside 1900–2200. The fuzzer compares the list before and after.
 */
export async function invariantViolations(db: pg.Client): Promise<string[]> {
  const { rows: columns } = await db.query<{ t: string; c: string; type: string }>(
    `SELECT table_name AS t, column_name AS c, data_type AS type FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name NOT LIKE '\\_%'`,
  );
  const checks = columns.flatMap(({ t, c, type }) => {
    const col = `"${t}"."${c}"`;
    // Every text column (the import's raw source, which may be longer, is JSON).
    if (type === "text" || type === "character varying")
      return [[`${t}.${c} over ${longestText} characters`, `length(${col}) > ${longestText}`]];
    if (type === "bigint" && c.endsWith("Ore")) return [[`${t}.${c} negative`, `${col} < 0`]];
    if (type.startsWith("timestamp") || type === "date")
      return [[`${t}.${c} outside 1900–2200`, `${col} < '1900-01-01' OR ${col} > '2200-01-01'`]];
    return [];
  });
  const out: string[] = [];
  for (const [label, where] of checks) {
    const table = label!.split(".")[0]!;
    const { rows } = await db.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}" WHERE ${where}`);
    if (Number(rows[0]!.n) > 0) out.push(`${label}: ${rows[0]!.n} rows`);
  }
  return out;
}
