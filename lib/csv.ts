// CSV as RFC 4180 (comma, CRLF, quotes doubled). A text cell that a
// spreadsheet would run as a formula (= + - @ tab CR) gets a leading
// apostrophe (OWASP's advice against CSV injection); numbers are left alone.
/** A number written as text with its decimals kept ("50000.00", "-1250.50"): a number, so left alone. */
export type DecimalCell = { decimal: string };
type Cell = string | number | boolean | null | undefined | DecimalCell;

/** A decimal cell; anything but a plain decimal number is refused, so no text slips past the formula guard. */
export function decimalCell(text: string): DecimalCell {
  if (!/^-?\d+(\.\d+)?$/.test(text)) throw new RangeError(`not a decimal: ${text}`);
  return { decimal: text };
}

function escapeCell(cell: Cell): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number" || typeof cell === "boolean") return String(cell);
  if (typeof cell === "object") return decimalCell(cell.decimal).decimal;
  const safe = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map((row) => row.map(escapeCell).join(",")).join("\r\n") + "\r\n";
}

/** Parses what toCsv writes (for tests and imports). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n" || (ch === "\r" && text[i + 1] === "\n")) {
      if (ch === "\r") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += ch;
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
