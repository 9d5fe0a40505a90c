import { getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import type { Locale } from "@/lib/i18n/config";
import { formatKr, formatMonth } from "@/lib/i18n/format";
import type { MonthPoint } from "@/lib/ledger/model";

const W = 640;
const H = 280;
const pad = { left: 16, right: 16, top: 16, bottom: 32 };

// Three lines told apart by their dash as well as their colour, so the chart reads without colour too.
const series = [
  { key: "budgetOre", label: "budget", stroke: "#1f2937", dash: undefined },
  { key: "committedOre", label: "committedNet", stroke: "#1d4ed8", dash: "8 4" },
  { key: "paidOre", label: "paid", stroke: "#047857", dash: "2 4" },
] as const;

/**
 * Budget, committed (less returns) and paid at the end of each month of the funds year: an inline SVG drawn on the
 * server, its words in a text alternative, and the same figures in a table beside it for screen readers.
 */
export async function LedgerChart({ year, months, locale }: { year: number; months: MonthPoint[]; locale: Locale }) {
  const t = await getTranslations("ledger");
  const top = Math.max(1, ...months.flatMap((m) => [m.budgetOre, m.committedOre, m.paidOre]));
  const bottom = Math.min(0, ...months.flatMap((m) => [m.committedOre, m.paidOre]));
  const x = (i: number) => pad.left + (i * (W - pad.left - pad.right)) / Math.max(1, months.length - 1);
  const y = (v: number) => pad.top + ((top - v) * (H - pad.top - pad.bottom)) / (top - bottom);
  const last = months.at(-1);
  const alt = t("chartAlt", {
    year,
    budget: formatKr(last?.budgetOre ?? 0, locale),
    committed: formatKr(last?.committedOre ?? 0, locale),
    paid: formatKr(last?.paidOre ?? 0, locale),
  });
  return (
    <section aria-labelledby="ledger-chart" className="mb-8">
      <h2 id="ledger-chart" className="text-2xl font-semibold mb-3">
        {t("chartTitle", { year })}
      </h2>
      <div className="grid gap-6 lg:grid-cols-2">
        <figure className="m-0">
          <svg
            viewBox={`0 0 ${W} ${H}`}
            className="w-full h-auto border border-gray-200"
            role="img"
            aria-labelledby="ledger-chart-alt"
          >
            <title id="ledger-chart-alt">{alt}</title>
            <line x1={pad.left} x2={W - pad.right} y1={y(0)} y2={y(0)} stroke="#9ca3af" />
            {months.map((m, i) => (
              <text key={m.month} x={x(i)} y={H - 10} fontSize="12" textAnchor="middle" fill="#374151">
                {m.month}
              </text>
            ))}
            {series.map((s) => (
              <polyline
                key={s.key}
                fill="none"
                stroke={s.stroke}
                strokeWidth="3"
                strokeDasharray={s.dash}
                points={months.map((m, i) => `${x(i).toFixed(1)},${y(m[s.key]).toFixed(1)}`).join(" ")}
              />
            ))}
          </svg>
          <figcaption>
            <ul className="flex flex-wrap gap-x-6 gap-y-1 mt-2">
              {series.map((s) => (
                <li key={s.key} className="flex items-center gap-2">
                  <svg width="32" height="8" aria-hidden="true">
                    <line x1="0" x2="32" y1="4" y2="4" stroke={s.stroke} strokeWidth="3" strokeDasharray={s.dash} />
                  </svg>
                  {t(s.label)}
                </li>
              ))}
            </ul>
          </figcaption>
        </figure>
        <Table
          caption={t("chartTable")}
          head={
            <tr>
              <Th>{t("month")}</Th>
              <Th numeric>{t("budget")}</Th>
              <Th numeric>{t("committedNet")}</Th>
              <Th numeric>{t("paid")}</Th>
            </tr>
          }
        >
          {months.map((m) => (
            <tr key={m.month}>
              <Td>{formatMonth(year, m.month, locale)}</Td>
              <Td numeric>{formatKr(m.budgetOre, locale)}</Td>
              <Td numeric>{formatKr(m.committedOre, locale)}</Td>
              <Td numeric>{formatKr(m.paidOre, locale)}</Td>
            </tr>
          ))}
        </Table>
      </div>
    </section>
  );
}
