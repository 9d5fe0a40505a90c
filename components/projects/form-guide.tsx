"use client";
import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { fieldId } from "@/components/ui/form";
import type { ProjectDocument } from "@/lib/projects/document";
import { documentFromForm } from "@/lib/projects/editor-form";
import { formTargets, isFilled, scalarFields, type FormSection } from "@/lib/projects/editor-spec";
import type { EditorHandle } from "./editor-field";

/** A form section with its heading as the page shows it (the part's name where the form gives none). */
export type GuideSection = FormSection & { label: string };

/** The committee's form as contents: each section links to where it is written, and says if it is not yet. */
export function FormGuide({ name, sections, h }: { name: string; sections: GuideSection[]; h: EditorHandle }) {
  const t = useTranslations("projectEdit");
  const values = useWatch({ control: h.f.form.control });
  const doc = documentFromForm(values) as ProjectDocument;
  return (
    <nav aria-labelledby="form-guide" className="border border-gray-300 rounded p-4 mb-8" data-testid="form-guide">
      <h2 id="form-guide" className="text-xl font-semibold mb-2">
        {t("formGuide", { name })}
      </h2>
      <ol className="list-decimal pl-6 md:columns-2">
        {sections.map((s, i) => {
          const target = formTargets[s.part];
          const anchor =
            s.part === "FREE"
              ? "part-freeSections"
              : target && scalarFields.some((f) => f.key === target)
                ? fieldId(target, "f-")
                : `part-${target}`;
          return (
            <li key={i}>
              <a href={`#${anchor}`} className="underline">
                {s.label}
              </a>
              {s.required ? (
                <>
                  <span className="text-danger" aria-hidden="true">
                    {" "}
                    *
                  </span>
                  <span className="sr-only"> ({t("requiredHint")})</span>
                </>
              ) : null}
              {!isFilled(s, doc) ? <span className="text-muted text-sm"> – {t("notWritten")}</span> : null}
            </li>
          );
        })}
      </ol>
      {sections.some((s) => s.required) ? <p className="text-sm text-muted mt-2">{t("requiredNote")}</p> : null}
    </nav>
  );
}
