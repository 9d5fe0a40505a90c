import type { Metadata } from "next";
import Link from "next/link";
import type { Route } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { CommitteeNav } from "@/components/admin/committees/committee-nav";
import { PoolBudgetForm } from "@/components/admin/pools/pool-budget-form";
import { PoolForm } from "@/components/admin/pools/pool-form";
import { PoolYearForm } from "@/components/admin/pools/pool-year-form";
import { IntlScope } from "@/components/ui/intl-scope";
import { BudgetHistoryTable } from "@/components/admin/pools/budget-history-table";
import { requireCommitteeStaff } from "@/lib/committees/page-access";
import { formatKr } from "@/lib/i18n/format";
import { kronerText } from "@/lib/pools/model";
import { getPoolName, getPoolPage } from "@/lib/pools/queries";

type Props = { params: Promise<{ id: string; poolId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const actor = await requireCommitteeStaff("/admin/committees");
  const pool = await getPoolName(actor, (await params).poolId);
  return { title: pool?.name ?? (await getTranslations())("errors.notFoundTitle") };
}

/** A pool: its rules and figures, its funds years, and every change of each year's budget. */
export default async function PoolPage({ params }: Props) {
  const { id, poolId } = await params;
  const actor = await requireCommitteeStaff(`/admin/committees/${id}/pools/${poolId}`);
  const [t, locale, page] = await Promise.all([
    getTranslations("poolsAdmin"),
    getLocale(),
    getPoolPage(actor, id, poolId),
  ]);
  if (!page) notFound();
  const f = page.figures;
  return (
    <div className="max-w-3xl">
      <CommitteeNav committee={page.committee} current="pools" />
      <p className="mb-2">
        <Link href={`/admin/committees/${id}/pools` as Route} className="underline">
          ← {t("pools")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold mb-4">{page.pool.name}</h1>
      <IntlScope namespaces={["poolsAdmin"]}>
        <PoolForm
          committeeId={id}
          poolId={page.pool.id}
          version={page.pool.version}
          initial={{
            name: f.name,
            description: f.description,
            rules: f.rules,
            ceiling: kronerText(f.ceilingOre),
            advanceSharePct: f.advanceSharePct === null ? "" : String(f.advanceSharePct),
            auditorLimit: kronerText(f.auditorLimitOre),
            accountsDeadlineMonths: String(f.accountsDeadlineMonths),
          }}
        />
        <h2 className="text-2xl font-semibold mb-3">{t("years")}</h2>
        {page.years.length === 0 ? <p className="mb-6">{t("noYears")}</p> : null}
        {page.years.map((y) => (
          <section key={y.id} aria-labelledby={`year-${y.year}`} className="mb-8" data-testid={`year-${y.year}`}>
            <h3 id={`year-${y.year}`} className="text-xl font-semibold mb-2">
              {t("yearBudget", { year: y.year, budget: formatKr(y.budgetOre, locale) })}
            </h3>
            <BudgetHistoryTable caption={t("historyFor", { year: y.year })} rows={y.history} />
            <div className="mt-3">
              <PoolBudgetForm poolYearId={y.id} year={y.year} version={y.version} budget={kronerText(y.budgetOre)} />
            </div>
          </section>
        ))}
        <h2 className="text-2xl font-semibold mb-3">{t("addYear")}</h2>
        <PoolYearForm poolId={page.pool.id} />
      </IntlScope>
    </div>
  );
}
