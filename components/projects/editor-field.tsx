"use client";
import { useTranslations } from "next-intl";
import { fieldId, type useActionForm } from "@/components/ui/form";
import type { Locale } from "@/lib/i18n/config";
import type { ProjectFormValues } from "@/lib/projects/editor-form";
import type { FieldSpec, FormSection } from "@/lib/projects/editor-spec";
import type { ProjectSaveInput } from "@/lib/projects/schema";
import { EditorList } from "./editor-list";

export type EditorForm = ReturnType<typeof useActionForm<ProjectFormValues, ProjectSaveInput, { version: number }>>;
/** What the editor's parts share: the form, the committee's words for each part, the page's language. */
export type EditorHandle = { f: EditorForm; guide: ReadonlyMap<string, FormSection>; locale: Locale };

const input = "w-full border-2 rounded px-3 py-2";

/** What the committee's form says about a part: its heading in the form's words and its help text. */
export function FormHint({ id, section }: { id: string; section: FormSection }) {
  const t = useTranslations("projectEdit");
  return (
    <p id={id} className="text-sm text-muted mb-1">
      {section.heading ? t("onForm", { heading: section.heading }) : null}
      {section.heading && section.helpText ? " " : null}
      {section.helpText}
      {section.required ? ` ${t("requiredHint")}` : null}
    </p>
  );
}

export function RequiredMark() {
  return (
    <span className="text-danger font-semibold" aria-hidden="true">
      {" "}
      *
    </span>
  );
}

/**
 * One field of the document, by its spec, registered under its name
 * ("budget.1.amountOre"): react-hook-form holds the value, so a row keeps its
 * own values when another is removed.
 */
export function EditorField({ spec, name, h }: { spec: FieldSpec; name: string; h: EditorHandle }) {
  const label = useTranslations("projectFields");
  const options = useTranslations("projectOptions");
  const { f } = h;
  // Only the controls register: a list or a quarter's pair registers its own parts.
  const id = fieldId(name, "f-");
  const error = f.error(name);
  const registered = () => ({ defaultValue: f.initial(name), ...f.form.register(name) });
  const formSection = name.includes(".") ? undefined : h.guide.get(spec.key);
  const describedBy =
    [formSection ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const aria = { id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy };
  const cls = `${input} ${error ? "border-danger" : "border-gray-500"}`;

  if (spec.kind === "list")
    return (
      <div className="mb-3 pl-4 border-l-2 border-gray-200">
        <EditorList spec={spec.list!} name={name} h={h} />
      </div>
    );
  if (spec.kind === "checkbox")
    return (
      <div className="mb-3 flex items-center gap-2">
        <input
          id={id}
          type="checkbox"
          className="size-5"
          defaultChecked={f.form.getValues(name) === true}
          {...f.form.register(name)}
        />
        <label htmlFor={id}>{label(spec.key)}</label>
      </div>
    );

  const control = (() => {
    switch (spec.kind) {
      case "textarea":
        return <textarea rows={3} className={cls} {...aria} {...registered()} />;
      case "number":
        return <input inputMode="numeric" className={cls} {...aria} {...registered()} />;
      case "hours":
      case "amount":
        return <input inputMode="decimal" className={cls} {...aria} {...registered()} />;
      case "date":
        return <input type="date" className={cls} {...aria} {...registered()} />;
      case "datetime":
        return <input type="datetime-local" className={cls} {...aria} {...registered()} />;
      case "select":
        return (
          <select className={cls} {...aria} {...registered()}>
            <option value="">–</option>
            {spec.options!.map((o) => (
              <option key={o} value={o}>
                {options(o)}
              </option>
            ))}
          </select>
        );
      case "yearQuarter":
        return (
          <span className="flex gap-2">
            <input
              inputMode="numeric"
              aria-label={`${label(spec.key)}: ${label("year")}`}
              className={`${cls} w-24`}
              {...aria}
              {...f.form.register(`${name}.0`)}
              defaultValue={f.initial(`${name}.0`)}
            />
            <select
              aria-label={`${label(spec.key)}: ${options("QUARTER")}`}
              className={`${cls} w-20`}
              {...f.form.register(`${name}.1`)}
              defaultValue={f.initial(`${name}.1`)}
            >
              {[1, 2, 3, 4].map((n) => (
                <option key={n} value={n}>
                  K{n}
                </option>
              ))}
            </select>
          </span>
        );
      default:
        return <input className={cls} {...aria} {...registered()} />;
    }
  })();

  return (
    <div className="mb-3">
      <label htmlFor={id} className="inline-block font-semibold mb-1 text-sm">
        {label(spec.key)}
      </label>
      {formSection?.required ? <RequiredMark /> : null}
      {formSection ? <FormHint id={`${id}-hint`} section={formSection} /> : null}
      {error ? (
        <p id={`${id}-error`} className="text-danger font-semibold text-sm mb-1">
          {error}
        </p>
      ) : null}
      {control}
    </div>
  );
}
