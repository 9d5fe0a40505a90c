"use client";
import { useRef } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, TextAreaField } from "@/components/ui/field";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import { SelectField } from "@/components/ui/select";
import { addExpenseAction } from "@/lib/project-money/actions";
import { expenseSchema } from "@/lib/project-money/schema";

type Choice = { value: string; label: string };

/** An expense on one of the project's budget lines, with its receipts; the server checks the line, year and files. */
export function ExpenseForm({ projectId, lines, years }: { projectId: string; lines: Choice[]; years: Choice[] }) {
  const t = useTranslations("projectMoney");
  const receipts = useRef<HTMLInputElement>(null);
  const blank = { projectId, budgetLineId: "", decisionYearId: "", amount: "", spentOn: "", description: "" };
  const f = useActionForm({
    action: addExpenseAction,
    schema: expenseSchema,
    idPrefix: "expense-",
    defaultValues: blank,
    onSuccess: (_, form) => {
      form.reset(blank);
      if (receipts.current) receipts.current.value = "";
    },
  });
  const receiptsError = f.error("receipts");
  return (
    <ActionForm handle={f} summary="projectMoney.errorSummary" aria-labelledby="add-expense-heading">
      {f.ok ? <Notice>{t("expenseSaved")}</Notice> : null}
      <input type="hidden" name="projectId" value={projectId} />
      <SelectField label={t("lineLabel")} {...f.field("budgetLineId")}>
        <option value="">{t("chooseLine")}</option>
        {lines.map((l) => (
          <option key={l.value} value={l.value}>
            {l.label}
          </option>
        ))}
      </SelectField>
      <SelectField label={t("fundsYearLabel")} {...f.field("decisionYearId")}>
        <option value="">{t("autoYear")}</option>
        {years.map((y) => (
          <option key={y.value} value={y.value}>
            {y.label}
          </option>
        ))}
      </SelectField>
      <Field inputMode="decimal" label={t("amountLabel")} hint={t("amountHint")} {...f.field("amount")} />
      <Field type="date" label={t("dateLabel")} className="max-w-xs" {...f.field("spentOn")} />
      <TextAreaField label={t("descriptionLabel")} rows={2} {...f.field("description")} />
      <div className="mb-4">
        <label htmlFor="expense-receipts" className="block font-semibold mb-1">
          {t("receiptsLabel")}
        </label>
        <p id="expense-receipts-hint" className="text-sm text-muted mb-1">
          {t("receiptsHint")}
        </p>
        {receiptsError ? (
          <p id="expense-receipts-error" className="text-danger font-semibold mb-1">
            {receiptsError}
          </p>
        ) : null}
        <input
          ref={receipts}
          id="expense-receipts"
          name="receipts"
          type="file"
          multiple
          accept="application/pdf,image/png,image/jpeg,image/webp"
          aria-invalid={receiptsError ? true : undefined}
          aria-describedby={`expense-receipts-hint${receiptsError ? " expense-receipts-error" : ""}`}
        />
      </div>
      <Button type="submit" disabled={f.pending}>
        {t("saveExpense")}
      </Button>
    </ActionForm>
  );
}
