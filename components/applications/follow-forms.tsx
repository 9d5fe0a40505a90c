"use client";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextAreaField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useFormAction } from "@/components/ui/use-form-action";
import { replyAsApplicantAction, withdrawApplicationAction } from "@/lib/applications/actions";
import type { Locale } from "@/lib/i18n/config";
import { useTranslations } from "next-intl";

/** The applicant answers the secretariat through the private link. */
export function ReplyForm({ locale: _locale, token, version }: { locale: Locale; token: string; version: number }) {
  const t = useTranslations();
  const f = useFormAction(replyAsApplicantAction);
  return (
    <form action={f.formAction} noValidate key={f.ok ? "sent" : f.key}>
      {f.ok ? <Notice>{t("follow.replySent")}</Notice> : null}
      <ErrorSummary title={t("apply.errorSummary", { count: f.errors.length })} errors={f.errors} message={f.message} />
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="version" value={version} />
      <TextAreaField
        id="body"
        name="body"
        rows={4}
        label={t("follow.replyLabel")}
        error={f.fieldErrors.body}
        defaultValue={f.ok ? "" : (f.values.body ?? "")}
      />
      <Button type="submit" disabled={f.pending}>
        {t("follow.send")}
      </Button>
    </form>
  );
}

/** Withdrawing needs an explicit confirmation; it cannot be undone. */
export function WithdrawForm({ locale: _locale, token }: { locale: Locale; token: string }) {
  const t = useTranslations();
  const f = useFormAction(withdrawApplicationAction);
  if (f.ok) return <Notice>{t("follow.withdrawn")}</Notice>;
  return (
    <form action={f.formAction} noValidate key={f.key}>
      <ErrorSummary title={t("apply.errorSummary", { count: f.errors.length })} errors={f.errors} message={f.message} />
      <input type="hidden" name="token" value={token} />
      <p className="mb-3">{t("follow.withdrawText")}</p>
      <div className="mb-4" id="confirm">
        {f.fieldErrors.confirm ? (
          <p id="confirm-error" className="text-danger font-semibold">
            {f.fieldErrors.confirm}
          </p>
        ) : null}
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            name="confirm"
            value="yes"
            className="size-5"
            aria-describedby={f.fieldErrors.confirm ? "confirm-error" : undefined}
          />{" "}
          {t("follow.withdrawConfirmLabel")}
        </label>
      </div>
      <TextAreaField
        id="withdraw-reason"
        name="reason"
        rows={2}
        label={t("follow.withdrawReason")}
        error={f.fieldErrors.reason}
        defaultValue={f.values.reason ?? ""}
      />
      <Button type="submit" variant="secondary" disabled={f.pending}>
        {t("follow.withdrawButton")}
      </Button>
    </form>
  );
}
