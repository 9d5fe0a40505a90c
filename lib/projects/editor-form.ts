// The project editor's form values and the document they stand for. Pure and
// safe on the client: the browser's check and the server's parse both read the
// posted form through `documentFromForm`.
//
// A field holds what a person types (kroner as "12.500", hours as "1,5", a
// time in Danish time); the document holds øre, minutes and instants. Each row
// carries what the editor does not show (an intervention's own lists, a
// person's linked account) as JSON in a hidden `_rest` field, so a removed row
// takes its hidden parts with it and nothing else is lost.
import { parseKroner } from "@/lib/applications/model";
import { copenhagenLocalToUtc, utcToCopenhagenLocal } from "@/lib/calls/model";
import { formatKr, formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";
import { freeSectionFor } from "@/lib/templates/model";
import type { ProjectDocument } from "./document";
import { fromEditable, listSpecs, scalarFields, toEditable, type FieldSpec, type ListSpec } from "./editor-spec";

type Row = Record<string, unknown>;
/** The editor's values: strings as typed, booleans for checkboxes, rows as lists. */
export type ProjectFormValues = Row & { projectId: string; version: string };

const listKey = (spec: ListSpec) => spec.key ?? spec.part;
const shown = new Set([...scalarFields.map((f) => f.key), ...listSpecs.map(listKey), "work"]);

function restOf(row: Row, keys: Iterable<string>): string | undefined {
  const hidden = new Set(keys);
  const rest = Object.fromEntries(Object.entries(row).filter(([k, v]) => !hidden.has(k) && v !== undefined));
  return Object.keys(rest).length ? JSON.stringify(rest) : undefined;
}

function parseRest(value: unknown): Row {
  if (typeof value !== "string" || !value) return {};
  try {
    const parsed: unknown = JSON.parse(value);
    return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Row) : {};
  } catch {
    return {};
  }
}

function parseList(value: unknown): unknown {
  try {
    return JSON.parse(text(value) || "[]");
  } catch {
    return [];
  }
}

/** Posted rows arrive as a list (react-hook-form, or the decoder closing "rows.0", "rows.1"). */
const rowsOf = (value: unknown): Row[] =>
  (Array.isArray(value) ? value : []).filter((r): r is Row => Boolean(r) && typeof r === "object");
const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
const text = (value: unknown) => (typeof value === "string" ? value : value == null ? "" : String(value));
const checked = (value: unknown) => value === true || value === "on" || value === "true";

/** Minutes as the hours a person reads ("1,5"). */
export const hoursText = (minutes: number, locale: Locale) => formatNumber(minutes / 60, locale);

/** Hours as typed → minutes; what is not a number stays as typed, for the schema to refuse. */
export function minutesOf(typed: string): number | string {
  const hours = Number(typed.replace(",", "."));
  return Number.isFinite(hours) ? Math.round(hours * 60) : typed;
}

/** A work-grid cell as typed: hours ("2,5") → minutes, a mark ("x") kept, empty → null. */
export function cellOf(typed: unknown): number | string | null {
  const v = text(typed).trim();
  if (v === "") return null;
  return /^\d+(,\d+)?$/.test(v) ? Math.round(Number(v.replace(",", ".")) * 60) : v;
}

function fieldValue(spec: FieldSpec, value: unknown, locale: Locale): unknown {
  switch (spec.kind) {
    case "amount":
      // Kroner in the Danish way people type them, whatever the page's language (parseKroner reads them back).
      return typeof value === "number" ? formatKr(value, "da").replace(/ kr\.$/, "") : "";
    case "hours":
      return typeof value === "number" ? hoursText(value, locale) : "";
    case "datetime":
      return typeof value === "string" ? utcToCopenhagenLocal(new Date(value)) : "";
    case "checkbox":
      return value === true;
    case "yearQuarter":
      return Array.isArray(value) ? value.map(String) : [String(new Date().getFullYear()), "1"];
    default:
      return text(value);
  }
}

function rowValues(spec: ListSpec, row: Row, locale: Locale): Row {
  const out: Row = {};
  for (const f of spec.fields)
    out[f.key] =
      f.kind === "list"
        ? rowsOf(row[f.key]).map((r) => rowValues(f.list!, r, locale))
        : fieldValue(f, row[f.key], locale);
  const rest = restOf(
    row,
    spec.fields.map((f) => f.key),
  );
  if (rest) out._rest = rest;
  return out;
}

/** A blank row of a list, as the editor adds it. */
export const blankRow = (spec: ListSpec, locale: Locale): Row => rowValues(spec, structuredClone(spec.blank), locale);

/**
 * The document as the editor's values. The committee's own (FREE) sections
 * that the project has not written yet are there to be written in.
 */
