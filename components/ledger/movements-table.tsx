import { getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatKr } from "@/lib/i18n/format";
import type { Movement } from "@/lib/ledger/model";

/** Every movement of the funds year, oldest first, as the CSV has them. */
export async function MovementsTable({ movements, locale }: { movements: Movement[]; locale: Locale }) {
  const t = await getTranslations("ledger");
  return (
    <section aria-labelledby="ledger-movements" className="mb-8">
      <h2 id="ledger-movements" className="text-2xl font-semibold mb-3">
        {t("movements")}
      </h2>
      <p className="text-muted mb-3">{t("signNote")}</p>
      {movements.length === 0 ? (
        <p>{t("noMovements")}</p>
      ) : (
        <Table
          caption={t("movements")}
          captionHidden
          head={
            <tr>
              <Th>{t("date")}</Th>
              <Th>{t("kind")}</Th>
              <Th>{t("reference")}</Th>
              <Th>{t("description")}</Th>
              <Th numeric>{t("amount")}</Th>
            </tr>
          }
        >
          {movements.map((m) => (
            <tr key={`${m.kind}-${m.id}`} data-testid="movement">
              <Td>{formatDate(m.date, locale)}</Td>
              <Td>
                {t(`kinds.${m.kind}`)}
                {m.conditional ? ` (${t("conditionalMark")})` : ""}
              </Td>
              <Td>{m.hidden ? <span className="text-muted">{t("hiddenCase")}</span> : m.reference}</Td>
              <Td>{m.description}</Td>
              <Td numeric>{formatKr(m.amountOre, locale)}</Td>
            </tr>
          ))}
        </Table>
      )}
    </section>
  );
}
