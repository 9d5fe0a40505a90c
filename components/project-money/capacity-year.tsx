import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";
import { formatHours } from "@/lib/i18n/format";
import type { CapacityState } from "@/lib/project-money/model";
import { Table, Td, Th } from "@/components/ui/table";

type Year = {
  year: number;
  capacityHours: number | null;
  plannedMinutes: number;
  spentMinutes: number;
  state: CapacityState;
  rows: { id: string; title: string; plannedMinutes: number; spentMinutes: number }[];
};

const marker: Record<CapacityState, string> = {
  over: "border-danger bg-red-50",
  under: "border-green-700 bg-green-50",
  none: "border-gray-500 bg-gray-50",
};

/** One year: the capacity, planned and spent hours per project and in total, and whether it fits. */
export async function CapacityYear({ year: y, locale, children }: { year: Year; locale: Locale; children: ReactNode }) {
  const t = await getTranslations("projectMoney");
  const h = (minutes: number) => formatHours(minutes, locale);
  return (
    <section aria-labelledby={`capacity-${y.year}`} className="mb-10" data-testid={`capacity-${y.year}`}>
      <h2 id={`capacity-${y.year}`} className="text-2xl font-semibold mb-2">
        {y.year}
      </h2>
      <p className={`border-l-4 p-3 mb-4 ${marker[y.state]}`} data-testid={`capacity-state-${y.year}`}>
        <strong>{t(`capacityStates.${y.state}`)}</strong>
        {" · "}
        {y.capacityHours === null
          ? t("capacityNone")
          : t("capacityLine", {
              capacity: h(y.capacityHours * 60),
              planned: h(y.plannedMinutes),
              spent: h(y.spentMinutes),
            })}
      </p>
      {y.rows.length === 0 ? (
        <p className="mb-4">{t("noPlannedHours")}</p>
      ) : (
        <Table
          caption={t("capacityCaption", { year: y.year })}
          head={
            <tr>
              <Th>{t("project")}</Th>
              <Th numeric>{t("planned")}</Th>
              <Th numeric>{t("spentHours")}</Th>
            </tr>
          }
        >
          {y.rows.map((r) => (
            <tr key={r.id}>
              <Td>{r.title}</Td>
              <Td numeric>{h(r.plannedMinutes)}</Td>
              <Td numeric>{h(r.spentMinutes)}</Td>
            </tr>
          ))}
          <tr className="font-semibold">
            <Td>{t("total")}</Td>
            <Td numeric>{h(y.plannedMinutes)}</Td>
            <Td numeric>{h(y.spentMinutes)}</Td>
          </tr>
        </Table>
      )}
      {children}
    </section>
  );
}
