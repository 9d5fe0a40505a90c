"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, TextAreaField } from "@/components/ui/field";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import { saveGoalAction } from "@/lib/plans/actions";
import { goalFormSchema } from "@/lib/plans/schema";

type GoalValues = { code: string; title: string; description: string };
const blank: GoalValues = { code: "", title: "", description: "" };

/** Adds a goal to the plan, or rewords one (at the version it was loaded); a new goal's form empties after saving. */
export function GoalForm({
  planId,
  goalId = "",
  version = 0,
  initial = blank,
}: {
  planId: string;
  goalId?: string;
  version?: number;
  initial?: GoalValues;
}) {
  const t = useTranslations("plansAdmin");
  const f = useActionForm({
    action: saveGoalAction,
    schema: goalFormSchema,
    idPrefix: goalId ? `goal-${goalId}-` : "new-goal-",
    defaultValues: { planId, goalId, version, ...initial },
    onSuccess: (_, form) => {
      if (!goalId) form.reset({ planId, goalId, version, ...blank });
    },
  });
  return (
    <ActionForm handle={f} summary="plansAdmin.errorSummary">
      {f.ok ? <Notice>{goalId ? t("goalSaved") : t("goalAdded")}</Notice> : null}
      {f.code === "conflict" ? <p className="text-danger font-semibold mb-4">{t("conflict")}</p> : null}
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="goalId" value={goalId} />
      <input type="hidden" name="version" value={version} />
      <Field label={t("code")} hint={t("codeHint")} className="max-w-xs" {...f.field("code")} />
      <Field label={t("goalTitle")} {...f.field("title")} />
      <TextAreaField rows={3} label={t("goalDescription")} {...f.field("description")} />
      <Button type="submit" disabled={f.pending}>
        {goalId ? t("reword") : t("addGoal")}
      </Button>
    </ActionForm>
  );
}
