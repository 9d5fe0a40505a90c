// People as the forms list them: several names on one line, separated by
// commas, "og", or nothing at all ("Jesper Langebæk Lene E. Nielsen? Trine
// O. Hansen"), a question mark after a name the writer was unsure of. Pure.

type NameEntry = { name: string; uncertain: boolean };

const initial = /^[A-ZÆØÅ]\.$/;
const word = /^[A-ZÆØÅ][\p{L}'-]*$/u;

/** One run of capitalised words → names: first name, any initials, surname; a short run is one name. */
function splitRun(run: string): string[] {
  const tokens = run.split(/\s+/).filter(Boolean);
  // Prose ("Formanden for styregruppen") or a short run: one entry, as written.
  if (tokens.length <= 3 || !tokens.every((t) => word.test(t) || initial.test(t))) return [tokens.join(" ")];
  const names: string[][] = [];
  let i = 0;
  while (i < tokens.length) {
    const name = [tokens[i]!];
    i++;
    while (i < tokens.length && initial.test(tokens[i]!)) name.push(tokens[i++]!);
    if (i < tokens.length) name.push(tokens[i++]!);
    names.push(name);
  }
  // A lone first name at the end belongs to the name before it.
  if (names.length > 1 && names.at(-1)!.length === 1) names.at(-2)!.push(...names.pop()!);
  return names.map((n) => n.join(" "));
}

/** The names in a line of people; "?" marks the name before it as uncertain. */
export function splitNames(text: string): NameEntry[] {
  const out: NameEntry[] = [];
  // Split on line breaks and separators first, then on "og"/"&" between spaces. The look-behind starts the
  // spaces at their first one: /\s+og\s+/ alone retried from every space of a long run of spaces.
  const chunks = text.split(/[,;\n]/).flatMap((part) => part.split(/(?<!\s)\s+(?:og|&)\s+/));
  for (const chunk of chunks) {
    // "A B? C D" → "A B?" and "C D".
    for (const piece of chunk.split(/(?<=\?)/)) {
      const uncertain = piece.trim().endsWith("?");
      const run = piece.replace(/\?/g, "").trim();
      if (!run) continue;
      const names = splitRun(run);
      names.forEach((name, i) => out.push({ name, uncertain: uncertain && i === names.length - 1 }));
    }
  }
  return out;
}
