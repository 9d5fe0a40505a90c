// A readable difference between two versions of a project document. Pure.
import type { ProjectDocument } from "./document";

/** Every leaf of the document as "path → text", e.g. "budget.2.amountOre" → "1500000". */
export function flatten(value: unknown, prefix = "", out = new Map<string, string>()): Map<string, string> {
  if (value === null || value === undefined) return out;
  if (Array.isArray(value)) value.forEach((v, i) => flatten(v, prefix ? `${prefix}.${i}` : String(i), out));
  else if (typeof value === "object")
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  else out.set(prefix, String(value));
  return out;
}

type Change = { path: string; before: string | null; after: string | null };

/** What changed from a to b, in document order; ids and the import's raw source left out. */
export function diffDocuments(a: ProjectDocument | null, b: ProjectDocument): Change[] {
  const ignore = (p: string) => /(^|\.)(id|slug)$/.test(p) || p.startsWith("importSource");
  const before = flatten(a ?? {});
  const after = flatten(b);
  const paths = [...new Set([...before.keys(), ...after.keys()])].filter((p) => !ignore(p));
  return paths
    .filter((p) => before.get(p) !== after.get(p))
    .map((p) => ({ path: p, before: before.get(p) ?? null, after: after.get(p) ?? null }));
}

/** "budget.2.amountOre" → ["budget", 3, "amountOre"]: the part, the 1-based item and the field, for a label. */
export function describePath(path: string): { part: string; item: number | null; field: string | null; rest: string } {
  const [part = "", second, ...more] = path.split(".");
  if (second !== undefined && /^\d+$/.test(second))
    return { part, item: Number(second) + 1, field: more[0] ?? null, rest: more.slice(1).join(".") };
  return { part, item: null, field: second ?? null, rest: more.join(".") };
}
