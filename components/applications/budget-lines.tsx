"use client";
import { useTranslations } from "next-intl";
import { useFieldArray } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { blankLine, type ApplicationFormHandle } from "./use-application-form";

/** The budget's rows: each keyed by its own id, posted as budget.0.kind, budget.0.label, budget.0.amount … */
export function BudgetLines({ f }: { f: ApplicationFormHandle }) {
  const t = useTranslations("apply");
  const rows = useFieldArray({ control: f.form.control, name: "budget" });
  const error = f.error("budget.root") ?? f.error("budget");
  const kinds = [
    { value: "expense", label: t("expense") },
    { value: "income", label: t("income") },
  ];
  return (
    <fieldset className="mb-6" id="budget">
      <legend className="text-xl font-semibold mb-3">{t("budget")}</legend>
      {error ? <p className="text-danger font-semibold mb-2">{error}</p> : null}
      {rows.fields.map((row, i) => (
        <div key={row.id} className="flex flex-wrap gap-3 items-end mb-3 border-b border-gray-200 pb-3">
          <SelectField className="" label={t("lineKind")} options={kinds} {...f.field(`budget.${i}.kind`)} />
          <Field className="mb-0 flex-1 min-w-48" label={t("lineLabel")} {...f.field(`budget.${i}.label`)} />
          <Field className="mb-0 w-40" inputMode="decimal" label={t("lineAmount")} {...f.field(`budget.${i}.amount`)} />
          {rows.fields.length > 1 ? (
            <Button type="button" variant="link" onClick={() => rows.remove(i)}>
              {t("removeLine", { n: i + 1 })}
            </Button>
          ) : null}
        </div>
      ))}
      <Button type="button" variant="secondary" onClick={() => rows.append(blankLine("expense"))}>
        {t("addLine")}
      </Button>
    </fieldset>
  );
}
