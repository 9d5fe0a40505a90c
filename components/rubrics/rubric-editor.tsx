"use client";
import { useTranslations } from "next-intl";
import { useFieldArray } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { CheckboxField, isTicked } from "@/components/ui/checkbox";
import { Field, TextAreaField } from "@/components/ui/field";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import { SelectField } from "@/components/ui/select";
import { saveRubricAction } from "@/lib/rubrics/actions";
import { rubricFormSchema } from "@/lib/rubrics/schema";

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

/**
 * The rubric: criteria as rows that can be added and removed, posted as
 * criteria.N.field and checked by the server's schema. Each row keeps its own
 * values when another is removed (react-hook-form's field array, keyed by row).
 */
export function RubricEditor({
  rubricId = "",
  committees,
  committeeId,
  name,
  criteria,
  goals,
}: {
  rubricId?: string;
  committees: { id: string; name: string }[];
  committeeId: string;
  name: string;
  criteria: CriterionRow[];
  goals: Goal[];
}) {
  const t = useTranslations("rubric");
  const blank = (): CriterionRow => ({
    id: "",
    title: "",
    description: "",
    planGoalId: "",
    weight: "1",
    scaleMin: "1",
    scaleMax: "5",
    allowNotApplicable: false,
    steps: t("defaultSteps"),
  });
  const f = useActionForm({
    action: saveRubricAction,
    schema: rubricFormSchema,
    defaultValues: { rubricId, committeeId, name, criteria: criteria.length ? criteria : [blank()] },
  });
  // keyName: the rows' own "id" is the criterion's id in the database.
  const rows = useFieldArray({ control: f.form.control, name: "criteria", keyName: "key" });
  const committee = f.form.watch("committeeId");
  const rowsError = f.error("criteria") ?? f.error("criteria.root");
  return (
    <ActionForm handle={f} summary="rubric.errorSummary">
      {f.ok ? <Notice>{t("saved")}</Notice> : null}
      <input type="hidden" name="rubricId" value={rubricId} />
      {rubricId ? (
        <input type="hidden" name="committeeId" value={committeeId} />
      ) : (
        <SelectField
          label={t("committee")}
          options={committees.map((c) => ({ value: c.id, label: c.name }))}
          {...f.field("committeeId")}
        />
      )}
      <Field label={t("name")} {...f.field("name")} />
      <h2 className="text-2xl font-semibold mb-3" id="criteria">
        {t("criteria")}
      </h2>
      {rowsError ? <p className="text-danger font-semibold mb-2">{rowsError}</p> : null}
      {rows.fields.map((row, i) => (
        <fieldset key={row.key} className="border border-gray-300 rounded p-4 mb-4">
          <legend className="font-semibold px-1">{t("criterionN", { n: i + 1 })}</legend>
          <input type="hidden" defaultValue={f.initial(`criteria.${i}.id`)} {...f.form.register(`criteria.${i}.id`)} />
          <Field label={t("criterionTitle")} {...f.field(`criteria.${i}.title`)} />
          <TextAreaField rows={2} label={t("description")} {...f.field(`criteria.${i}.description`)} />
          <SelectField label={t("goal")} {...f.field(`criteria.${i}.planGoalId`)}>
            <option value="">{t("noGoal")}</option>
            {goals
              .filter((g) => g.committeeId === committee)
              .map((g) => (
                <option key={g.id} value={g.id}>
                  {g.label}
                </option>
              ))}
          </SelectField>
          <div className="flex flex-wrap gap-4">
            <Field inputMode="numeric" className="w-28" label={t("weight")} {...f.field(`criteria.${i}.weight`)} />
            <Field inputMode="numeric" className="w-28" label={t("scaleMin")} {...f.field(`criteria.${i}.scaleMin`)} />
            <Field inputMode="numeric" className="w-28" label={t("scaleMax")} {...f.field(`criteria.${i}.scaleMax`)} />
          </div>
          <CheckboxField
            label={t("allowNa")}
            defaultChecked={isTicked(f.form.getValues(`criteria.${i}.allowNotApplicable`))}
            {...f.field(`criteria.${i}.allowNotApplicable`)}
          />
          <TextAreaField rows={3} label={t("steps")} hint={t("stepsHint")} {...f.field(`criteria.${i}.steps`)} />
          {rows.fields.length > 1 ? (
            <Button type="button" variant="link" onClick={() => rows.remove(i)}>
              {t("remove", { n: i + 1 })}
            </Button>
          ) : null}
        </fieldset>
      ))}
      <div className="flex flex-wrap gap-3">
        <Button type="button" variant="secondary" onClick={() => rows.append(blank())}>
          {t("add")}
        </Button>
        <Button type="submit" disabled={f.pending}>
          {t("save")}
        </Button>
      </div>
    </ActionForm>
  );
}
