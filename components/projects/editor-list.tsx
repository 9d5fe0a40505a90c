"use client";
import { useTranslations } from "next-intl";
import { useFieldArray } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { blankRow } from "@/lib/projects/editor-form";
import type { ListSpec } from "@/lib/projects/editor-spec";
import { EditorField, type EditorHandle } from "./editor-field";

/**
 * A repeated part of the document (budget lines, people, the timeline …):
 * each row keyed by react-hook-form's own id, never by its place, so removing
 * the second of three rows leaves the first and the third with their values.
 */
export function EditorList({ spec, name, h }: { spec: ListSpec; name: string; h: EditorHandle }) {
  const t = useTranslations("projectEdit");
  const parts = useTranslations("projectParts");
  const { fields, append, remove } = useFieldArray({ control: h.f.form.control, name: name as never });
  const what = parts(spec.part);
  const listError = h.f.error(name);
  return (
    <div>
      {listError ? <p className="text-danger font-semibold">{listError}</p> : null}
      <ol className="space-y-4">
        {fields.map((row, i) => (
          <li key={row.id} className="border border-gray-300 rounded p-3">
            <p className="font-semibold mb-2">{t("item", { what, n: i + 1 })}</p>
            {"_rest" in row ? <input type="hidden" {...h.f.form.register(`${name}.${i}._rest`)} /> : null}
            {spec.fields.map((field) => (
              <EditorField key={field.key} spec={field} name={`${name}.${i}.${field.key}`} h={h} />
            ))}
            <Button type="button" variant="link" onClick={() => remove(i)}>
              {t("remove", { what: what.toLowerCase(), n: i + 1 })}
            </Button>
          </li>
        ))}
      </ol>
      <Button
        type="button"
        variant="secondary"
        className="mt-2"
        onClick={() => append(blankRow(spec, h.locale) as never)}
      >
        {t("add")}: {what.toLowerCase()}
      </Button>
    </div>
  );
}
