"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { useFormAction } from "@/components/ui/use-form-action";
import { createProjectAction } from "@/lib/projects/actions";
import type { Locale } from "@/lib/i18n/config";
import { useTranslations } from "next-intl";

type Committee = { id: string; name: string; templates: { id: string; name: string }[] };

/** Committee, its form (template) and a title; the editor takes it from there. */
export function NewProjectForm({ locale: _locale, committees }: { locale: Locale; committees: Committee[] }) {
  const t = useTranslations();
  const f = useFormAction(createProjectAction);
  const [committeeId, setCommitteeId] = useState(f.values.committeeId ?? committees[0]?.id ?? "");
  const templates = committees.find((c) => c.id === committeeId)?.templates ?? [];
  return (
    <form action={f.formAction} noValidate key={f.key}>
      <ErrorSummary
        title={t("scoring.errorSummary", { count: f.errors.length })}
        errors={f.errors}
        message={f.message}
      />
      <SelectField
        id="committeeId"
        name="committeeId"
        label={t("projectEdit.importCommittee")}
        error={f.fieldErrors.committeeId}
        value={committeeId}
        onChange={(e) => setCommitteeId(e.target.value)}
        options={committees.map((c) => ({ value: c.id, label: c.name }))}
      />
      <SelectField
        id="templateId"
        name="templateId"
        label={t("projectEdit.importTemplate")}
        defaultValue={f.values.templateId}
        options={templates.map((tpl) => ({ value: tpl.id, label: tpl.name }))}
      />
      <Field
        id="title"
        name="title"
        label={t("projectFields.title")}
        error={f.fieldErrors.title}
        defaultValue={f.values.title ?? ""}
      />
      <Button type="submit" disabled={f.pending}>
        {t("projectEdit.create")}
      </Button>
    </form>
  );
}
