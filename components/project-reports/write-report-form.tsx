"use client";
import { useTranslations } from "next-intl";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { Button } from "@/components/ui/button";
import { Field, TextAreaField } from "@/components/ui/field";
import { CheckboxField } from "@/components/ui/checkbox";
import { writeReportAction } from "@/lib/project-reports/actions";
import { writeReportSchema } from "@/lib/project-reports/schema";

/** Writing a planned report: the period it covers and the text; once saved it is the project's record. */
export function WriteReportForm({ reportId }: { reportId: string }) {
  const t = useTranslations("reminders");
  const f = useActionForm({
    action: writeReportAction,
    schema: writeReportSchema,
    defaultValues: { reportId, periodText: "", text: "", published: false },
    idPrefix: `report-${reportId}-`,
  });
  return (
    <ActionForm handle={f} summary="reminders.projectReports.errorSummary" aria-label={t("projectReports.writeTitle")}>
      <input type="hidden" name="reportId" value={reportId} />
      <Field {...f.field("periodText")} label={t("projectReports.periodText")} className="mb-4" />
      <TextAreaField {...f.field("text")} label={t("projectReports.text")} rows={6} className="mb-4" />
      <CheckboxField label={t("projectReports.published")} {...f.field("published")} />
      <Button type="submit" disabled={f.pending}>
        {t("projectReports.write")}
      </Button>
    </ActionForm>
  );
}
