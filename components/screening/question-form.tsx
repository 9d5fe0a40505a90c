"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { askForInformationAction } from "@/lib/screening/actions";
import { messageSchema } from "@/lib/screening/schema";

/** A question to the applicant; once sent it stands in the thread above, and the box is empty for the next. */
export function QuestionForm({ applicationId, version }: { applicationId: string; version: number }) {
  const t = useTranslations("screening");
  const f = useActionForm({
    action: askForInformationAction,
    schema: messageSchema,
    defaultValues: { applicationId, version, body: "" },
    onSuccess: (_, form) => form.reset({ applicationId, version, body: "" }),
  });
  return (
    <ActionForm handle={f} summary="screening.questionErrorSummary">
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="version" value={version} />
      <TextAreaField rows={3} label={t("ask")} hint={t("askHint")} {...f.field("body")} />
      <Button type="submit" disabled={f.pending}>
        {t("sendQuestion")}
      </Button>
    </ActionForm>
  );
}