export function toFormValues(
  doc: ProjectDocument,
  opts: { projectId: string; version: number; ownHeadings: readonly string[]; locale: Locale },
): ProjectFormValues {
  const d = doc as ProjectDocument & Row;
  const values: ProjectFormValues = { projectId: opts.projectId, version: String(opts.version) };
  for (const f of scalarFields) values[f.key] = fieldValue(f, d[f.key], opts.locale);
  for (const spec of listSpecs) {
    const key = listKey(spec);
    const rows = key === "secretariatTasks" ? toEditable(doc.secretariatTasks) : rowsOf(d[key]);
    values[key] = rows.map((r) => rowValues(spec, r, opts.locale));
  }
  const free = doc.freeSections ?? [];
  const unwritten = opts.ownHeadings.filter((h) => !freeSectionFor(h, free));
  values.freeSections = [...(values.freeSections as Row[]), ...unwritten.map((heading) => ({ heading, body: "" }))];
  const work = doc.work ?? { roles: [], rows: [] };
  values.work = {
    roles: work.roles.map((r) => ({ label: r.label, isSecretariat: r.isSecretariat === true })),
    rows: work.rows.map((r) => ({
      label: r.label,
      cells: work.roles.map((_, j) => {
        const cell = r.cells[j];
        return typeof cell === "number" ? hoursText(cell, opts.locale) : (cell ?? "");
      }),
    })),
  };
  const rest = restOf(d, shown);
  if (rest) values._rest = rest;
  if (opts.ownHeadings.length) values._own = JSON.stringify(opts.ownHeadings);
  return values;
}

/** A typed value → the document's; undefined leaves the key out. A row's required text stays "" to be refused. */
function documentValue(spec: FieldSpec, value: unknown, keepEmpty: boolean): unknown {
  if (spec.kind === "checkbox") return checked(value) ? true : undefined;
  if (spec.kind === "yearQuarter")
    return listOf(value).map((v) => (/^\d+$/.test(text(v).trim()) ? Number(text(v).trim()) : text(v)));
  const typed = text(value);
  if (typed.trim() === "") return keepEmpty ? typed : undefined;
  switch (spec.kind) {
    case "number":
      return /^-?\d+$/.test(typed.trim()) ? Number(typed.trim()) : typed;
    case "amount":
      return parseKroner(typed) ?? typed;
    case "hours":
      return minutesOf(typed);
    case "datetime":
      return copenhagenLocalToUtc(typed)?.toISOString() ?? typed;
    default:
      return typed;
  }
}

function rowDocument(spec: ListSpec, row: Row): Row {
  const out = parseRest(row._rest);
  for (const f of spec.fields) {
    const value =
      f.kind === "list"
        ? rowsOf(row[f.key]).map((r) => rowDocument(f.list!, r))
        : documentValue(f, row[f.key], f.key in spec.blank);
    if (Array.isArray(value) && f.kind === "list" && value.length === 0) delete out[f.key];
    else if (value === undefined) delete out[f.key];
    else out[f.key] = value;
  }
  return out;
}

/**
 * The posted editor (or its values in the browser) → the document with the
 * project and the version it was loaded at. What cannot be read is passed on
 * as typed, for the document schema to refuse next to its field.
 */
export function documentFromForm(raw: unknown): unknown {
  if (!raw || typeof raw !== "object") return raw;
  const form = raw as Row;
  const doc: Row = { ...parseRest(form._rest), projectId: form.projectId, version: form.version };
  for (const f of scalarFields) {
    const value = documentValue(f, form[f.key], f.key === "title");
    if (value !== undefined) doc[f.key] = value;
  }
  for (const spec of listSpecs) {
    const key = listKey(spec);
    let rows = rowsOf(form[key]).map((r) => rowDocument(spec, r));
    if (key === "freeSections") {
      // A section of the committee's own left empty is not saved (it is offered again next time).
      const own = listOf(parseList(form._own)).map(text);
      rows = rows.filter(
        (s) => text(s.body).trim() !== "" || !own.some((h) => freeSectionFor(h, [{ heading: text(s.heading) }])),
      );
    }
    if (rows.length) doc[key] = key === "secretariatTasks" ? fromEditable(rows) : rows;
  }
  const work = (form.work ?? {}) as Row;
  const roles = rowsOf(work.roles);
  const gridRows = rowsOf(work.rows);
  if (roles.length || gridRows.length)
    doc.work = {
      roles: roles.map((r) => ({ label: text(r.label), ...(checked(r.isSecretariat) ? { isSecretariat: true } : {}) })),
      rows: gridRows.map((r) => {
        const cells = listOf(r.cells);
        return { label: text(r.label), cells: roles.map((_, j) => cellOf(cells[j])) };
      }),
    };
  return doc;
}
