"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { copyRubricAction } from "@/lib/rubrics/actions";
import { copyRubricSchema } from "@/lib/rubrics/schema";

/** A rubric locked by scores can be copied under a new name; the copy opens ready to edit. */
export function CopyRubricForm({ rubricId, name }: { rubricId: string; name: string }) {
  const t = useTranslations("rubric");
  const f = useActionForm({
    action: copyRubricAction,
    schema: copyRubricSchema,
    defaultValues: { rubricId, name: t("copyName", { name }) },
  });
  return (
    <ActionForm handle={f} summary="rubric.copyErrorSummary" className="mb-6">
      <input type="hidden" name="rubricId" value={rubricId} />
      <Field label={t("name")} {...f.field("name")} />
      <Button type="submit" disabled={f.pending}>
        {t("copy")}
      </Button>
    </ActionForm>
  );
}
