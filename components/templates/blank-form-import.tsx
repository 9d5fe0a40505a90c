"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { importFileTypes } from "@/lib/projects/import/limits";
import { Field, TextAreaField } from "@/components/ui/field";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import { readBlankFormAction } from "@/lib/templates/actions";
import { importPreviewSchema } from "@/lib/projects/schema";
import { TemplateEditor } from "./template-editor";

type Committee = { id: string; name: string };

/**
 * Upload or paste a committee's blank form; its headings come back mapped to
 * the parts they ask for and open in the template editor, to review and save.
 */
export function BlankFormImport({ committees }: { committees: Committee[] }) {
  const t = useTranslations("templates");
  const f = useActionForm({ action: readBlankFormAction, schema: importPreviewSchema, defaultValues: { text: "" } });
  // A file input takes no value: the field without its default.
  const { defaultValue: _file, ...fileField } = f.field("file");
  const form = f.state?.ok ? f.state.data : null;
  return (
    <div>
      <ActionForm handle={f} summary="templates.import.errorSummary" className="mb-8">
        <Field type="file" accept={importFileTypes} label={t("import.file")} {...fileField} />
        <TextAreaField rows={8} label={t("import.text")} {...f.field("text")} />
        <Button type="submit" disabled={f.pending}>
          {t("import.read")}
        </Button>
      </ActionForm>
      {form ? (
        <section aria-labelledby="blank-review" className="border-t border-gray-300 pt-6" data-testid="blank-review">
          <h2 id="blank-review" className="text-2xl font-semibold mb-3">
            {t("import.review")}
          </h2>
          <Notice>
            {t("import.found", { count: form.sections.length - (form.addedTitle ? 1 : 0) })}
            {form.addedTitle ? ` ${t("import.addedTitle")}` : ""}
            {form.dropped ? ` ${t("import.dropped", { count: form.dropped })}` : ""}
          </Notice>
          <TemplateEditor
            key={JSON.stringify(form.sections)}
            version={0}
            committees={committees}
            committeeId={committees[0]?.id ?? ""}
            name={form.formTitle}
            formTitle={form.formTitle}
            projectKind={form.sections.some((s) => s.part === "STATUS") ? "PROJECT_CARD" : "INTERNAL"}
            sections={form.sections.map((s) => ({
              id: "",
              part: s.part,
              heading: s.heading,
              helpText: s.helpText,
              inline: false,
              required: s.part === "TITLE",
            }))}
          />
        </section>
      ) : null}
    </div>
  );
}
