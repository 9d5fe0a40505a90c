"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { ActionForm, fieldId, useActionForm } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import { saveScoresAction } from "@/lib/scoring/actions";
import { scoreSheetSchema } from "@/lib/scoring/schema";

type Criterion = {
  id: string;
  title: string;
  description: string;
  weight: number;
  scaleMin: number;
  scaleMax: number;
  allowNotApplicable: boolean;
  planGoal: { title: string; retiredAt: Date | null } | null;
  steps: { value: number; label: string }[];
};
type Mine = { criterionId: string; value: number | null; notApplicable: boolean; comment: string };

const optionClass =
  "flex items-center gap-2 border border-gray-400 rounded px-3 py-2 min-h-11 cursor-pointer has-[:checked]:bg-brand-50";

/**
 * The score sheet: one radio group per criterion (keyboard: arrow keys move
 * within a group, Tab to the next), big enough to tap on a tablet. Its rows
 * are the rubric's criteria, posted as scores.N.criterionId/value/comment; it
 * posts natively, so it works before hydration and without JavaScript, and
 * nothing chosen or typed is lost when the server refuses it.
 */
export function ScoreForm({
  applicationId,
  criteria,
  mine,
}: {
  applicationId: string;
  criteria: Criterion[];
  mine: Mine[];
}) {
  const t = useTranslations("scoring");
  const f = useActionForm({
    action: saveScoresAction,
    schema: scoreSheetSchema,
    defaultValues: {
      applicationId,
      scores: criteria.map((c) => {
        const m = mine.find((x) => x.criterionId === c.id);
        const value = m ? (m.notApplicable ? "na" : m.value === null ? "" : String(m.value)) : "";
        return { criterionId: c.id, value, comment: m?.comment ?? "" };
      }),
    },
  });
  return (
    <ActionForm handle={f} summary="scoring.errorSummary">
      {f.state?.ok ? <Notice>{f.state.data.submitted ? t("submitted") : t("saved")}</Notice> : null}
      <input type="hidden" name="applicationId" value={applicationId} />
      {criteria.map((c, i) => {
        const name = `scores.${i}.value` as const;
        const id = fieldId(name);
        const error = f.error(name);
        const chosen = f.initial(name);
        const choice = f.form.register(name);
        // Every value on the scale; the labelled steps name some or all of them.
        const steps = Array.from({ length: c.scaleMax - c.scaleMin + 1 }, (_, k) => ({
          value: String(c.scaleMin + k),
          label: c.steps.find((x) => x.value === c.scaleMin + k)?.label ?? "",
        }));
        return (
          <fieldset
            key={c.id}
            className={`mb-6 border-2 rounded p-4 ${error ? "border-danger" : "border-gray-300"}`}
            aria-describedby={error ? `${id}-error` : undefined}
          >
            <legend className="font-semibold px-1">
              {c.title} <span className="font-normal text-muted">({t("weight", { weight: c.weight })})</span>
            </legend>
            <input type="hidden" name={`scores.${i}.criterionId`} value={c.id} />
            {c.planGoal ? (
              <p className="text-sm text-muted mb-1">
                {t(c.planGoal.retiredAt ? "goalRetired" : "goal", { goal: c.planGoal.title })}
              </p>
            ) : null}
            {c.description ? <p className="mb-2">{c.description}</p> : null}
            {error ? (
              <p id={`${id}-error`} className="text-danger font-semibold mb-2">
                {error}
              </p>
            ) : null}
            <div className="flex flex-wrap gap-2 mb-3">
              {steps.map((s, k) => (
                <label key={s.value} className={`${optionClass} has-[:checked]:border-brand-700`}>
                  <input
                    type="radio"
                    id={k === 0 ? id : undefined}
                    value={s.value}
                    defaultChecked={chosen === s.value}
                    className="size-5"
                    {...choice}
                  />
                  <span>
                    <strong>{s.value}</strong>
                    {s.label ? ` – ${s.label}` : ""}
                  </span>
                </label>
              ))}
              {c.allowNotApplicable ? (
                <label className={optionClass}>
                  <input type="radio" value="na" defaultChecked={chosen === "na"} className="size-5" {...choice} />
                  <span>{t("notApplicable")}</span>
                </label>
              ) : null}
            </div>
            <TextAreaField
              maxLength={2000}
              rows={2}
              className="mb-0"
              label={t("comment")}
              {...f.field(`scores.${i}.comment`)}
            />
          </fieldset>
        );
      })}
      <div className="flex flex-wrap gap-4">
        <Button type="submit" name="intent" value="save" variant="secondary" disabled={f.pending}>
          {t("save")}
        </Button>
        <Button type="submit" name="intent" value="submit" disabled={f.pending}>
          {t("submit")}
        </Button>
      </div>
    </ActionForm>
  );
}
