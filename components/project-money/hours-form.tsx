"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import { SelectField } from "@/components/ui/select";
import { addHoursAction } from "@/lib/project-money/actions";
import { hoursSchema } from "@/lib/project-money/schema";

/** Hours someone of the secretariat worked on the project on a day ("1:30" or "1,5"). */
export function HoursForm({
  projectId,
  people,
  me,
}: {
  projectId: string;
  people: { id: string; name: string }[];
  me: string;
}) {
  const t = useTranslations("projectMoney");
  const blank = { projectId, userId: people.some((p) => p.id === me) ? me : "", workedOn: "", duration: "", note: "" };
  const f = useActionForm({
    action: addHoursAction,
    schema: hoursSchema,
    idPrefix: "hours-",
    defaultValues: blank,
    onSuccess: (_, form) => form.reset(blank),
  });
  return (
    <ActionForm handle={f} summary="projectMoney.hoursErrorSummary" aria-labelledby="add-hours-heading">
      {f.ok ? <Notice>{t("hoursSaved")}</Notice> : null}
      <input type="hidden" name="projectId" value={projectId} />
      <SelectField label={t("personLabel")} {...f.field("userId")}>
        <option value="">{t("choosePerson")}</option>
        {people.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </SelectField>
      <Field type="date" label={t("dateLabel")} className="max-w-xs" {...f.field("workedOn")} />
      <Field label={t("durationLabel")} hint={t("durationHint")} className="max-w-xs" {...f.field("duration")} />
      <Field label={t("noteLabel")} {...f.field("note")} />
      <Button type="submit" disabled={f.pending}>
        {t("saveHours")}
      </Button>
    </ActionForm>
  );
}
