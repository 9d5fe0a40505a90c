import { getLocale, getTranslations } from "next-intl/server";
import { formatDate, formatKr } from "@/lib/i18n/format";
import { deleteExpenseAction } from "@/lib/project-money/actions";
import type { ProjectMoney } from "@/lib/project-money/queries";
import { Button } from "@/components/ui/button";
import { ButtonForm } from "@/components/ui/button-form";
import { Table, Td, Th } from "@/components/ui/table";

/** The project's expenses, newest first, with their receipts; those who may edit delete one (softly). */
export async function ExpenseList({ money }: { money: ProjectMoney }) {
  const [t, locale] = await Promise.all([getTranslations("projectMoney"), getLocale()]);
  if (money.expenses.length === 0) return <p className="mb-6">{t("noExpenses")}</p>;
  return (
    <Table
      caption={t("expenses")}
      head={
        <tr>
          <Th>{t("dateLabel")}</Th>
          <Th>{t("line")}</Th>
          <Th>{t("fundsYear")}</Th>
          <Th>{t("descriptionLabel")}</Th>
          <Th numeric>{t("amountLabel")}</Th>
          <Th>{t("receiptsLabel")}</Th>
          {money.canSpend ? <Th>{t("actions")}</Th> : null}
        </tr>
      }
    >
      {money.expenses.map((e) => (
        <tr key={e.id} data-testid="expense-row">
          <Td>{formatDate(e.spentOn, locale)}</Td>
          <Td>{e.line ? e.line.label : "–"}</Td>
          <Td>{e.fundsYear ?? "–"}</Td>
          <Td>{e.description}</Td>
          <Td numeric>{formatKr(e.amountOre, locale)}</Td>
          <Td>
            {e.receipts.length === 0 ? (
              "–"
            ) : (
              <ul>
                {e.receipts.map((r) => (
                  <li key={r.id}>
                    <a href={`/api/projects/${money.projectId}/receipts/${r.id}`} className="underline" download>
                      {r.filename}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </Td>
          {money.canSpend ? (
            <Td>
              <ButtonForm action={deleteExpenseAction} fields={{ expenseId: e.id }}>
                <Button type="submit" variant="link">
                  {t("delete")}
                  <span className="sr-only">: {e.description}</span>
                </Button>
              </ButtonForm>
            </Td>
          ) : null}
        </tr>
      ))}
    </Table>
  );
}
