"use client";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextAreaField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useFormAction } from "@/components/ui/use-form-action";
import { reopenScoreSheetAction } from "@/lib/scoring/actions";
import type { Locale } from "@/lib/i18n/config";
import { useTranslations } from "next-intl";

/** The secretariat reopens one member's submitted sheet; the reason goes in the audit log. */
export function ReopenSheetForm({
  locale: _locale,
  applicationId,
  userId,
  member,
}: {
  locale: Locale;
  applicationId: string;
  userId: string;
  member: string;
}) {
  const t = useTranslations();
  const f = useFormAction(reopenScoreSheetAction, `reopen-${userId}-`);
  if (f.ok) return <Notice>{t("scoring.reopened")}</Notice>;
  return (
    <form action={f.formAction} noValidate key={f.key} className="mt-2">
      <ErrorSummary
        title={t("scoring.errorSummary", { count: f.errors.length })}
        errors={f.errors}
        message={f.message}
      />
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="userId" value={userId} />
      <TextAreaField
        id={`reopen-${userId}-reason`}
        name="reason"
        rows={2}
        label={t("scoring.reopenReason", { member })}
        error={f.fieldErrors.reason}
        defaultValue={f.values.reason ?? ""}
      />
      <Button type="submit" variant="secondary" disabled={f.pending}>
        {t("scoring.reopen")}
      </Button>
    </form>
  );
}
