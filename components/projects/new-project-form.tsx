"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";
import { createProjectAction } from "@/lib/projects/actions";
import type { Locale } from "@/lib/i18n/format";
import { translator } from "@/lib/i18n/translate";

type Committee = { id: string; name: string; templates: { id: string; name: string }[] };

/** Committee, its form (template) and a title; the editor takes it from there. */
export function NewProjectForm({ locale, committees }: { locale: Locale; committees: Committee[] }) {
  const t = translator(locale);
  const f = useFormAction(createProjectAction);
  const [committeeId, setCommitteeId] = useState(f.values.committeeId ?? committees[0]?.id ?? "");
  const templates = committees.find((c) => c.id === committeeId)?.templates ?? [];
  return (
    <form action={f.formAction} noValidate key={f.key}>
      <ErrorSummary title={t("scoring.errorSummary", { count: f.errors.length })} errors={f.errors} message={f.message} />
      <div className="mb-4">
        <label htmlFor="committeeId" className="block font-semibold mb-1">
          {t("projectEdit.importCommittee")}
        </label>
        <select id="committeeId" name="committeeId" value={committeeId} onChange={(e) => setCommitteeId(e.target.value)} className="border-2 border-gray-500 rounded px-3 py-2">
          {committees.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <div className="mb-4">
        <label htmlFor="templateId" className="block font-semibold mb-1">
          {t("projectEdit.importTemplate")}
        </label>
        <select id="templateId" name="templateId" defaultValue={f.values.templateId} className="border-2 border-gray-500 rounded px-3 py-2">
          {templates.map((tpl) => (
            <option key={tpl.id} value={tpl.id}>
              {tpl.name}
            </option>
          ))}
        </select>
      </div>
      <Field id="title" name="title" label={t("projectFields.title")} error={f.fieldErrors.title} defaultValue={f.values.title ?? ""} />
      <Button type="submit" disabled={f.pending}>
        {t("projectEdit.create")}
      </Button>
    </form>
  );
}
