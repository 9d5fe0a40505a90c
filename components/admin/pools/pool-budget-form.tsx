"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import { changePoolBudgetAction } from "@/lib/pools/actions";
import { poolBudgetSchema } from "@/lib/pools/schema";

/** Change one funds year's budget, with a note saying why (the history shows it). */
export function PoolBudgetForm({
  poolYearId,
  year,
  version,
  budget,
}: {
  poolYearId: string;
  year: number;
  version: number;
  budget: string;
}) {
  const t = useTranslations("poolsAdmin");
  const f = useActionForm({
    action: changePoolBudgetAction,
    schema: poolBudgetSchema,
    idPrefix: `year-${year}-`,
    defaultValues: { poolYearId, version, budget, note: "" },
    onSuccess: (_, form) => form.setValue("note", ""),
  });
  return (
    <ActionForm handle={f} summary="poolsAdmin.errorSummary" aria-label={t("changeBudgetFor", { year })}>
      {f.ok ? <Notice>{t("budgetChanged")}</Notice> : null}
      {f.code === "conflict" ? <p className="text-danger font-semibold mb-4">{t("conflict")}</p> : null}
      <input type="hidden" name="poolYearId" value={poolYearId} />
      <input type="hidden" name="version" value={version} />
      <Field inputMode="decimal" label={t("newBudget", { year })} hint={t("amountHint")} {...f.field("budget")} />
      <Field label={t("changeNote")} {...f.field("note")} />
      <Button type="submit" variant="secondary" disabled={f.pending}>
        {t("changeBudget")}
      </Button>
    </ActionForm>
  );
}
