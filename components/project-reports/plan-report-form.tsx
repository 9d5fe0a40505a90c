"use client";
import { useTranslations } from "next-intl";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SelectField } from "@/components/ui/select";
import { planReportAction } from "@/lib/project-reports/actions";
import { planReportSchema, reportKinds } from "@/lib/project-reports/schema";

/** The secretariat adds a report the project's plan sets: its kind and due date. */
export function PlanReportForm({ projectId }: { projectId: string }) {
  const t = useTranslations("reminders");
  const f = useActionForm({
    action: planReportAction,
    schema: planReportSchema,
    defaultValues: { projectId, kind: "STATUS", dueOn: "" },
    idPrefix: "plan-report-",
    onSuccess: (_data, form) => form.reset({ projectId, kind: "STATUS", dueOn: "" }),
  });
  return (
    <ActionForm handle={f} summary="reminders.projectReports.errorSummary" aria-labelledby="plan-report-heading">
      <h3 id="plan-report-heading" className="text-xl font-semibold mb-2">
        {t("projectReports.planTitle")}
      </h3>
      {f.ok ? <Notice>{t("projectReports.planned")}</Notice> : null}
      <input type="hidden" name="projectId" value={projectId} />
      <SelectField
        {...f.field("kind")}
        label={t("projectReports.kind")}
        options={reportKinds.map((k) => ({ value: k, label: t(`reportKinds.${k}`) }))}
      />
      <Field {...f.field("dueOn")} type="date" label={t("projectReports.dueOn")} className="mb-4" />
      <Button type="submit" disabled={f.pending}>
        {t("projectReports.plan")}
      </Button>
    </ActionForm>
  );
}
