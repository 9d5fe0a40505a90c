"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import { SelectField } from "@/components/ui/select";
import { declareConflictAction } from "@/lib/scoring/actions";
import { conflictGrounds, declareConflictSchema } from "@/lib/scoring/schema";

/** A member or an official declares a conflict of interest (forvaltningsloven § 3); the committee rules on it. */
export function ConflictForm({ applicationId }: { applicationId: string }) {
  const t = useTranslations("conflict");
  const f = useActionForm({
    action: declareConflictAction,
    schema: declareConflictSchema,
    defaultValues: { applicationId, ground: undefined, description: "" },
  });
  if (f.ok) return <Notice>{t("declared")}</Notice>;
  return (
    <ActionForm handle={f} summary="conflict.errorSummary">
      <input type="hidden" name="applicationId" value={applicationId} />
      <SelectField label={t("ground")} {...f.field("ground")}>
        <option value="">{t("chooseGround")}</option>
        {conflictGrounds.map((g) => (
          <option key={g} value={g}>
            {t(`grounds.${g}`)}
          </option>
        ))}
      </SelectField>
      <TextAreaField rows={3} maxLength={2000} label={t("description")} {...f.field("description")} />
      <Button type="submit" variant="secondary" disabled={f.pending}>
        {t("declare")}
      </Button>
    </ActionForm>
  );
}
