"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import { RadioGroup } from "@/components/ui/radio-group";
import { changeProjectStatusAction } from "@/lib/projects/actions";
import { projectStatusSchema } from "@/lib/projects/schema";
import type { ProjectStatus } from "@/lib/generated/prisma/enums";

type Move = { to: ProjectStatus; reason: boolean };

/** The moves this person may make from the project's status, with a reason where the move needs one. */
export function StatusForm({ projectId, status, moves }: { projectId: string; status: ProjectStatus; moves: Move[] }) {
  const t = useTranslations("projectWorkflow");
  const blank = { projectId, expected: status, reason: "" };
  const f = useActionForm({
    action: changeProjectStatusAction,
    schema: projectStatusSchema,
    defaultValues: blank,
    idPrefix: "status-",
    // The project has moved: the next move starts from the new status, with empty fields.
    onSuccess: (data, form) => form.reset({ ...blank, expected: data.status }),
  });
  return (
    <ActionForm handle={f} summary="projectWorkflow.errorSummary" className="max-w-xl">
      {f.ok ? <Notice>{t("moved")}</Notice> : null}
      <input type="hidden" {...f.form.register("projectId")} />
      <input type="hidden" {...f.form.register("expected")} />
      <RadioGroup
        legend={t("moveTo")}
        options={moves.map((m) => ({ value: m.to, label: t(`moves.${m.to}`) }))}
        {...f.field("to")}
      />
      <TextAreaField rows={3} label={t("reason")} hint={t("reasonHint")} {...f.field("reason")} />
      <Button type="submit" disabled={f.pending}>
        {t("submit")}
      </Button>
    </ActionForm>
  );
}
