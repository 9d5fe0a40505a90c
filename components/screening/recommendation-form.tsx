"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, TextAreaField } from "@/components/ui/field";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { RadioGroup } from "@/components/ui/radio-group";
import { recommendAction } from "@/lib/screening/actions";
import { recommendationSchema } from "@/lib/screening/schema";

const outcomes = ["GRANT", "PARTIAL_GRANT", "REFUSAL", "POSTPONED"] as const;

/** The recommendation (indstilling) to the deciding body: an outcome, an amount when granting, and its grounds. */
export function RecommendationForm({ applicationId, version }: { applicationId: string; version: number }) {
  const t = useTranslations("screening");
  const d = useTranslations("decision");
  const f = useActionForm({
    action: recommendAction,
    schema: recommendationSchema,
    defaultValues: { applicationId, version, outcome: undefined, amount: "", text: "" },
    idPrefix: "rec-",
  });
  return (
    <ActionForm handle={f} summary="screening.recommendationErrorSummary">
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="version" value={version} />
      <RadioGroup
        legend={t("recommendation")}
        options={outcomes.map((o) => ({ value: o, label: d(`outcomes.${o}`) }))}
        {...f.field("outcome")}
      />
      <Field inputMode="decimal" label={d("amount")} hint={d("amountHint")} {...f.field("amount")} />
      <TextAreaField rows={3} label={t("recommendationText")} {...f.field("text")} />
      <Button type="submit" disabled={f.pending}>
        {t("recordRecommendation")}
      </Button>
    </ActionForm>
  );
}
