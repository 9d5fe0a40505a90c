"use client";
import { useTranslations } from "next-intl";
import { OverCommitField } from "@/components/ledger/over-commit-field";
import { Button } from "@/components/ui/button";
import { Field, TextAreaField } from "@/components/ui/field";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import { RadioGroup } from "@/components/ui/radio-group";
import { recordDecisionAction } from "@/lib/decisions/actions";
import { decisionFormSchema } from "@/lib/decisions/schema";

const outcomes = ["GRANT", "PARTIAL_GRANT", "REFUSAL", "POSTPONED"] as const;

/** The decision: outcome, amount, funds year and reasons (required unless the full amount is granted). */
export function DecisionForm({
  applicationId,
  version,
  defaultYear,
}: {
  applicationId: string;
  version: number;
  defaultYear: number;
}) {
  const t = useTranslations("decision");
  const f = useActionForm({
    action: recordDecisionAction,
    schema: decisionFormSchema,
    defaultValues: {
      applicationId,
      version,
      outcome: undefined,
      amount: "",
      fundsYear: defaultYear,
      reasons: "",
      overCommitConfirmed: false,
    },
  });
  if (f.ok) return <Notice>{t("recorded")}</Notice>;
  return (
    <ActionForm handle={f} summary="decision.errorSummary">
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="version" value={version} />
      <RadioGroup
        legend={t("outcome")}
        options={outcomes.map((o) => ({ value: o, label: t(`outcomes.${o}`) }))}
        {...f.field("outcome")}
      />
      <Field inputMode="decimal" label={t("amount")} hint={t("amountHint")} {...f.field("amount")} />
      <Field inputMode="numeric" label={t("fundsYear")} hint={t("fundsYearHint")} {...f.field("fundsYear")} />
      <OverCommitField {...f.field("overCommitConfirmed")} value={f.form.watch("overCommitConfirmed")} />
      <TextAreaField rows={4} label={t("reasons")} hint={t("reasonsHint")} {...f.field("reasons")} />
      <Button type="submit" disabled={f.pending}>
        {t("record")}
      </Button>
    </ActionForm>
  );
}
