// Budget tables as forms write them: "label<tab>amount" rows (a Word table,
// or columns of spaces already turned into tabs), sub-lines after "➤", or a
// matrix with years as columns. A total line is a total, never a line: its
// amount is kept as the stated total, shown beside the lines' sum. Pure.
import type { ProjectDocument } from "../document";
import { cellAmount, cleanAmount, findAmount } from "./amounts";
import { stripTags } from "./scan";
import { budgetLinesOf, budgetTotal } from "../model";

type Budget = Pick<ProjectDocument, "budget" | "budgetNote" | "budgetStatedTotalOre">;

const cells = (line: string) => line.split("\t").map((c) => c.trim());
/** "I alt", and OCR's "l alt" / "1 alt"; "Total", "Sum", "Samlet budget", "Udgifter i alt". */
export const isTotal = (label: string) => /(?:^|\s)[iIl1|]\s?alt\b|^total\b|^sum\b|^samlet\b/i.test(label.trim());

function subLines(after: string) {
  return after
    .split(/➤/)
    .slice(1)
    .map((x) => stripTags(x).trim())
    .filter(Boolean)
    .flatMap((x) => {
      const a = findAmount(x);
      if (!a) return [];
      const label =
        x
          .replace(a.text, "")
          .replace(/^til\s+/i, "")
          .trim() || x;
      return [{ label, amountOre: a.ore, amountText: a.text }];
    });
}

function matrix(rows: string[][], header: string[]): Read {
  // A budget has a handful of years; more columns than this is not a budget, and each row reads every one.
  const yearCols = header
    .map((c, i) => (/^(19|20)\d{2}$/.test(c) ? { i, year: Number(c) } : null))
    .filter((x): x is { i: number; year: number } => x !== null)
    .slice(0, 50);
  const headerText = header.join("");
  const budget: NonNullable<ProjectDocument["budget"]> = [];
  const notes: string[] = [];
  let stated: number | undefined;
  let group: string | undefined;
  let captionAt = -1;
  for (const row of rows) {
    if (row.join("") === headerText) {
      // The table's caption ("Samlede udgifter") prints as a note above it.
      const caption = row.filter((c) => c && !/^(19|20)\d{2}$/.test(c) && !isTotal(c));
      if (caption.length) captionAt = notes.push(caption.join(" ")) - 1;
      continue;
    }
    const firstYear = yearCols[0]!.i;
    const labels = row.slice(0, firstYear).filter(Boolean);
    const amounts = yearCols.map((y) => ({
      year: y.year,
      ore: cellAmount(row[y.i] ?? ""),
      text: cleanAmount(row[y.i] ?? "").trim(),
    }));
    if (amounts.every((a) => a.ore === null)) {
      notes.push(row.filter(Boolean).join(" "));
      continue;
    }
    if (labels.length >= 2) group = labels[0];
    const label = labels.at(-1) ?? group ?? "";
    if (isTotal(label)) {
      // The grand total is the row's last amount (a total column), else the sum of its years.
      const last = cellAmount(row.at(-1) ?? "");
      stated = last ?? amounts.reduce((s, a) => s + (a.ore ?? 0), 0);
      continue;
    }
    for (const a of amounts)
      if (a.ore !== null)
        budget.push({
          label,
          groupLabel: labels.length >= 2 ? labels[0] : labels.length === 1 && row[0] === "" ? group : undefined,
          category: label,
          year: a.year,
          amountOre: a.ore,
          amountText: a.text,
        });
  }
  // A header with no line under it says nothing the table shows: kept whole.
  if (!budget.length) {
    const whole = header.filter(Boolean).join(" ");
    if (captionAt >= 0) notes[captionAt] = whole;
    else notes.unshift(whole);
  }
  return finish(budget, notes, stated);
}

type Read = Budget & { statedTotalOre?: number };

function finish(budget: NonNullable<ProjectDocument["budget"]>, notes: string[], stated: number | undefined): Read {
  // The sum the page and the PDF print (lib/projects/model.ts), so "differs" means what a reader sees.
  const sum = budgetTotal(budgetLinesOf(budget));
  return {
    budget: budget.length ? budget : undefined,
    budgetNote: notes.length ? notes.join("\n") : undefined,
    // Kept on the project only when it says something the lines do not: a total that differs from their sum.
    budgetStatedTotalOre: stated !== undefined && stated !== sum ? stated : undefined,
    statedTotalOre: stated,
  };
}

/** Budget lines from the budget section's rows; the stated total, and the rest as a note. */
export function budgetOf(lines: readonly string[]): Read {
  const rows = lines.map((l) => l.trimEnd()).filter((l) => l.trim());
  const header = rows.map(cells).find((c) => c.filter((x) => /^(19|20)\d{2}$/.test(x)).length >= 2);
  if (header) return matrix(rows.map(cells), header);
  const budget: NonNullable<ProjectDocument["budget"]> = [];
  const notes: string[] = [];
  let stated: number | undefined;
  for (const raw of rows) {
    const c = cells(raw).filter(Boolean);
    const amount = c.length >= 2 ? findAmount(cleanAmount(c[1]!)) : null;
    if (amount && isTotal(c[0]!)) {
      stated = amount.ore;
      continue;
    }
    if (amount) {
      const after = [c[1]!.slice(c[1]!.indexOf(amount.text) + amount.text.length), ...c.slice(2)].join(" ");
      const children = subLines(after);
      budget.push({
        label: c[0]!,
        amountOre: amount.ore,
        amountText: amount.text,
        children: children.length ? children : undefined,
      });
    } else notes.push(raw.trim());
  }
  return finish(budget, notes, stated);
}
