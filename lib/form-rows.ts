// A native form's repeated rows ("criteria.0.title", "sections.3.heading")
// → an array of objects in row order, for the server's schema to check.
// Checkboxes are only posted when ticked: those fields start false.

export function rowsFromForm(
  formData: FormData,
  prefix: string,
  checkboxes: readonly string[] = [],
): Record<string, unknown>[] {
  const rows: Record<string, Record<string, unknown>> = {};
  const pattern = new RegExp(`^${prefix}\\.(\\d{1,3})\\.(\\w+)$`);
  for (const [key, value] of formData.entries()) {
    const m = pattern.exec(key);
    if (!m || typeof value !== "string") continue;
    (rows[m[1]!] ??= {})[m[2]!] = checkboxes.includes(m[2]!) ? value === "on" : value;
  }
  const unticked = Object.fromEntries(checkboxes.map((c) => [c, false]));
  return Object.keys(rows)
    .map(Number)
    .sort((a, b) => a - b)
    .map((i) => ({ ...unticked, ...rows[String(i)] }));
}
