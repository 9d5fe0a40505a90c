"use client";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field, TextAreaField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SelectField } from "@/components/ui/select";
import { useFormAction } from "@/components/ui/use-form-action";
import { archiveTemplateAction, copyTemplateAction, saveTemplateAction } from "@/lib/templates/actions";
import { sectionParts } from "@/lib/templates/model";
import type { Locale } from "@/lib/i18n/config";
import { useTranslations } from "next-intl";
import type { MessageKey } from "@/lib/i18n/messages";

export type SectionRow = {
  id: string;
  part: string;
  heading: string;
  helpText: string;
  inline: boolean;
  required: boolean;
};
type Row = SectionRow & { key: string };
type Committee = { id: string; name: string };
const projectKinds = ["INTERNAL", "PROGRAMME", "PROJECT_CARD"] as const;

const blank = (key: string): Row => ({
  key,
  id: "",
  part: "FREE",
  heading: "",
  helpText: "",
  inline: false,
  required: false,
});

/**
 * A committee's form: its name and title, then its sections in order, each a
 * typed part (or a section of its own) with the committee's heading and help
 * text. Rows are added, moved and removed here; the server checks the whole.
 */
export function TemplateEditor({
  locale: _locale,
  templateId,
  version,
  committees,
  committeeId,
  name,
  formTitle,
  projectKind,
  sections,
}: {
  locale: Locale;
  templateId?: string;
  version: number;
  committees: Committee[];
  committeeId: string;
  name: string;
  formTitle: string;
  projectKind: string;
  sections: SectionRow[];
}) {
  const t = useTranslations();
  const f = useFormAction(saveTemplateAction);
  const [rows, setRows] = useState<Row[]>(() => sections.map((s, i) => ({ ...s, key: `k${i}` })));
  const [next, setNext] = useState(sections.length);
  const [dirty, setDirty] = useState(false);
  // A save makes a new version: the rows start again from what was saved (new sections now have ids).
  // A failed save changes no version, so every row stays as typed.
  const [synced, setSynced] = useState(version);
  if (synced !== version) {
    setSynced(version);
    setRows(sections.map((s, i) => ({ ...s, key: `v${version}-${i}` })));
    setDirty(false);
  }
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const change = (next: Row[]) => {
    setRows(next);
    setDirty(true);
  };
  const set = (i: number, patch: Partial<Row>) => change(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const move = (i: number, by: number) => {
    const copy = [...rows];
    const [row] = copy.splice(i, 1);
    copy.splice(i + by, 0, row!);
    change(copy);
  };
  const partLabel = (part: string) => t(`templates.parts.${part}` as MessageKey);
  const v = (key: string, fallback: string) => f.values[key] ?? fallback;

  return (
    <form action={f.formAction} noValidate onChange={() => setDirty(true)}>
      {f.ok ? <Notice>{t("templates.saved")}</Notice> : null}
      <ErrorSummary
        title={t("scoring.errorSummary", { count: f.errors.length })}
        errors={f.errors}
        message={f.message}
      />
      <input type="hidden" name="templateId" value={templateId ?? ""} />
      <input type="hidden" name="version" value={version} />
      {templateId ? (
        <input type="hidden" name="committeeId" value={committeeId} />
      ) : (
        <SelectField
          id="committeeId"
          name="committeeId"
          label={t("templates.committee")}
          error={f.fieldErrors.committeeId}
          defaultValue={v("committeeId", committeeId)}
          options={committees.map((c) => ({ value: c.id, label: c.name }))}
        />
      )}
      <Field
        id="name"
        name="name"
        label={t("templates.name")}
        hint={t("templates.nameHint")}
        error={f.fieldErrors.name}
        defaultValue={v("name", name)}
      />
      <Field
        id="formTitle"
        name="formTitle"
        label={t("templates.formTitle")}
        hint={t("templates.formTitleHint")}
        error={f.fieldErrors.formTitle}
        defaultValue={v("formTitle", formTitle)}
      />
      <SelectField
        id="projectKind"
        name="projectKind"
        label={t("templates.projectKind")}
        error={f.fieldErrors.projectKind}
        defaultValue={v("projectKind", projectKind)}
        options={projectKinds.map((k) => ({ value: k, label: t(`project.kinds.${k}` as MessageKey) }))}
      />

      <h2 id="sections" className="text-2xl font-semibold mt-6 mb-1">
        {t("templates.sections")}
      </h2>
      <p className="text-muted mb-3">{t("templates.sectionsHint")}</p>
      {f.fieldErrors.sections ? <p className="text-danger font-semibold mb-2">{f.fieldErrors.sections}</p> : null}
      <ol className="space-y-4 mb-4">
        {rows.map((row, i) => {
          const id = (field: string) => `sections-${i}-${field}`;
          const err = (field: string) => f.fieldErrors[`sections.${i}.${field}`];
          const title = `${i + 1}. ${row.heading || partLabel(row.part)}`;
          return (
            <li key={row.key} className="border border-gray-300 rounded p-4" data-testid="template-section">
              <fieldset>
                <legend className="font-semibold px-1">{title}</legend>
                <input type="hidden" name={`sections.${i}.id`} value={row.id} />
                <div className="grid md:grid-cols-2 gap-x-4">
                  <SelectField
                    id={id("part")}
                    name={`sections.${i}.part`}
                    label={t("templates.part")}
                    error={err("part")}
                    value={row.part}
                    onChange={(e) => set(i, { part: e.target.value })}
                    options={sectionParts.map((p) => ({ value: p, label: partLabel(p) }))}
                  />
                  <Field
                    id={id("heading")}
                    name={`sections.${i}.heading`}
                    label={t("templates.heading")}
                    error={err("heading")}
                    value={row.heading}
                    onChange={(e) => set(i, { heading: e.target.value })}
                  />
                </div>
                <TextAreaField
                  id={id("helpText")}
                  name={`sections.${i}.helpText`}
                  rows={2}
                  label={t("templates.helpText")}
                  error={err("helpText")}
                  value={row.helpText}
                  onChange={(e) => set(i, { helpText: e.target.value })}
                />
                <div className="flex flex-wrap gap-x-6 mb-3">
                  <label className="flex items-center gap-2">
                    <input
                      type="checkbox"
                      name={`sections.${i}.inline`}
                      checked={row.inline}
                      onChange={(e) => set(i, { inline: e.target.checked })}
                      className="size-5"
                    />{" "}
                    {t("templates.inline")}
                  </label>
                  <label className="flex items-center gap-2">
                    <input
                      type="checkbox"
                      name={`sections.${i}.required`}
                      checked={row.required}
                      onChange={(e) => set(i, { required: e.target.checked })}
                      className="size-5"
                    />{" "}
                    {t("templates.required")}
                  </label>
                </div>
                <div className="flex flex-wrap gap-3">
                  <Button
                    type="button"
                    variant="secondary"
                    disabled={i === 0}
                    aria-label={t("templates.moveUp", { section: title })}
                    onClick={() => move(i, -1)}
                  >
                    ↑ {t("templates.up")}
                  </Button>
                  <Button
                    type="button"
                    variant="secondary"
                    disabled={i === rows.length - 1}
                    aria-label={t("templates.moveDown", { section: title })}
                    onClick={() => move(i, 1)}
                  >
                    ↓ {t("templates.down")}
                  </Button>
                  <Button
                    type="button"
                    variant="link"
                    aria-label={t("templates.removeSection", { section: title })}
                    onClick={() => change(rows.filter((r) => r.key !== row.key))}
                  >
                    {t("templates.remove")}
                  </Button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className="sticky bottom-0 bg-white border-t border-gray-300 py-3 flex flex-wrap items-center gap-3">
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            change([...rows, blank(`k${next}`)]);
            setNext(next + 1);
          }}
        >
          {t("templates.addSection")}
        </Button>
        <Button type="submit" disabled={f.pending}>
          {t("templates.save")}
        </Button>
        {dirty ? <span role="status">{t("projectEdit.unsaved")}</span> : null}
      </div>
    </form>
  );
}

/** A copy to adapt, for this or another committee. */
export function CopyTemplateForm({
  locale: _locale,
  templateId,
  name,
  committees,
  committeeId,
}: {
  locale: Locale;
  templateId: string;
  name: string;
  committees: Committee[];
  committeeId: string;
}) {
  const t = useTranslations();
  const f = useFormAction(copyTemplateAction, "copy-");
  return (
    <form action={f.formAction} noValidate key={f.key}>
      <ErrorSummary
        title={t("scoring.errorSummary", { count: f.errors.length })}
        errors={f.errors}
        message={f.message}
      />
      <input type="hidden" name="templateId" value={templateId} />
      <SelectField
        id="copy-committeeId"
        name="committeeId"
        label={t("templates.committee")}
        error={f.fieldErrors.committeeId}
        defaultValue={f.values.committeeId ?? committeeId}
        options={committees.map((c) => ({ value: c.id, label: c.name }))}
      />
      <Field
        id="copy-name"
        name="name"
        label={t("templates.name")}
        error={f.fieldErrors.name}
        defaultValue={f.values.name ?? t("templates.copyName", { name })}
      />
      <Button type="submit" variant="secondary" disabled={f.pending}>
        {t("templates.copy")}
      </Button>
    </form>
  );
}

/** Archive: no longer offered for new projects; projects on it still print in its words. */
export function ArchiveTemplateForm({
  locale: _locale,
  templateId,
  version,
}: {
  locale: Locale;
  templateId: string;
  version: number;
}) {
  const t = useTranslations();
  const f = useFormAction(archiveTemplateAction);
  return (
    <form action={f.formAction}>
      {f.message ? (
        <p className="text-danger font-semibold mb-2" role="alert">
          {f.message}
        </p>
      ) : null}
      <input type="hidden" name="templateId" value={templateId} />
      <input type="hidden" name="version" value={version} />
      <Button type="submit" variant="secondary" disabled={f.pending}>
        {t("templates.archive")}
      </Button>
    </form>
  );
}
