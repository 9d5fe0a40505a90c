"use client";
import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, TextAreaField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { sectionParts } from "@/lib/templates/model";
import type { TemplateForm } from "./template-editor";

/** One section of the form: the part it shows, the committee's heading and help text, its layout, its place. */
export function TemplateSection({
  f,
  index,
  count,
  onMove,
  onRemove,
}: {
  f: TemplateForm;
  index: number;
  count: number;
  onMove: (by: number) => void;
  onRemove: () => void;
}) {
  const t = useTranslations("templates");
  const name = `sections.${index}` as const;
  const part = useWatch({ control: f.form.control, name: `${name}.part` });
  const heading = useWatch({ control: f.form.control, name: `${name}.heading` });
  const title = `${index + 1}. ${heading || t(`parts.${part}`)}`;
  const checkbox = (field: "inline" | "required") => (
    <label className="flex items-center gap-2">
      <input
        type="checkbox"
        className="size-5"
        defaultChecked={f.form.getValues(`${name}.${field}`) === true}
        {...f.form.register(`${name}.${field}`)}
      />{" "}
      {t(field)}
    </label>
  );
  return (
    <li className="border border-gray-300 rounded p-4" data-testid="template-section">
      <fieldset>
        <legend className="font-semibold px-1">{title}</legend>
        <input type="hidden" {...f.form.register(`${name}.id`)} />
        <div className="grid md:grid-cols-2 gap-x-4">
          <SelectField
            label={t("part")}
            options={sectionParts.map((p) => ({ value: p, label: t(`parts.${p}`) }))}
            {...f.field(`${name}.part`)}
          />
          <Field label={t("heading")} {...f.field(`${name}.heading`)} />
        </div>
        <TextAreaField rows={2} label={t("helpText")} {...f.field(`${name}.helpText`)} />
        <div className="flex flex-wrap gap-x-6 mb-3">
          {checkbox("inline")}
          {checkbox("required")}
        </div>
        <div className="flex flex-wrap gap-3">
          <Button
            type="button"
            variant="secondary"
            disabled={index === 0}
            aria-label={t("moveUp", { section: title })}
            onClick={() => onMove(-1)}
          >
            ↑ {t("up")}
          </Button>
          <Button
            type="button"
            variant="secondary"
            disabled={index === count - 1}
            aria-label={t("moveDown", { section: title })}
            onClick={() => onMove(1)}
          >
            ↓ {t("down")}
          </Button>
          <Button type="button" variant="link" aria-label={t("removeSection", { section: title })} onClick={onRemove}>
            {t("remove")}
          </Button>
        </div>
      </fieldset>
    </li>
  );
}
