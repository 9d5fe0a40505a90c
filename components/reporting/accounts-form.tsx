"use client";
import { useLocale, useTranslations } from "next-intl";
import { useFieldArray, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, TextAreaField } from "@/components/ui/field";
import { ActionForm, fieldId, useActionForm } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import { attachmentTypes, parseKroner } from "@/lib/applications/model";
import type { Locale } from "@/lib/i18n/config";
import { formatKr } from "@/lib/i18n/format";
import { submitAccountsAction } from "@/lib/reporting/actions";
import { accountsFormSchema } from "@/lib/reporting/schema";

export type AccountsFormProps = {
  access: { token?: string; applicationId?: string };
  version: number;
  budget: { id: string; label: string; amountOre: number }[];
  initial: {
    actual: Record<string, string>;
    income: { label: string; amount: string }[];
    text: string;
    participants: string;
    criteriaText: string;
    submittedName: string;
  };
  successCriteria: string;
  returned: boolean;
};

const sum = (values: readonly (string | undefined)[]) => values.reduce((s, v) => s + (parseKroner(v ?? "") ?? 0), 0);

/**
 * The accounts: the actual amount beside each expense line of the application's budget, income rows, the
 * documentation (receipts apart from photos and flyers), the evaluation against the application's success criteria.
 */
export function AccountsForm({ access, version, budget, initial, successCriteria, returned }: AccountsFormProps) {
  const t = useTranslations("reporting");
  const locale = useLocale() as Locale;
  const f = useActionForm({
    action: submitAccountsAction,
    schema: accountsFormSchema,
    sendFailed: "reporting.sendFailed",
    defaultValues: {
      ...access,
      version,
      lines: budget.map((b) => ({ budgetLineId: b.id, actual: initial.actual[b.id] ?? "" })),
      income: initial.income,
      text: initial.text,
      participants: initial.participants,
      criteriaText: initial.criteriaText,
      answer: "",
      submittedName: initial.submittedName,
    },
  });
  const income = useFieldArray({ control: f.form.control, name: "income" });
  const lines = useWatch({ control: f.form.control, name: "lines" }) ?? [];
  const incomeRows = useWatch({ control: f.form.control, name: "income" }) ?? [];
  const expensesOre = sum(lines.map((l) => l?.actual));
  const incomeOre = sum(incomeRows.map((r) => r?.amount));
  if (f.ok) return <Notice>{t("sent")}</Notice>;
  const kr = (ore: number) => formatKr(ore, locale);
  return (
    <ActionForm handle={f} summary="reporting.errorSummary" aria-label={t("title")}>
      {access.token ? <input type="hidden" name="token" value={access.token} /> : null}
      {access.applicationId ? <input type="hidden" name="applicationId" value={access.applicationId} /> : null}
      <input type="hidden" name="version" value={version} />
      {returned ? <TextAreaField rows={4} label={t("answer")} {...f.field("answer")} /> : null}

      <fieldset id={fieldId("lines")} className="mb-6">
        <legend className="text-xl font-semibold mb-2">{t("linesLegend")}</legend>
        <p className="text-sm text-muted mb-3">{t("linesHint")}</p>
        {f.error("lines") ? <p className="text-danger font-semibold mb-2">{f.error("lines")}</p> : null}
        {budget.map((b, i) => (
          <div key={b.id}>
            <input type="hidden" name={`lines.${i}.budgetLineId`} value={b.id} />
            <Field
              inputMode="decimal"
              label={t("actualFor", { label: b.label, amount: kr(b.amountOre) })}
              {...f.field(`lines.${i}.actual`)}
            />
          </div>
        ))}
        <p className="font-semibold">
          {t("expenses")}: <span data-testid="expenses-total">{kr(expensesOre)}</span>
        </p>
      </fieldset>

      <fieldset className="mb-6">
        <legend className="text-xl font-semibold mb-2">{t("incomeLegend")}</legend>
        <p className="text-sm text-muted mb-3">{t("incomeHint")}</p>
        {income.fields.length === 0 ? <p className="mb-3">{t("noIncome")}</p> : null}
        {income.fields.map((row, i) => (
          <div key={row.id} className="flex flex-wrap gap-x-4 items-end border-l-4 border-gray-300 pl-3 mb-3">
            <Field label={t("incomeLabel", { number: i + 1 })} {...f.field(`income.${i}.label`)} />
            <Field
              inputMode="decimal"
              label={t("incomeAmount", { number: i + 1 })}
              {...f.field(`income.${i}.amount`)}
            />
            <Button type="button" variant="link" className="mb-6" onClick={() => income.remove(i)}>
              {t("removeIncome", { number: i + 1 })}
            </Button>
          </div>
        ))}
        <Button type="button" variant="secondary" onClick={() => income.append({ label: "", amount: "" })}>
          {t("addIncome")}
        </Button>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 mt-4">
          <dt>{t("incomeTotal")}</dt>
          <dd>{kr(incomeOre)}</dd>
          <dt className="font-semibold">{t("net")}</dt>
          <dd className="font-semibold" data-testid="net-total">
            {kr(expensesOre - incomeOre)}
          </dd>
        </dl>
      </fieldset>

      <fieldset className="mb-6">
        <legend className="text-xl font-semibold mb-2">{t("documentsLegend")}</legend>
        <Field
          type="file"
          multiple
          accept={attachmentTypes.join(",")}
          label={t("receipts")}
          hint={t("receiptsHint")}
          {...f.field("receipts")}
        />
        <Field
          type="file"
          multiple
          accept={attachmentTypes.join(",")}
          label={t("documents")}
          hint={t("documentsHint")}
          {...f.field("documents")}
        />
      </fieldset>

      <fieldset className="mb-6">
        <legend className="text-xl font-semibold mb-2">{t("evaluationLegend")}</legend>
        <TextAreaField rows={4} label={t("text")} {...f.field("text")} />
        <Field inputMode="numeric" label={t("participants")} {...f.field("participants")} />
        <div className="border-l-4 border-brand-600 bg-brand-50 p-3 mb-3">
          <h3 className="font-semibold">{t("successCriteria")}</h3>
          <p className="whitespace-pre-line" data-testid="success-criteria">
            {successCriteria || t("noCriteria")}
          </p>
        </div>
        <TextAreaField rows={4} label={t("criteriaText")} {...f.field("criteriaText")} />
      </fieldset>

      <Field label={t("submittedName")} autoComplete="name" {...f.field("submittedName")} />
      <Button type="submit" disabled={f.pending}>
        {f.pending ? t("sending") : t("submit")}
      </Button>
    </ActionForm>
  );
}
