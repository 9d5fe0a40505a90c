"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import { reopenScoreSheetAction } from "@/lib/scoring/actions";
import { reopenSheetSchema } from "@/lib/scoring/schema";

/** The secretariat reopens one member's submitted sheet; the reason goes in the audit log. */
export function ReopenSheetForm({
  applicationId,
  userId,
  member,
}: {
  applicationId: string;
  userId: string;
  member: string;
}) {
  const t = useTranslations("scoring");
  const f = useActionForm({
    action: reopenScoreSheetAction,
    schema: reopenSheetSchema,
    defaultValues: { applicationId, userId, reason: "" },
    idPrefix: `reopen-${userId}-`,
  });
  if (f.ok) return <Notice>{t("reopened")}</Notice>;
  return (
    <ActionForm handle={f} summary="scoring.reopenErrorSummary" className="mt-2">
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="userId" value={userId} />
      <TextAreaField rows={2} label={t("reopenReason", { member })} {...f.field("reason")} />
      <Button type="submit" variant="secondary" disabled={f.pending}>
        {t("reopen")}
      </Button>
    </ActionForm>
  );
}
