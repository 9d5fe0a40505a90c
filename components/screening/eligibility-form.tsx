"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import { RadioGroup } from "@/components/ui/radio-group";
import { setEligibilityAction } from "@/lib/screening/actions";
import { eligibilitySchema } from "@/lib/screening/schema";

/**
 * Eligible or not, with a reason when not. `version` is the application's
 * version as this page showed it: the change is made only over it.
 */
export function EligibilityForm({
  applicationId,
  version,
  current,
}: {
  applicationId: string;
  version: number;
  current: { eligible: boolean | null; reason: string | null };
}) {
  const t = useTranslations("screening");
  const f = useActionForm({
    action: setEligibilityAction,
    schema: eligibilitySchema,
    defaultValues: {
      applicationId,
      version,
      eligible: current.eligible === null ? undefined : current.eligible ? "yes" : "no",
      reason: current.reason ?? "",
    },
  });
  return (
    <ActionForm handle={f} summary="screening.eligibilityErrorSummary">
      {f.ok ? <Notice>{t("saved")}</Notice> : null}
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="version" value={version} />
      <RadioGroup
        legend={t("eligibleQuestion")}
        options={[
          { value: "yes", label: t("eligibleYes") },
          { value: "no", label: t("eligibleNo") },
        ]}
        {...f.field("eligible")}
      />
      <TextAreaField rows={2} label={t("reason")} hint={t("reasonHint")} {...f.field("reason")} />
      <Button type="submit" disabled={f.pending}>
        {t("save")}
      </Button>
    </ActionForm>
  );
}
