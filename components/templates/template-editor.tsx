"use client";
import { useLeaveWarning } from "@/components/ui/use-leave-warning";
import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { useFieldArray } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import { SelectField } from "@/components/ui/select";
import { saveTemplateAction } from "@/lib/templates/actions";
import { templateFormSchema } from "@/lib/templates/schema";
import type { ProjectKind, SectionPart } from "@/lib/generated/prisma/enums";
import { TemplateSection } from "./template-section";

export type SectionRow = {
  id: string;
  part: SectionPart;
  heading: string;
  helpText: string;
  inline: boolean;
  required: boolean;
};
type Committee = { id: string; name: string };
type Props = {
  templateId?: string;
  version: number;
  committees: Committee[];
  committeeId: string;
  name: string;
  formTitle: string;
  projectKind: ProjectKind;
  sections: SectionRow[];
};
const projectKinds = ["INTERNAL", "PROGRAMME", "PROJECT_CARD"] as const;

const valuesOf = (p: Props) => ({
  templateId: p.templateId ?? "",
  version: String(p.version),
  committeeId: p.committeeId,
  name: p.name,
  formTitle: p.formTitle,
  projectKind: p.projectKind,
  sections: p.sections,
});

function useTemplateForm(props: Props) {
  return useActionForm({
    action: saveTemplateAction,
    schema: templateFormSchema,
    defaultValues: valuesOf(props),
  });
}
export type TemplateForm = ReturnType<typeof useTemplateForm>;

/**
 * A committee's form: its name and title, then its sections in order, each a
 * typed part (or a section of its own) with the committee's heading and help
 * text. Rows are added, moved and removed here; the server checks the whole.
 */
export function TemplateEditor(props: Props) {
  const t = useTranslations("templates");
  const kinds = useTranslations("project.kinds");
  const f = useTemplateForm(props);
  const sections = useFieldArray({ control: f.form.control, name: "sections", keyName: "key" });
  const dirty = f.form.formState.isDirty;
  // A save makes a new version: the rows start again from what was saved (new sections now have ids).
  // A refused save changes no version, so every row stays as typed.
  const synced = useRef(props.version);
  const { reset } = f.form;
  useEffect(() => {
    if (synced.current === props.version) return;
    synced.current = props.version;
    reset(valuesOf(props));
  }, [props, reset]);
  useLeaveWarning(dirty);

  return (
    <ActionForm handle={f} summary="templates.errorSummary">
      {f.ok ? <Notice>{t("saved")}</Notice> : null}
      <input type="hidden" {...f.form.register("templateId")} />
      <input type="hidden" {...f.form.register("version")} />
      {props.templateId ? (
        <input type="hidden" {...f.form.register("committeeId")} />
      ) : (
        <SelectField
          label={t("committee")}
          options={props.committees.map((c) => ({ value: c.id, label: c.name }))}
          {...f.field("committeeId")}
        />
      )}
      <Field label={t("name")} hint={t("nameHint")} {...f.field("name")} />
      <Field label={t("formTitle")} hint={t("formTitleHint")} {...f.field("formTitle")} />
      <SelectField
        label={t("projectKind")}
        options={projectKinds.map((k) => ({ value: k, label: kinds(k) }))}
        {...f.field("projectKind")}
      />

      <h2 id="sections" className="text-2xl font-semibold mt-6 mb-1">
        {t("sections")}
      </h2>
      <p className="text-muted mb-3">{t("sectionsHint")}</p>
      {f.error("sections") ? <p className="text-danger font-semibold mb-2">{f.error("sections")}</p> : null}
      <ol className="space-y-4 mb-4">
        {sections.fields.map((row, i) => (
          <TemplateSection
            key={row.key}
            f={f}
            index={i}
            count={sections.fields.length}
            onMove={(by) => sections.move(i, i + by)}
            onRemove={() => sections.remove(i)}
          />
        ))}
      </ol>
      <div className="sticky bottom-0 bg-white border-t border-gray-300 py-3 flex flex-wrap items-center gap-3">
        <Button
          type="button"
          variant="secondary"
          onClick={() =>
            sections.append({ id: "", part: "FREE", heading: "", helpText: "", inline: false, required: false })
          }
        >
          {t("addSection")}
        </Button>
        <Button type="submit" disabled={f.pending}>
          {t("save")}
        </Button>
        {dirty ? <span role="status">{t("unsaved")}</span> : null}
      </div>
    </ActionForm>
  );
}
