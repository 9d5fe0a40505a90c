"use client";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field, TextAreaField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { RadioGroup } from "@/components/ui/radio-group";
import { useFormAction } from "@/components/ui/use-form-action";
import { changeProjectStatusAction } from "@/lib/projects/actions";
import type { Locale } from "@/lib/i18n/config";
import { useTranslations } from "next-intl";
import type { MessageKey } from "@/lib/i18n/messages";

type Move = { to: string; amount: boolean; reason: boolean };

/** The moves this person may make from the project's status; an amount and a reason where the move needs them. */
export function StatusForm({
  locale: _locale,
  projectId,
  status,
  moves,
}: {
  locale: Locale;
  projectId: string;
  status: string;
  moves: Move[];
}) {
  const t = useTranslations();
  const f = useFormAction(changeProjectStatusAction, "status-");
  const values = f.ok ? {} : f.values;
  const needsAmount = moves
    .filter((m) => m.amount)
    .map((m) => t(`project.statuses.${m.to}` as MessageKey).toLowerCase());
  return (
    <form action={f.formAction} noValidate key={`${status}-${f.key}`} className="max-w-xl">
      {f.ok ? <Notice>{t("projectWorkflow.moved")}</Notice> : null}
      <ErrorSummary
        title={t("scoring.errorSummary", { count: f.errors.length })}
        errors={f.errors}
        message={f.message}
      />
      <input type="hidden" name="projectId" value={projectId} />
      <input type="hidden" name="expected" value={status} />
      <RadioGroup
        id="status-to"
        name="to"
        legend={t("projectWorkflow.moveTo")}
        options={moves.map((m) => ({ value: m.to, label: t(`projectWorkflow.moves.${m.to}` as MessageKey) }))}
        error={f.fieldErrors.to}
        defaultValue={values.to}
      />
      {needsAmount.length ? (
        <Field
          id="status-amount"
          name="amount"
          inputMode="decimal"
          label={t("projectWorkflow.amount")}
          hint={t("projectWorkflow.amountHint", { moves: needsAmount.join(", ") })}
          error={f.fieldErrors.amount}
          defaultValue={values.amount ?? ""}
        />
      ) : null}
      <TextAreaField
        id="status-reason"
        name="reason"
        rows={3}
        label={t("projectWorkflow.reason")}
        hint={t("projectWorkflow.reasonHint")}
        error={f.fieldErrors.reason}
        defaultValue={values.reason ?? ""}
      />
      <Button type="submit" disabled={f.pending}>
        {t("projectWorkflow.submit")}
      </Button>
    </form>
  );
}
