import type { Metadata } from "next";
import Link from "next/link";
import type { Route } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PoolBudgetForm } from "@/components/admin/pools/pool-budget-form";
import { LedgerChart } from "@/components/ledger/ledger-chart";
import { LedgerFigures } from "@/components/ledger/ledger-figures";
import { MovementsTable } from "@/components/ledger/movements-table";
import { IntlScope } from "@/components/ui/intl-scope";
import { BudgetHistoryTable } from "@/components/admin/pools/budget-history-table";
import { getActor, requirePermission } from "@/lib/auth/session";
import { getPoolYearPage } from "@/lib/ledger/queries";
import { kronerText } from "@/lib/pools/model";

type Props = { params: Promise<{ id: string; year: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, year } = await params;
  const [t, actor] = await Promise.all([getTranslations(), getActor()]);
  const page = actor ? await getPoolYearPage(actor, id, Number(year)) : null;
  return {
    title: page ? t("ledger.pageTitle", { pool: page.pool.name, year: page.poolYear.year }) : t("errors.notFoundTitle"),
  };
}

/**
 * One pool's funds year: its figures, a chart of the year with its table, every movement (also as CSV), and the
 * budget with its history, changed through the pool admin's one budget form by whoever manages the pool.
 */
export default async function PoolYearLedgerPage({ params }: Props) {
  const { id, year } = await params;
  const actor = await requirePermission("ledger:read", `/pools/${id}/${year}`);
  const [t, locale, page] = await Promise.all([
    getTranslations("ledger"),
    getLocale(),
    getPoolYearPage(actor, id, Number(year)),
  ]);
  if (!page) notFound();
  const y = page.poolYear;
  return (
    <div>
      <p className="mb-2">
        <Link href="/pools" className="underline">
          ← {t("back")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold mb-1">{t("yearTitle", { pool: page.pool.name, year: y.year })}</h1>
      <p className="text-muted mb-6">{page.pool.committee}</p>
      <LedgerFigures year={y.year} ledger={page.ledger} locale={locale} />
      <LedgerChart year={y.year} months={page.months} locale={locale} />
      <MovementsTable movements={page.movements} locale={locale} />
      <p className="mb-8">
        <a href={`/api/pools/${page.pool.id}/${y.year}/ledger.csv`} className="underline font-semibold" download>
          {t("csv")}
        </a>
      </p>
      <section aria-labelledby="ledger-budget" className="mb-8">
        <h2 id="ledger-budget" className="text-2xl font-semibold mb-3">
          {t("budgetHeading")}
        </h2>
        <BudgetHistoryTable caption={t("history")} rows={page.history} />
        {page.canManageBudget ? (
          <>
            <IntlScope namespaces={["poolsAdmin"]}>
              <PoolBudgetForm
                poolYearId={y.id}
                year={y.year}
                version={y.version}
                budget={kronerText(page.ledger.budgetOre)}
              />
            </IntlScope>
            <p className="mt-4">
              <Link
                href={`/admin/committees/${page.pool.committeeId}/pools/${page.pool.id}` as Route}
                className="underline"
              >
                {t("poolAdmin")}
              </Link>
            </p>
          </>
        ) : null}
      </section>
    </div>
  );
}
