import { getLocale, getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatKr } from "@/lib/i18n/format";
import type { AccountsTotals } from "@/lib/reporting/model";

export type AccountsView = {
  lines: { id: string; label: string; isIncome: boolean; budgetOre: number; actualOre: number }[];
  attachments: { id: string; filename: string; isReceipt: boolean }[];
  totals: AccountsTotals;
};

/**
 * The accounts side by side: budget against actual per expense line, income, the net; the files with their download
 * links (`fileHref`), for the secretariat and for the applicant alike.
 */
export async function AccountsSummary({
  accounts,
  fileHref,
  grantedOre,
}: {
  accounts: AccountsView;
  fileHref: (id: string) => string;
  grantedOre?: number;
}) {
  const [t, locale] = await Promise.all([getTranslations("accountsReview"), getLocale()]);
  const kr = (ore: number) => formatKr(ore, locale as Locale);
  const expenses = accounts.lines.filter((l) => !l.isIncome);
  const income = accounts.lines.filter((l) => l.isIncome);
  const { totals } = accounts;
  return (
    <>
      <Table
        caption={t("title")}
        head={
          <tr>
            <Th>{t("line")}</Th>
            <Th numeric>{t("budgeted")}</Th>
            <Th numeric>{t("actual")}</Th>
            <Th numeric>{t("difference")}</Th>
          </tr>
        }
      >
        {expenses.map((l) => (
          <tr key={l.id}>
            <Td>{l.label}</Td>
            <Td numeric>{kr(l.budgetOre)}</Td>
            <Td numeric>{kr(l.actualOre)}</Td>
            <Td numeric>{kr(l.actualOre - l.budgetOre)}</Td>
          </tr>
        ))}
        <tr className="font-semibold">
          <Td>{t("expenses")}</Td>
          <Td numeric>{kr(totals.budgetOre)}</Td>
          <Td numeric>{kr(totals.expensesOre)}</Td>
          <Td numeric>{kr(totals.expensesOre - totals.budgetOre)}</Td>
        </tr>
        {income.map((l) => (
          <tr key={l.id}>
            <Td>
              {t("income")}: {l.label}
            </Td>
            <Td numeric>–</Td>
            <Td numeric>{kr(l.actualOre)}</Td>
            <Td numeric>–</Td>
          </tr>
        ))}
        <tr>
          <Td>{t("incomeTotal")}</Td>
          <Td numeric>–</Td>
          <Td numeric>{kr(totals.incomeOre)}</Td>
          <Td numeric>–</Td>
        </tr>
        <tr className="font-semibold">
          <Td>{t("net")}</Td>
          <Td numeric>–</Td>
          <Td numeric>
            <span data-testid="accounts-net">{kr(totals.netOre)}</span>
          </Td>
          <Td numeric>{grantedOre !== undefined ? `${t("granted")} ${kr(grantedOre)}` : "–"}</Td>
        </tr>
      </Table>
      <h3 className="text-xl font-semibold mb-2">{t("documents")}</h3>
      {accounts.attachments.length ? (
        <ul className="list-disc pl-6 mb-4" data-testid="accounts-files">
          {accounts.attachments.map((a) => (
            <li key={a.id}>
              <a href={fileHref(a.id)} className="underline">
                {a.filename}
              </a>
              {a.isReceipt ? ` (${t("receipt")})` : ""}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mb-4">{t("noDocuments")}</p>
      )}
    </>
  );
}

/** The latest evaluation, against the success criteria the application stated. */
export async function EvaluationView({
  evaluation,
  successCriteria,
}: {
  evaluation: { text: string; participants: number | null; criteriaText: string; receivedAt: Date };
  successCriteria: string;
}) {
  const [t, locale] = await Promise.all([getTranslations("accountsReview"), getLocale()]);
  return (
    <div className="mb-4" data-testid="evaluation">
      <h3 className="text-xl font-semibold mb-2">
        {t("evaluation")} ({formatDate(evaluation.receivedAt, locale as Locale)})
      </h3>
      <p className="whitespace-pre-line mb-2">{evaluation.text}</p>
      {evaluation.participants !== null ? (
        <p className="mb-2">{t("participants", { count: evaluation.participants })}</p>
      ) : null}
      <p className="font-semibold">{t("successCriteria")}</p>
      <p className="whitespace-pre-line mb-2">{successCriteria || "–"}</p>
      <p className="font-semibold">{t("criteriaText")}</p>
      <p className="whitespace-pre-line">{evaluation.criteriaText || "–"}</p>
    </div>
  );
}
