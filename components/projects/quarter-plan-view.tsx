import { Table, Td, Th } from "@/components/ui/table";
import { quarterIndex, quarterRange } from "@/lib/projects/model";
import { formatQuarter } from "@/lib/i18n/format";
import { type Locale } from "@/lib/i18n/config";
import type { Translator } from "@/lib/i18n/translator";

type Span = {
  id: string;
  rowLabel: string;
  startYear: number;
  startQuarter: number;
  endYear: number;
  endQuarter: number;
  label: string;
};

/** A programme's quarterly plan: one row per intervention, spans across quarters. */
export function QuarterPlanView({ spans, t, locale }: { spans: Span[]; t: Translator; locale: Locale }) {
  if (spans.length === 0) return null;
  const first = spans.reduce(
    (m, s) => Math.min(m, quarterIndex({ year: s.startYear, quarter: s.startQuarter })),
    Infinity,
  );
  const last = spans.reduce((m, s) => Math.max(m, quarterIndex({ year: s.endYear, quarter: s.endQuarter })), -Infinity);
  const quarters = quarterRange(
    { year: Math.floor(first / 4), quarter: (first % 4) + 1 },
    { year: Math.floor(last / 4), quarter: (last % 4) + 1 },
  );
  const rows = [...new Set(spans.map((s) => s.rowLabel))];
  return (
    <Table
      caption={t("projectView.quarterPlan")}
      head={
        <tr>
          <Th>{t("projectView.intervention")}</Th>
          {quarters.map((q) => (
            <Th key={quarterIndex(q)}>{formatQuarter(q.year, q.quarter, locale)}</Th>
          ))}
        </tr>
      }
    >
      {rows.map((row) => {
        const cells: React.ReactNode[] = [];
        let i = 0;
        while (i < quarters.length) {
          const qi = quarterIndex(quarters[i]!);
          const span = spans.find(
            (s) => s.rowLabel === row && quarterIndex({ year: s.startYear, quarter: s.startQuarter }) === qi,
          );
          if (span) {
            const width = quarterIndex({ year: span.endYear, quarter: span.endQuarter }) - qi + 1;
            cells.push(
              <td key={qi} colSpan={width} className="px-2 py-2 border border-gray-300 bg-brand-50 text-sm align-top">
                {span.label}
              </td>,
            );
            i += width;
          } else {
            cells.push(<Td key={qi}>{""}</Td>);
            i += 1;
          }
        }
        return (
          <tr key={row}>
            <Td>{row}</Td>
            {cells}
          </tr>
        );
      })}
    </Table>
  );
}
