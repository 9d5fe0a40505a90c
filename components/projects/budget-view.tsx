import { Table, Td, Th } from "@/components/ui/table";
import { budgetMatrix, budgetTree, hasYears, type BudgetLineInput, type BudgetNode } from "@/lib/projects/model";
import { formatKr } from "@/lib/i18n/format";
import { type Locale } from "@/lib/i18n/config";
import type { Translator } from "@/lib/i18n/translator";

function Rows({ nodes, depth, locale }: { nodes: BudgetNode[]; depth: number; locale: Locale }) {
  return (
    <>
      {nodes.map((n) => (
        <FragmentRow key={n.id} node={n} depth={depth} locale={locale} />
      ))}
    </>
  );
}

function FragmentRow({ node, depth, locale }: { node: BudgetNode; depth: number; locale: Locale }) {
  return (
    <>
      <tr>
        <Td>
          <span style={{ paddingLeft: `${depth * 1.5}rem` }}>{node.label}</span>
        </Td>
        <Td numeric>{formatKr(node.totalOre, locale)}</Td>
      </tr>
      <Rows nodes={node.children} depth={depth + 1} locale={locale} />
    </>
  );
}

/** A budget: a year × category matrix when every line has a year, else lines with sub-lines. Totals are derived. */
export function BudgetView({
  lines,
  t,
  locale,
  caption,
}: {
  lines: BudgetLineInput[];
  t: Translator;
  locale: Locale;
  caption: string;
}) {
  if (lines.length === 0) return <p>{t("projectView.noBudget")}</p>;
  if (hasYears(lines)) {
    const m = budgetMatrix(lines);
    return (
      <Table
        caption={caption}
        head={
          <tr>
            <Th>{t("projectView.budgetGroup")}</Th>
            <Th>{t("projectView.budgetCategory")}</Th>
            {m.years.map((y) => (
              <Th key={y} numeric>
                {y}
              </Th>
            ))}
            <Th numeric>{t("projectView.total")}</Th>
          </tr>
        }
      >
        {m.rows.map((r) => (
          <tr key={`${r.group}-${r.category}`}>
            <Td>{r.group}</Td>
            <Td>{r.category}</Td>
            {r.cells.map((c, i) => (
              <Td key={m.years[i]} numeric>
                {c === null ? "" : formatKr(c, locale)}
              </Td>
            ))}
            <Td numeric>{formatKr(r.totalOre, locale)}</Td>
          </tr>
        ))}
        <tr className="font-bold border-t-2 border-gray-700">
          <Td>{t("projectView.total")}</Td>
          <Td>{""}</Td>
          {m.yearTotals.map((v, i) => (
            <Td key={m.years[i]} numeric>
              {formatKr(v, locale)}
            </Td>
          ))}
          <Td numeric>
            <span data-testid="budget-total">{formatKr(m.totalOre, locale)}</span>
          </Td>
        </tr>
      </Table>
    );
  }
  const tree = budgetTree(lines);
  const total = tree.filter((n) => !n.isIncome).reduce((s, n) => s + n.totalOre, 0);
  return (
    <Table
      caption={caption}
      head={
        <tr>
          <Th>{t("projectView.budgetLine")}</Th>
          <Th numeric>{t("projectView.amount")}</Th>
        </tr>
      }
    >
      <Rows nodes={tree} depth={0} locale={locale} />
      <tr className="font-bold border-t-2 border-gray-700">
        <Td>{t("projectView.expensesTotal")}</Td>
        <Td numeric>
          <span data-testid="budget-total">{formatKr(total, locale)}</span>
        </Td>
      </tr>
    </Table>
  );
}
