import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";
import { formatKr } from "@/lib/i18n/format";
import type { Ledger } from "@/lib/grants/model";

/** One funds year's figures as a list of terms: budget, committed (conditional apart), returned, paid, left. */
export async function LedgerFigures({ year, ledger, locale }: { year: number; ledger: Ledger; locale: Locale }) {
  const t = await getTranslations("ledger");
  const rows = [
    ["budget", ledger.budgetOre],
    ["committed", ledger.committedOre],
    ["conditional", ledger.conditionalOre],
    ["released", ledger.releasedOre],
    ["paid", ledger.paidOre],
    ["outstanding", ledger.outstandingOre],
    ["available", ledger.availableOre],
  ] as const;
  return (
    <section aria-labelledby="ledger-figures" className="mb-8">
      <h2 id="ledger-figures" className="text-2xl font-semibold mb-3">
        {t("figures", { year })}
      </h2>
      <dl className="grid grid-cols-1 sm:grid-cols-2 gap-x-8 gap-y-2 max-w-2xl">
        {rows.map(([key, ore]) => (
          <div
            key={key}
            className="flex justify-between gap-4 border-b border-gray-200 py-1"
            data-testid={`ledger-${key}`}
          >
            <dt className={key === "conditional" ? "pl-4" : "font-semibold"}>{t(key)}</dt>
            <dd className="tabular-nums text-right">{formatKr(ore, locale)}</dd>
          </div>
        ))}
      </dl>
      {ledger.conditionalOre > 0 ? <p className="text-muted mt-2">{t("conditionalHint")}</p> : null}
    </section>
  );
}
