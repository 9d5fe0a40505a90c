// Posted form fields → the nested object a zod schema reads. Pure.
//
// "budget.1.label" becomes { budget: [, { label }] }, a name posted more than
// once becomes a list, and numbered rows close up (a removed row leaves no hole).
// Files and React's own "$ACTION…" fields are left out; an action that takes
// files reads them from the FormData itself.

type Node = Record<string, unknown>;

const forbidden = new Set(["__proto__", "constructor", "prototype"]);

const isIndex = (part: string) => /^\d+$/.test(part);

export function decodeForm(formData: FormData, omit: readonly string[] = []): Record<string, unknown> {
  const root: Node = {};
  for (const [name, value] of formData.entries()) {
    if (typeof value !== "string" || name.startsWith("$") || omit.includes(name)) continue;
    const parts = name.split(".");
    // A name that reaches for an object's prototype is not a field of ours: drop it whole.
    if (parts.some((part) => forbidden.has(part))) continue;
    let node: Node = root;
    parts.forEach((part, i) => {
      if (i === parts.length - 1) {
        const prior = node[part];
        node[part] = prior === undefined ? value : Array.isArray(prior) ? [...prior, value] : [prior, value];
        return;
      }
      const next = node[part];
      if (next === null || typeof next !== "object" || Array.isArray(next)) node[part] = {};
      node = node[part] as Node;
    });
  }
  return closeRows(root) as Record<string, unknown>;
}

/** An object whose keys are all row numbers becomes a list in row order. */
function closeRows(value: unknown): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
  const entries = Object.entries(value as Node).map(([k, v]) => [k, closeRows(v)] as const);
  if (entries.length > 0 && entries.every(([k]) => isIndex(k))) {
    return entries.sort(([a], [b]) => Number(a) - Number(b)).map(([, v]) => v);
  }
  return Object.fromEntries(entries);
}

// PostgreSQL's text holds no NUL character, and no person types one: a posted NUL would make the insert fail.
const nul = /\u0000/g;

/** The posted form without NUL characters in its names, values and file names: what every action reads. */
export function withoutNul(formData: FormData): FormData {
  const out = new FormData();
  for (const [name, value] of formData.entries()) {
    const key = name.replace(nul, "");
    if (typeof value === "string") out.append(key, value.replace(nul, ""));
    else
      out.append(
        key,
        value.name.includes("\u0000") ? new File([value], value.name.replace(nul, ""), { type: value.type }) : value,
      );
  }
  return out;
}
