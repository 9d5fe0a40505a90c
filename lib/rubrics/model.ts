// Pure rules for a scoring rubric: its scale and the labelled steps typed as text.

type Step = { value: number; label: string };

/** "1 = Lav\n5 = Høj" → steps inside the scale, sorted; null when a line is not "n = label" or falls outside. */
export function parseSteps(text: string, min: number, max: number): Step[] | null {
  const steps: Step[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const m = /^(\d{1,2})\s*[=:.-]\s*(.+)$/.exec(line);
    if (!m) return null;
    const value = Number(m[1]);
    if (value < min || value > max || steps.some((s) => s.value === value)) return null;
    steps.push({ value, label: m[2]!.trim().slice(0, 200) });
  }
  return steps.sort((a, b) => a.value - b.value);
}

export const formatSteps = (steps: readonly Step[]): string => steps.map((s) => `${s.value} = ${s.label}`).join("\n");

export const validScale = (min: number, max: number): boolean =>
  Number.isInteger(min) && Number.isInteger(max) && min >= 0 && max <= 10 && min < max;
