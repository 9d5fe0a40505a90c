"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { importFileTypes } from "@/lib/projects/import/limits";
import { Field, TextAreaField } from "@/components/ui/field";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { SelectField } from "@/components/ui/select";
import { previewImportAction } from "@/lib/projects/actions";
import { importPreviewSchema } from "@/lib/projects/schema";
import { ImportReview, type Committee } from "./import-review";

/** Paste or upload, read, review, save: the source text stays in the form throughout. */
export function ImportForm({ committees }: { committees: Committee[] }) {
  const t = useTranslations("projectEdit");
  const f = useActionForm({
    action: previewImportAction,
    schema: importPreviewSchema,
    // The first committee's newest form is read first (a form just imported from a blank form is the newest).
    defaultValues: { text: "", templateId: committees[0]?.templates[0]?.id ?? "" },
    // An uploaded file is read into the text, so what is saved is what was reviewed.
    onSuccess: (preview, form) => form.setValue("text", preview.text),
  });
  // A file input takes no value: the field without its default.
  const { defaultValue: _file, ...fileField } = f.field("file");
  const preview = f.state?.ok ? f.state.data : null;
  return (
    <div>
      <ActionForm handle={f} summary="projectEdit.importErrorSummary" className="mb-8">
        <TextAreaField rows={12} label={t("importText")} {...f.field("text")} />
        <Field type="file" accept={importFileTypes} label={t("importFile")} {...fileField} />
        <SelectField
          label={t("importReadTemplate")}
          options={[
            { value: "", label: t("importNoTemplate") },
            ...committees.flatMap((c) =>
              c.templates.map((tpl) => ({ value: tpl.id, label: `${c.name} – ${tpl.name}` })),
            ),
          ]}
          {...f.field("templateId")}
        />
        <Button type="submit" disabled={f.pending}>
          {t("importRead")}
        </Button>
      </ActionForm>
      {preview ? <ImportReview preview={preview} committees={committees} /> : null}
    </div>
  );
}
