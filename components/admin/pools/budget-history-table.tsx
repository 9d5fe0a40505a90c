import { getLocale, getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import type { Locale } from "@/lib/i18n/config";
import { formatDateTime, formatKr } from "@/lib/i18n/format";
import type { BudgetHistoryRow } from "@/lib/pools/history";

/** Every change of a funds year's budget: when, from, to, by whom and why (the pool's page and the ledger's). */
export async function BudgetHistoryTable({ caption, rows }: { caption: string; rows: readonly BudgetHistoryRow[] }) {
  const [t, locale] = await Promise.all([getTranslations("poolsAdmin"), getLocale() as Promise<Locale>]);
  return (
    <Table
      caption={caption}
      head={
        <tr>
          <Th>{t("when")}</Th>
          <Th numeric>{t("from")}</Th>
          <Th numeric>{t("to")}</Th>
          <Th>{t("by")}</Th>
          <Th>{t("note")}</Th>
        </tr>
      }
    >
      {rows.map((h) => (
        <tr key={h.id}>
          <Td>{formatDateTime(h.at, locale)}</Td>
          <Td numeric>{h.fromOre === null ? "–" : formatKr(h.fromOre, locale)}</Td>
          <Td numeric>{formatKr(h.toOre, locale)}</Td>
          <Td>{h.by ?? "–"}</Td>
          <Td>{h.note}</Td>
        </tr>
      ))}
    </Table>
  );
}
