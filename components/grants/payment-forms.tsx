"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, TextAreaField } from "@/components/ui/field";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import { approvePaymentAction, claimRepaymentAction } from "@/lib/grants/actions";
import { claimRepaymentSchema, paymentSchema, type PaymentStep } from "@/lib/grants/schema";

const buttons = { advance: "payAdvance", final: "payFinal", repaymentReceived: "repaymentReceived" } as const;

/**
 * A payment's approval: the amount the server computed (shown, posted back and computed again on save), the date
 * it is paid and the account reference.
 */
export function PaymentForm({
  applicationId,
  step,
  amount,
  today,
}: {
  applicationId: string;
  step: PaymentStep;
  /** Kroner as text, e.g. "4.000". */
  amount: string;
  today: string;
}) {
  const t = useTranslations("payments");
  const f = useActionForm({
    action: approvePaymentAction,
    schema: paymentSchema,
    idPrefix: `${step}-`,
    defaultValues: { applicationId, step, amount, paidOn: today, reference: "", note: "" },
  });
  if (f.ok) return <Notice>{t("done")}</Notice>;
  return (
    <ActionForm handle={f} summary="payments.errorSummary" aria-label={t(buttons[step])}>
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="step" value={step} />
      <Field readOnly inputMode="decimal" label={t("amount")} hint={t("amountHint")} {...f.field("amount")} />
      <Field type="date" label={t("paidOn")} {...f.field("paidOn")} />
      <Field label={t("reference")} hint={t("referenceHint")} autoComplete="off" {...f.field("reference")} />
      <TextAreaField rows={2} label={t("note")} {...f.field("note")} />
      <Button type="submit" disabled={f.pending}>
        {t(buttons[step])}
      </Button>
    </ActionForm>
  );
}

/** The claim for repayment when the advance exceeds what is owed; the amount is the server's. */
export function ClaimRepaymentForm({ applicationId, amount }: { applicationId: string; amount: string }) {
  const t = useTranslations("payments");
  const f = useActionForm({
    action: claimRepaymentAction,
    schema: claimRepaymentSchema,
    idPrefix: "claim-",
    defaultValues: { applicationId, amount, note: "" },
  });
  if (f.ok) return <Notice>{t("done")}</Notice>;
  return (
    <ActionForm handle={f} summary="payments.errorSummary" aria-label={t("claimRepayment")}>
      <input type="hidden" name="applicationId" value={applicationId} />
      <Field readOnly inputMode="decimal" label={t("amount")} hint={t("amountHint")} {...f.field("amount")} />
      <TextAreaField rows={2} label={t("note")} {...f.field("note")} />
      <Button type="submit" disabled={f.pending}>
        {t("claimRepayment")}
      </Button>
    </ActionForm>
  );
}
