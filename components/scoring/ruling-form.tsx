"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { RadioGroup } from "@/components/ui/radio-group";
import { ruleConflictAction } from "@/lib/scoring/actions";
import { ruleConflictSchema } from "@/lib/scoring/schema";

/** The secretariat records the committee's ruling on a declaration; a page lists several, so ids carry its id. */
export function RulingForm({ declarationId }: { declarationId: string }) {
  const t = useTranslations("conflict");
  const f = useActionForm({
    action: ruleConflictAction,
    schema: ruleConflictSchema,
    defaultValues: { declarationId, excluded: undefined, reason: "" },
    idPrefix: `ruling-${declarationId}-`,
  });
  return (
    <ActionForm handle={f} summary="conflict.rulingErrorSummary">
      <input type="hidden" name="declarationId" value={declarationId} />
      <RadioGroup
        legend={t("ruling")}
        options={[
          { value: "yes", label: t("excludedYes") },
          { value: "no", label: t("excludedNo") },
        ]}
        {...f.field("excluded")}
      />
      <TextAreaField rows={2} label={t("reason")} {...f.field("reason")} />
      <Button type="submit" disabled={f.pending}>
        {t("record")}
      </Button>
    </ActionForm>
  );
}
