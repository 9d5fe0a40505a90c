import { Table, Td, Th } from "@/components/ui/table";
import { checkSecretariatHours, workTotals, type WorkGrid } from "@/lib/projects/model";
import { formatHours } from "@/lib/i18n/format";
import { type Locale } from "@/lib/i18n/config";
import type { Translator } from "@/lib/i18n/translator";

/** The work-distribution grid (tasks × roles) with row and column totals, checked against the estimate. */
export function WorkView({
  grid,
  estimateMinutes,
  t,
  locale,
}: {
  grid: WorkGrid;
  estimateMinutes: number | null;
  t: Translator;
  locale: Locale;
}) {
  if (grid.rows.length === 0) return null;
  const totals = workTotals(grid);
  const cell = (rowId: string, roleId: string) => {
    const c = grid.cells.find((x) => x.rowId === rowId && x.roleId === roleId);
    if (!c) return "";
    return c.minutes !== null ? formatHours(c.minutes, locale) : (c.mark ?? "");
  };
  const check = checkSecretariatHours(estimateMinutes, totals);
  return (
    <>
      <Table
        caption={t("projectView.workCaption")}
        head={
          <tr>
            <Th>{t("projectView.task")}</Th>
            {grid.roles.map((r) => (
              <Th key={r.id} numeric={totals.hasHours}>
                {r.label}
              </Th>
            ))}
            {totals.hasHours ? <Th numeric>{t("projectView.total")}</Th> : null}
          </tr>
        }
      >
        {grid.rows.map((row) => (
          <tr key={row.id}>
            <Td>{row.label}</Td>
            {grid.roles.map((r) => (
              <Td key={r.id} numeric={totals.hasHours}>
                {cell(row.id, r.id)}
              </Td>
            ))}
            {totals.hasHours ? <Td numeric>{formatHours(totals.rowMinutes[row.id] ?? 0, locale)}</Td> : null}
          </tr>
        ))}
        {totals.hasHours ? (
          <tr className="font-bold border-t-2 border-gray-700">
            <Td>{t("projectView.total")}</Td>
            {grid.roles.map((r) => (
              <Td key={r.id} numeric>
                <span data-testid={r.isSecretariat ? "secretariat-hours" : undefined}>
                  {formatHours(totals.roleMinutes[r.id] ?? 0, locale)}
                </span>
              </Td>
            ))}
            <Td numeric>{formatHours(totals.totalMinutes, locale)}</Td>
          </tr>
        ) : null}
      </Table>
      {check !== "unknown" ? (
        <p className={check === "ok" ? "" : "text-danger font-semibold"}>
          {t(`projectView.hoursCheck.${check}`, {
            estimate: formatHours(estimateMinutes ?? 0, locale),
            actual: formatHours(totals.secretariatMinutes, locale),
          })}
        </p>
      ) : null}
    </>
  );
}
