import { getLocale, getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/permissions";
import { formatKr } from "@/lib/i18n/format";
import { getProjectMoney } from "@/lib/project-money/queries";
import { IntlScope } from "@/components/ui/intl-scope";
import { Table, Td, Th } from "@/components/ui/table";
import { ExpenseForm } from "./expense-form";
import { ExpenseList } from "./expense-list";
import { ProjectHoursPart } from "./project-hours";

/**
 * The project's own money on its page: budgeted against spent per budget line, what is left of the approved amount
 * per funds year, the expenses with their receipts, and the secretariat's hours against the estimate.
 */
export async function ProjectMoneySection({ actor, projectId }: { actor: Actor; projectId: string }) {
  const [t, locale, money] = await Promise.all([
    getTranslations("projectMoney"),
    getLocale(),
    getProjectMoney(actor, projectId),
  ]);
  if (!money) return null;
  const kr = (ore: number) => formatKr(ore, locale);
  const { summary } = money;
  return (
    <section id="money" aria-labelledby="money-heading" className="mt-12 border-t-2 border-gray-300 pt-6 no-print">
      <h2 id="money-heading" className="text-2xl font-semibold mb-3">
        {t("title")}
      </h2>
      {!money.approved ? (
        <p className="mb-6" data-testid="money-not-approved">
          {t("notApproved")}
        </p>
      ) : (
        <>
          <Table
            caption={t("budgetCaption")}
            head={
              <tr>
                <Th>{t("line")}</Th>
                <Th numeric>{t("budget")}</Th>
                <Th numeric>{t("spent")}</Th>
                <Th numeric>{t("left")}</Th>
              </tr>
            }
          >
            {summary.rows.map((r) => (
              <tr key={r.id}>
                <Td>{r.year ? `${r.label} (${r.year})` : r.label}</Td>
                <Td numeric>{kr(r.budgetOre)}</Td>
                <Td numeric>{kr(r.spentOre)}</Td>
                <Td numeric>{r.leftOre < 0 ? <strong>{kr(r.leftOre)}</strong> : kr(r.leftOre)}</Td>
              </tr>
            ))}
            {summary.unplaced.count > 0 ? (
              <tr data-testid="money-unplaced">
                <Td>{t("unplaced", { count: summary.unplaced.count })}</Td>
                <Td numeric>–</Td>
                <Td numeric>{kr(summary.unplaced.spentOre)}</Td>
                <Td numeric>–</Td>
              </tr>
            ) : null}
            <tr className="font-semibold" data-testid="money-total">
              <Td>{t("total")}</Td>
              <Td numeric>{kr(summary.total.budgetOre)}</Td>
              <Td numeric>{kr(summary.total.spentOre)}</Td>
              <Td numeric>{kr(summary.total.leftOre)}</Td>
            </tr>
          </Table>
          <Table
            caption={t("fundsCaption", { amount: kr(summary.approvedOre) })}
            head={
              <tr>
                <Th>{t("fundsYear")}</Th>
                <Th numeric>{t("approved")}</Th>
                <Th numeric>{t("released")}</Th>
                <Th numeric>{t("spent")}</Th>
                <Th numeric>{t("left")}</Th>
              </tr>
            }
          >
            {summary.funds.map((y) => (
              <tr key={y.id} data-testid={`funds-${y.year}`}>
                <Td>{y.year}</Td>
                <Td numeric>{kr(y.amountOre)}</Td>
                <Td numeric>{kr(y.releasedOre)}</Td>
                <Td numeric>{kr(y.spentOre)}</Td>
                <Td numeric>{kr(y.leftOre)}</Td>
              </tr>
            ))}
          </Table>
          <ExpenseList money={money} />
          {money.closed ? (
            <p className="mt-6" data-testid="money-closed">
              {t("closedNote")}
            </p>
          ) : null}
          {money.canSpend ? (
            <>
              <h3 id="add-expense-heading" className="text-xl font-semibold mt-6 mb-2">
                {t("addExpense")}
              </h3>
              <IntlScope namespaces={["projectMoney"]}>
                <ExpenseForm
                  projectId={money.projectId}
                  lines={money.lines.map((l) => ({
                    value: l.id,
                    label: [l.group, l.label, l.year].filter((x) => x !== null && x !== "").join(" · "),
                  }))}
                  years={money.years.map((y) => ({ value: y.id, label: String(y.year) }))}
                />
              </IntlScope>
            </>
          ) : null}
        </>
      )}
      <ProjectHoursPart money={money} me={actor.id} />
    </section>
  );
}
