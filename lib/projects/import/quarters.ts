// A quarterly plan written as a table: a row of years, a row of quarters
// ("K1".."K4" or "Q1".."Q4"), then one row per intervention whose cells hold
// the label of a span where it starts; empty cells continue the span before
// them (a .docx's merged cells come through as one cell and blanks). Pure.

const cells = (line: string) => line.split("\t").map((c) => c.trim());
const isYear = (c: string) => /^(19|20)\d{2}$/.test(c);
const quarterOf = (c: string) => /^[KQ]([1-4])$/i.exec(c)?.[1];

/** True when line i starts a quarterly plan: a row of at least two years followed by a row of quarters. */
export function startsQuarterTable(lines: readonly string[], i: number): boolean {
  const head = cells(lines[i] ?? "");
  if (!lines[i]?.includes("\t") || head.filter(isYear).length < 2) return false;
  let j = i + 1;
  while (j < lines.length && !lines[j]!.trim()) j++;
  const next = lines[j];
  return next !== undefined && cells(next).filter((c) => quarterOf(c)).length >= 2;
}

const maxColumns = 200;

type Span = {
  rowLabel: string;
  interventionSlug?: string;
  from: [number, number];
  to: [number, number];
  label: string;
};

/** The spans of a quarterly plan table (its lines from the year row on). */
export function quarterSpans(
  lines: readonly string[],
  interventionSlug: (rowLabel: string) => string | undefined,
): Span[] {
  const rows = lines.filter((l) => l.trim()).map(cells);
  const yearRow = rows[0] ?? [];
  const quarterRow = rows[1] ?? [];
  // Each column's year and quarter; a year holds for the columns after it until the next.
  const columns: ([number, number] | null)[] = [];
  let year: number | null = null;
  // A plan spans a few years of quarters; each row reads every column, so more than this is not a plan.
  const width = Math.min(Math.max(yearRow.length, quarterRow.length), maxColumns);
  for (let j = 0; j < width; j++) {
    if (isYear(yearRow[j] ?? "")) year = Number(yearRow[j]);
    const q = quarterOf(quarterRow[j] ?? "");
    // The year row and the quarter row may be offset by one (a label column above the quarters).
    if (q && year === null) year = Number(yearRow.find(isYear));
    columns.push(q && year !== null ? [year, Number(q)] : null);
  }
  // A quarter lower than the one before starts a new year, whatever the year row's alignment.
  let last: [number, number] | null = null;
  for (let j = 0; j < columns.length; j++) {
    const c = columns[j];
    if (!c) continue;
    if (last && c[0] * 4 + c[1] <= last[0] * 4 + last[1])
      columns[j] = c[1] > last[1] ? [last[0], c[1]] : [last[0] + 1, c[1]];
    last = columns[j]!;
  }
  const quarterCols = columns.flatMap((c, j) => (c ? [j] : []));
  const indexOfCol = new Map(quarterCols.map((j, k) => [j, k]));
  const lastCol = quarterCols.at(-1);
  const spans: Span[] = [];
  for (const row of rows.slice(2)) {
    const rowLabel = row[0] ?? "";
    const starts = quarterCols.filter((j) => (row[j] ?? "") !== "");
    starts.forEach((j, k) => {
      const end = (k + 1 < starts.length ? quarterCols[indexOfCol.get(starts[k + 1]!)! - 1] : lastCol) ?? j;
      spans.push({
        rowLabel,
        interventionSlug: interventionSlug(rowLabel),
        from: columns[j]!,
        to: columns[end]!,
        label: row[j]!,
      });
    });
    // Text beyond the last quarter column is kept on the last span, never dropped.
    const beyond = row.slice((lastCol ?? 0) + 1).filter(Boolean);
    if (beyond.length && spans.length) spans.at(-1)!.label += ` ${beyond.join(" ")}`;
  }
  return spans;
}
