"use client";
import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { SelectField } from "@/components/ui/select";
import { createProjectAction } from "@/lib/projects/actions";
import { newProjectSchema } from "@/lib/projects/schema";

type Committee = { id: string; name: string; templates: { id: string; name: string }[] };

/** Committee, its form (template) and a title; the editor takes it from there. */
export function NewProjectForm({ committees }: { committees: Committee[] }) {
  const t = useTranslations();
  const f = useActionForm({
    action: createProjectAction,
    schema: newProjectSchema,
    defaultValues: {
      committeeId: committees[0]?.id ?? "",
      templateId: committees[0]?.templates[0]?.id ?? "",
      title: "",
    },
  });
  const committeeId = useWatch({ control: f.form.control, name: "committeeId" });
  const templates = committees.find((c) => c.id === committeeId)?.templates ?? [];
  return (
    <ActionForm handle={f} summary="projectEdit.newErrorSummary">
      <SelectField
        label={t("projectEdit.importCommittee")}
        options={committees.map((c) => ({ value: c.id, label: c.name }))}
        {...f.field("committeeId")}
      />
      <SelectField
        label={t("projectEdit.importTemplate")}
        options={templates.map((tpl) => ({ value: tpl.id, label: tpl.name }))}
        {...f.field("templateId")}
      />
      <Field label={t("projectFields.title")} {...f.field("title")} />
      <Button type="submit" disabled={f.pending}>
        {t("projectEdit.create")}
      </Button>
    </ActionForm>
  );
}
