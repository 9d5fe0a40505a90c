"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox";
import { Field, TextAreaField } from "@/components/ui/field";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import { approveAccountsAction, requestMoreAccountsAction } from "@/lib/reporting/actions";
import { approveAccountsSchema, requestMoreSchema } from "@/lib/reporting/schema";

type Props = { applicationId: string; version: number };

/** "Godkend regnskabet", optionally rejecting part of the expenses with a reason. */
export function ApproveAccountsForm({ applicationId, version }: Props) {
  const t = useTranslations("accountsReview");
  const f = useActionForm({
    action: approveAccountsAction,
    schema: approveAccountsSchema,
    idPrefix: "approve-",
    defaultValues: { applicationId, version, rejected: "", rejectionReason: "", publishEvaluation: false },
  });
  if (f.ok) return <Notice>{t("approved")}</Notice>;
  return (
    <ActionForm handle={f} summary="accountsReview.errorSummary" aria-label={t("approveTitle")}>
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="version" value={version} />
      <Field inputMode="decimal" label={t("rejected")} hint={t("rejectedHint")} {...f.field("rejected")} />
      <TextAreaField rows={3} label={t("rejectionReason")} {...f.field("rejectionReason")} />
      <CheckboxField label={t("publishEvaluation")} {...f.field("publishEvaluation")} />
      <Button type="submit" disabled={f.pending}>
        {t("approve")}
      </Button>
    </ActionForm>
  );
}

/** "Bed om mere": the text goes to the applicant by mail and into the case's thread. */
export function RequestMoreForm({ applicationId, version }: Props) {
  const t = useTranslations("accountsReview");
  const f = useActionForm({
    action: requestMoreAccountsAction,
    schema: requestMoreSchema,
    idPrefix: "more-",
    defaultValues: { applicationId, version, text: "" },
  });
  if (f.ok) return <Notice>{t("requestedDone")}</Notice>;
  return (
    <ActionForm handle={f} summary="accountsReview.errorSummary" aria-label={t("requestTitle")}>
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="version" value={version} />
      <TextAreaField rows={3} label={t("requestText")} hint={t("requestHint")} {...f.field("text")} />
      <Button type="submit" variant="secondary" disabled={f.pending}>
        {t("requestMore")}
      </Button>
    </ActionForm>
  );
}
