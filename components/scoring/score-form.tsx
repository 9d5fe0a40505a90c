"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Button } from "@/components/ui/button";
import { saveScoresAction } from "@/lib/scoring/actions";
import type { Locale } from "@/lib/i18n/config";
import { useTranslations } from "next-intl";

type Criterion = {
  id: string;
  title: string;
  description: string;
  weight: number;
  scaleMin: number;
  scaleMax: number;
  allowNotApplicable: boolean;
  planGoal: { title: string } | null;
  steps: { value: number; label: string }[];
};
type Mine = { criterionId: string; value: number | null; notApplicable: boolean; comment: string };

/**
 * The score sheet: one radio group per criterion (keyboard: arrow keys move
 * within a group, Tab to the next), big enough to tap on a tablet. It posts
 * natively, so it also works before hydration; nothing typed is lost on an error.
 */
export function ScoreForm({
  locale: _locale,
  applicationId,
  criteria,
  mine,
}: {
  locale: Locale;
  applicationId: string;
  criteria: Criterion[];
  mine: Mine[];
}) {
  const t = useTranslations();
  const [state, action, pending] = useActionState(saveScoresAction, null);
  const values = state?.values;
  const initial = (c: Criterion) => {
    if (values) return values[`score-${c.id}`] ?? "";
    const m = mine.find((x) => x.criterionId === c.id);
    return m ? (m.notApplicable ? "na" : m.value === null ? "" : String(m.value)) : "";
  };
  const initialComment = (c: Criterion) =>
    values?.[`comment-${c.id}`] ?? mine.find((x) => x.criterionId === c.id)?.comment ?? "";
  const fieldErrors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const errors = Object.entries(fieldErrors).map(([field, message]) => ({ field, message }));
  const key = state ? JSON.stringify(state.values ?? {}) + String(state.ok) : "initial";

  return (
    <form action={action} key={key} noValidate>
      <ErrorSummary
        title={t("scoring.errorSummary", { count: errors.length })}
        errors={errors}
        message={state && !state.ok && errors.length === 0 ? state.message : undefined}
      />
      {state?.ok ? (
        <p role="status" className="mb-6 border-l-4 border-brand-600 bg-brand-50 p-3">
          {state.data.submitted ? t("scoring.submitted") : t("scoring.saved")}
        </p>
      ) : null}
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="criteria" value={criteria.map((c) => c.id).join(",")} />
      {criteria.map((c) => {
        const error = fieldErrors[`score-${c.id}`];
        // Every value on the scale; the labelled steps name some or all of them.
        const steps = Array.from({ length: c.scaleMax - c.scaleMin + 1 }, (_, i) => ({
          value: c.scaleMin + i,
          label: c.steps.find((x) => x.value === c.scaleMin + i)?.label ?? "",
        }));
        return (
          <fieldset
            key={c.id}
            className={`mb-6 border-2 rounded p-4 ${error ? "border-danger" : "border-gray-300"}`}
            aria-describedby={error ? `score-${c.id}-error` : undefined}
          >
            <legend className="font-semibold px-1">
              {c.title} <span className="font-normal text-muted">({t("scoring.weight", { weight: c.weight })})</span>
            </legend>
            {c.planGoal ? (
              <p className="text-sm text-muted mb-1">{t("scoring.goal", { goal: c.planGoal.title })}</p>
            ) : null}
            {c.description ? <p className="mb-2">{c.description}</p> : null}
            {error ? (
              <p id={`score-${c.id}-error`} className="text-danger font-semibold mb-2">
                {error}
              </p>
            ) : null}
            <div className="flex flex-wrap gap-2 mb-3">
              {steps.map((s, i) => (
                <label
                  key={s.value}
                  className="flex items-center gap-2 border border-gray-400 rounded px-3 py-2 min-h-11 cursor-pointer has-[:checked]:bg-brand-50 has-[:checked]:border-brand-700"
                >
                  <input
                    type="radio"
                    id={i === 0 ? `score-${c.id}` : undefined}
                    name={`score-${c.id}`}
                    value={s.value}
                    defaultChecked={initial(c) === String(s.value)}
                    className="size-5"
                  />
                  <span>
                    <strong>{s.value}</strong>
                    {s.label ? ` – ${s.label}` : ""}
                  </span>
                </label>
              ))}
              {c.allowNotApplicable ? (
                <label className="flex items-center gap-2 border border-gray-400 rounded px-3 py-2 min-h-11 cursor-pointer has-[:checked]:bg-brand-50">
                  <input
                    type="radio"
                    name={`score-${c.id}`}
                    value="na"
                    defaultChecked={initial(c) === "na"}
                    className="size-5"
                  />
                  <span>{t("scoring.notApplicable")}</span>
                </label>
              ) : null}
            </div>
            <label htmlFor={`comment-${c.id}`} className="block text-sm font-semibold mb-1">
              {t("scoring.comment")}
            </label>
            <textarea
              id={`comment-${c.id}`}
              name={`comment-${c.id}`}
              defaultValue={initialComment(c)}
              maxLength={2000}
              rows={2}
              className="w-full border-2 border-gray-500 rounded px-3 py-2"
            />
          </fieldset>
        );
      })}
      <div className="flex flex-wrap gap-4">
        <Button type="submit" name="intent" value="save" variant="secondary" disabled={pending}>
          {t("scoring.save")}
        </Button>
        <Button type="submit" name="intent" value="submit" disabled={pending}>
          {t("scoring.submit")}
        </Button>
      </div>
    </form>
  );
}
