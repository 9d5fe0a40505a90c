"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field, TextAreaField } from "@/components/ui/field";
import { recordDecisionAction } from "@/lib/decisions/actions";
import type { Locale } from "@/lib/i18n/config";
import { useTranslations } from "next-intl";

const outcomes = ["GRANT", "PARTIAL_GRANT", "REFUSAL", "POSTPONED"] as const;

/** The decision: outcome, amount, funds year and reasons (required unless the full amount is granted). */
export function DecisionForm({
  locale: _locale,
  applicationId,
  version,
  defaultYear,
}: {
  locale: Locale;
  applicationId: string;
  version: number;
  defaultYear: number;
}) {
  const t = useTranslations();
  const [state, action, pending] = useActionState(recordDecisionAction, null);
  const fieldErrors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const errors = Object.entries(fieldErrors).map(([field, message]) => ({ field, message }));
  const v = state?.values ?? {};
  if (state?.ok)
    return (
      <p role="status" className="border-l-4 border-brand-600 bg-brand-50 p-3">
        {t("decision.recorded")}
      </p>
    );
  return (
    <form action={action} noValidate key={JSON.stringify(v)}>
      <ErrorSummary
        title={t("scoring.errorSummary", { count: errors.length })}
        errors={errors}
        message={state && !state.ok && errors.length === 0 ? state.message : undefined}
      />
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="version" value={version} />
      <fieldset className="mb-4" id="outcome" aria-describedby={fieldErrors.outcome ? "outcome-error" : undefined}>
        <legend className="font-semibold mb-1">{t("decision.outcome")}</legend>
        {fieldErrors.outcome ? (
          <p id="outcome-error" className="text-danger font-semibold">
            {fieldErrors.outcome}
          </p>
        ) : null}
        {outcomes.map((o) => (
          <label key={o} className="flex items-center gap-2 mb-1">
            <input type="radio" name="outcome" value={o} defaultChecked={v.outcome === o} className="size-5" />{" "}
            {t(`follow.outcomes.${o}`)}
          </label>
        ))}
      </fieldset>
      <Field
        id="amount"
        name="amount"
        inputMode="decimal"
        label={t("decision.amount")}
        hint={t("decision.amountHint")}
        error={fieldErrors.amount}
        defaultValue={v.amount ?? ""}
      />
      <Field
        id="fundsYear"
        name="fundsYear"
        inputMode="numeric"
        label={t("decision.fundsYear")}
        hint={t("decision.fundsYearHint")}
        error={fieldErrors.fundsYear}
        defaultValue={v.fundsYear ?? String(defaultYear)}
      />
      <TextAreaField
        id="reasons"
        name="reasons"
        rows={4}
        label={t("decision.reasons")}
        hint={t("decision.reasonsHint")}
        error={fieldErrors.reasons}
        defaultValue={v.reasons ?? ""}
      />
      <Button type="submit" disabled={pending}>
        {t("decision.record")}
      </Button>
    </form>
  );
}
