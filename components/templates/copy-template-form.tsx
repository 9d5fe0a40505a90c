"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { SelectField } from "@/components/ui/select";
import { copyTemplateAction } from "@/lib/templates/actions";
import { copyTemplateSchema } from "@/lib/templates/schema";

/** A copy to adapt, for this or another committee. */
export function CopyTemplateForm({
  templateId,
  name,
  committees,
  committeeId,
}: {
  templateId: string;
  name: string;
  committees: { id: string; name: string }[];
  committeeId: string;
}) {
  const t = useTranslations("templates");
  const f = useActionForm({
    action: copyTemplateAction,
    schema: copyTemplateSchema,
    idPrefix: "copy-",
    defaultValues: { templateId, committeeId, name: t("copyName", { name }) },
  });
  return (
    <ActionForm handle={f} summary="templates.copyErrorSummary">
      <input type="hidden" {...f.form.register("templateId")} />
      <SelectField
        label={t("committee")}
        options={committees.map((c) => ({ value: c.id, label: c.name }))}
        {...f.field("committeeId")}
      />
      <Field label={t("name")} {...f.field("name")} />
      <Button type="submit" variant="secondary" disabled={f.pending}>
        {t("copy")}
      </Button>
    </ActionForm>
  );
}
