"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox";
import { TextAreaField } from "@/components/ui/field";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import { replyAsApplicantAction, withdrawApplicationAction } from "@/lib/applications/actions";
import { applicantReplySchema, withdrawSchema } from "@/lib/applications/schema";

// What the applicant does on the private page. The token in the hidden field
// is their authority; the reply also carries the version the page showed.

/** The applicant answers the secretariat; after sending, the box is empty for the next answer. */
export function ReplyForm({ token, version }: { token: string; version: number }) {
  const t = useTranslations("follow");
  const f = useActionForm({
    action: replyAsApplicantAction,
    schema: applicantReplySchema,
    defaultValues: { token, version, body: "" },
    onSuccess: (_data, form) => form.reset({ token, version, body: "" }),
  });
  return (
    <ActionForm handle={f} summary="follow.replyErrorSummary">
      {f.ok ? <Notice>{t("replySent")}</Notice> : null}
      <input type="hidden" name="token" value={token} />
      {/* The page's version, as it is now: the page is read again after each answer. */}
      <input type="hidden" name="version" value={version} />
      <TextAreaField rows={4} label={t("replyLabel")} {...f.field("body")} />
      <Button type="submit" disabled={f.pending}>
        {t("send")}
      </Button>
    </ActionForm>
  );
}

/** Withdrawing needs an explicit confirmation; it cannot be undone. */
export function WithdrawForm({ token }: { token: string }) {
  const t = useTranslations("follow");
  const f = useActionForm({
    action: withdrawApplicationAction,
    schema: withdrawSchema,
    idPrefix: "withdraw-",
    defaultValues: { token, reason: "" },
  });
  if (f.ok) return <Notice>{t("withdrawn")}</Notice>;
  return (
    <ActionForm handle={f} summary="follow.withdrawErrorSummary">
      <input type="hidden" name="token" value={token} />
      <p className="mb-3">{t("withdrawText")}</p>
      <CheckboxField label={t("withdrawConfirmLabel")} value="yes" {...f.field("confirm")} />
      <TextAreaField rows={2} label={t("withdrawReason")} {...f.field("reason")} />
      <Button type="submit" variant="secondary" disabled={f.pending}>
        {t("withdrawButton")}
      </Button>
    </ActionForm>
  );
}
