"use client";
import { useEffect, useMemo, useState } from "react";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";
import { saveProjectAction } from "@/lib/projects/actions";
import type { ProjectDocument } from "@/lib/projects/document";
import { toFormValues } from "@/lib/projects/editor-form";
import { formTargets, listSpecs, scalarFields, type FormSection } from "@/lib/projects/editor-spec";
import { projectSaveSchema } from "@/lib/projects/schema";
import { EditorField, FormHint, RequiredMark, type EditorHandle } from "./editor-field";
import { EditorList } from "./editor-list";
import { FormGuide, type GuideSection } from "./form-guide";
import { useProjectDraft } from "./use-project-draft";
import { WorkGrid } from "./work-grid";

/** The whole project on one page, part by part, in the document's own shape; saved over the version it started from. */
export function ProjectEditor({
  projectId,
  version,
  initial,
  savedAt,
  form,
}: {
  projectId: string;
  version: number;
  initial: ProjectDocument;
  savedAt: string;
  /** The committee's form the project is written on: its sections in order, in its words. */
  form?: { name: string; sections: GuideSection[] };
}) {
  const t = useTranslations("projectEdit");
  const parts = useTranslations("projectParts");
  const locale = useLocale() as Locale;
  // The form's own (FREE) sections are there to be written in, even before they have text.
  const ownSections = (form?.sections ?? []).filter((s) => s.part === "FREE" && s.heading.trim());
  // What the form says about a part of the editor: its heading and help text.
  const guide = useMemo(() => {
    const byTarget = new Map<string, FormSection>();
    for (const s of form?.sections ?? []) {
      const target = formTargets[s.part];
      if (target && s.part !== "FREE" && !byTarget.has(target)) byTarget.set(target, s);
    }
    return byTarget;
  }, [form]);
  const [defaults] = useState(() =>
    toFormValues(initial, { projectId, version, ownHeadings: ownSections.map((s) => s.heading), locale }),
  );
  const [current, setCurrent] = useState(version);
  const f = useActionForm({
    action: saveProjectAction,
    schema: projectSaveSchema,
    defaultValues: defaults,
    idPrefix: "f-",
    // Saved: the form now stands for the new version, with nothing unsaved.
    onSuccess: (saved, rhf) => {
      setCurrent(saved.version);
      rhf.reset({ ...rhf.getValues(), version: String(saved.version) });
    },
  });
  const draft = useProjectDraft(f.form, `lokalpulje:project:${projectId}:v${current}:form`);
  const { clear } = draft;
  useEffect(() => {
    if (f.ok) clear();
    // Only a new answer from the server clears the draft; a refusal or a conflict keeps it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [f.state]);
  const conflict = f.code === "conflict";
  const h: EditorHandle = { f, guide, locale };
  const savedVersion = f.state?.ok ? f.state.data.version : undefined;

  return (
    <ActionForm handle={{ ...f, message: conflict ? t("conflict") : f.message }} summary="projectEdit.errorSummary">
      <input type="hidden" {...f.form.register("projectId")} />
      <input type="hidden" {...f.form.register("version")} />
      <input type="hidden" {...f.form.register("_rest")} />
      <input type="hidden" {...f.form.register("_own")} />
      {draft.found ? (
        <div className="border-l-4 border-gray-500 bg-gray-50 p-3 mb-4" role="status">
          <p className="mb-2">{t("draftFound", { when: formatDateTime(new Date(draft.found.when), locale) })}</p>
          <div className="flex gap-3">
            <Button type="button" variant="secondary" onClick={draft.restore}>
              {t("draftRestore")}
            </Button>
            <Button type="button" variant="link" onClick={draft.discard}>
              {t("draftDiscard")}
            </Button>
          </div>
        </div>
      ) : null}
      {savedVersion && !draft.dirty ? <Notice>{t("saved", { version: savedVersion })}</Notice> : null}
      {conflict ? (
        <p className="mb-4">
          <Link href={`/projects/${projectId}/history`} className="underline font-semibold" target="_blank">
            {t("history")}
          </Link>
        </p>
      ) : null}
      <p className="text-sm text-muted mb-4" data-testid="editor-version">
        {t("version")} {current} · {savedAt}
      </p>

      {form ? <FormGuide name={form.name} sections={form.sections} h={h} /> : null}

      <section aria-labelledby="part-texts" className="mb-8">
        <h2 id="part-texts" className="text-2xl font-semibold mb-3">
          {parts("texts")}
        </h2>
        {scalarFields.map((spec) => (
          <EditorField key={spec.key} spec={spec} name={spec.key} h={h} />
        ))}
      </section>

      {listSpecs.map((spec) => {
        const formSection = guide.get(spec.part);
        return (
          <section key={spec.part} aria-labelledby={`part-${spec.part}`} className="mb-8">
            <h2 id={`part-${spec.part}`} className="text-2xl font-semibold mb-3">
              {parts(spec.part)}
              {formSection?.required ? <RequiredMark /> : null}
            </h2>
            {formSection ? <FormHint id={`part-${spec.part}-hint`} section={formSection} /> : null}
            {spec.part === "freeSections"
              ? ownSections.map((s) =>
                  s.helpText ? <FormHint key={s.heading} id={`own-${s.heading}`} section={s} /> : null,
                )
              : null}
            <EditorList spec={spec} name={spec.key ?? spec.part} h={h} />
          </section>
        );
      })}

      <WorkGrid h={h} />

      <div className="sticky bottom-0 bg-white border-t border-gray-300 py-3 flex items-center gap-4">
        <Button type="submit" disabled={f.pending}>
          {f.pending ? t("saving") : t("save")}
        </Button>
        {draft.dirty ? <span role="status">{t("unsaved")}</span> : null}
      </div>
    </ActionForm>
  );
}
