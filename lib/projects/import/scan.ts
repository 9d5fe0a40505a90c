// Small scans the importer uses instead of patterns that backtracked or
// loops that copied what they had collected. Linear in their input. Pure.

/** Appends without spreading (a spread of a huge list overflows the stack) and without copying the list. */
export function append<T>(list: T[] | undefined, items: readonly T[]): T[] {
  const out = list ?? [];
  for (const item of items) out.push(item);
  return out;
}

/** Removes "<…>" tags: a scan, where /<[^>]*>/g backtracked over a run of unclosed "<". */
export function stripTags(text: string): string {
  let out = "";
  let from = 0;
  for (let open = text.indexOf("<"); open >= 0; open = text.indexOf("<", from)) {
    const close = text.indexOf(">", open);
    if (close < 0) break;
    out += text.slice(from, open);
    from = close + 1;
  }
  return out + text.slice(from);
}

/** "Heading: text" or "Heading<tab>text": the heading (2-70 characters, no colon or tab) and the rest. */
export function splitHeading(line: string): { head: string; rest: string } | null {
  const sep = line.search(/[:\t]/);
  if (sep < 0) return null;
  const head = line.slice(0, sep).trimEnd();
  if (head.length < 2 || head.length > 70) return null;
  return { head, rest: line.slice(sep + 1).trim() };
}

export type TextPart =
  | "purpose"
  | "description"
  | "background"
  | "effect"
  | "followUp"
  | "anchoring"
  | "responsibility"
  | "workingGroupText"
  | "ownerBody"
  | "periodText"
  | "evaluationPlan";

/** Prose collected per part and joined once at the end: joining as it goes copied the text over and over. */
export function addText(texts: Map<TextPart, string[]>, part: TextPart, text: string) {
  texts.set(part, append(texts.get(part), [text]));
}

export function joinTexts(target: Partial<Record<TextPart, string>>, texts: Map<TextPart, string[]>) {
  for (const [part, list] of texts) target[part] = list.filter(Boolean).join("\n\n");
}
