"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field, TextAreaField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useFormAction } from "@/components/ui/use-form-action";
import { copyRubricAction, saveRubricAction } from "@/lib/rubrics/actions";
import type { Locale } from "@/lib/i18n/config";
import { useTranslations } from "next-intl";

export type CriterionRow = {
  id: string;
  title: string;
  description: string;
  planGoalId: string;
  weight: string;
  scaleMin: string;
  scaleMax: string;
  allowNotApplicable: boolean;
  steps: string;
};
type Goal = { id: string; committeeId: string; label: string };

const blank = (): CriterionRow => ({
  id: "",
  title: "",
  description: "",
  planGoalId: "",
  weight: "1",
  scaleMin: "1",
  scaleMax: "5",
  allowNotApplicable: false,
  steps: "1 = Meget lidt\n5 = I høj grad",
});

/** Criteria as rows that can be added and removed; posted as criteria.N.field and checked by the server's schema. */
export function RubricEditor({
  locale: _locale,
  rubricId,
  committees,
  committeeId,
  name,
  criteria,
  goals,
}: {
  locale: Locale;
  rubricId?: string;
  committees: { id: string; name: string }[];
  committeeId: string;
  name: string;
  criteria: CriterionRow[];
  goals: Goal[];
}) {
  const t = useTranslations();
  const f = useFormAction(saveRubricAction);
  const [rows, setRows] = useState(() =>
    (criteria.length ? criteria : [blank()]).map((c, i) => ({ ...c, key: `k${i}` })),
  );
  const [committee, setCommittee] = useState(committeeId);
  const [next, setNext] = useState(rows.length);
  const value = (i: number, field: string, fallback: string) => f.values[`criteria.${i}.${field}`] ?? fallback;
  return (
    <form action={f.formAction} noValidate>
      {f.ok ? <Notice>{t("rubric.saved")}</Notice> : null}
      <ErrorSummary
        title={t("scoring.errorSummary", { count: f.errors.length })}
        errors={f.errors}
        message={f.message}
      />
      <input type="hidden" name="rubricId" value={rubricId ?? ""} />
      {rubricId ? (
        <input type="hidden" name="committeeId" value={committee} />
      ) : (
        <SelectField
          id="committeeId"
          name="committeeId"
          label={t("rubric.committee")}
          value={committee}
          onChange={(e) => setCommittee(e.target.value)}
          options={committees.map((c) => ({ value: c.id, label: c.name }))}
        />
      )}
      <Field
        id="name"
        name="name"
        label={t("rubric.name")}
        error={f.fieldErrors.name}
        defaultValue={f.values.name ?? name}
      />
      <h2 className="text-2xl font-semibold mb-3" id="criteria">
        {t("rubric.criteria")}
      </h2>
      {f.fieldErrors.criteria ? <p className="text-danger font-semibold mb-2">{f.fieldErrors.criteria}</p> : null}
      {rows.map((row, i) => {
        const id = (field: string) => `criteria-${i}-${field}`;
        const err = (field: string) => f.fieldErrors[`criteria.${i}.${field}`];
        return (
          <fieldset key={row.key} className="border border-gray-300 rounded p-4 mb-4">
            <legend className="font-semibold px-1">{t("rubric.criterionN", { n: i + 1 })}</legend>
            <input type="hidden" name={`criteria.${i}.id`} value={row.id} />
            <Field
              id={id("title")}
              name={`criteria.${i}.title`}
              label={t("rubric.criterionTitle")}
              error={err("title")}
              defaultValue={value(i, "title", row.title)}
            />
            <TextAreaField
              id={id("description")}
              name={`criteria.${i}.description`}
              rows={2}
              label={t("rubric.description")}
              error={err("description")}
              defaultValue={value(i, "description", row.description)}
            />
            <div className="mb-4">
              <label htmlFor={id("planGoalId")} className="block font-semibold mb-1">
                {t("rubric.goal")}
              </label>
              {err("planGoalId") ? <p className="text-danger font-semibold">{err("planGoalId")}</p> : null}
              <select
                id={id("planGoalId")}
                name={`criteria.${i}.planGoalId`}
                defaultValue={value(i, "planGoalId", row.planGoalId)}
                className="border-2 border-gray-500 rounded px-3 py-2 max-w-full"
              >
                <option value="">{t("callForm.none")}</option>
                {goals
                  .filter((g) => g.committeeId === committee)
                  .map((g) => (
                    <option key={g.id} value={g.id}>
                      {g.label}
                    </option>
                  ))}
              </select>
            </div>
            <div className="flex flex-wrap gap-4">
              <Field
                id={id("weight")}
                name={`criteria.${i}.weight`}
                inputMode="numeric"
                className="w-28"
                label={t("rubric.weight")}
                error={err("weight")}
                defaultValue={value(i, "weight", row.weight)}
              />
              <Field
                id={id("scaleMin")}
                name={`criteria.${i}.scaleMin`}
                inputMode="numeric"
                className="w-28"
                label={t("rubric.scaleMin")}
                error={err("scaleMin")}
                defaultValue={value(i, "scaleMin", row.scaleMin)}
              />
              <Field
                id={id("scaleMax")}
                name={`criteria.${i}.scaleMax`}
                inputMode="numeric"
                className="w-28"
                label={t("rubric.scaleMax")}
                error={err("scaleMax")}
                defaultValue={value(i, "scaleMax", row.scaleMax)}
              />
            </div>
            <label className="flex items-center gap-2 mb-4">
              <input
                type="checkbox"
                name={`criteria.${i}.allowNotApplicable`}
                defaultChecked={
                  f.state ? f.values[`criteria.${i}.allowNotApplicable`] === "on" : row.allowNotApplicable
                }
                className="size-5"
              />{" "}
              {t("rubric.allowNa")}
            </label>
            <TextAreaField
              id={id("steps")}
              name={`criteria.${i}.steps`}
              rows={3}
              label={t("rubric.steps")}
              hint={t("rubric.stepsHint")}
              error={err("steps")}
              defaultValue={value(i, "steps", row.steps)}
            />
            {rows.length > 1 ? (
              <Button type="button" variant="link" onClick={() => setRows(rows.filter((r) => r.key !== row.key))}>
                {t("rubric.remove", { n: i + 1 })}
              </Button>
            ) : null}
          </fieldset>
        );
      })}
      <div className="flex flex-wrap gap-3">
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            setRows([...rows, { ...blank(), key: `k${next}` }]);
            setNext(next + 1);
          }}
        >
          {t("rubric.add")}
        </Button>
        <Button type="submit" disabled={f.pending}>
          {t("rubric.save")}
        </Button>
      </div>
    </form>
  );
}

/** A locked rubric can be copied under a new name. */
export function CopyRubricForm({
  locale: _locale,
  rubricId,
  name,
}: {
  locale: Locale;
  rubricId: string;
  name: string;
}) {
  const t = useTranslations();
  const f = useFormAction(copyRubricAction);
  return (
    <form action={f.formAction} noValidate className="mb-6">
      <ErrorSummary
        title={t("scoring.errorSummary", { count: f.errors.length })}
        errors={f.errors}
        message={f.message}
      />
      <input type="hidden" name="rubricId" value={rubricId} />
      <Field
        id="name"
        name="name"
        label={t("rubric.name")}
        error={f.fieldErrors.name}
        defaultValue={f.values.name ?? t("rubric.copyName", { name })}
      />
      <Button type="submit" disabled={f.pending}>
        {t("rubric.copy")}
      </Button>
    </form>
  );
}
