"use client";
import { useEffect } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { SelectField } from "@/components/ui/select";
import { saveImportAction } from "@/lib/projects/actions";
import type { ImportPreview } from "@/lib/projects/import/preview";
import { importSaveSchema } from "@/lib/projects/schema";
import { formatKr } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";

export type Committee = { id: string; name: string; templates: { id: string; name: string }[] };

/** How the text was understood, and where to save it: the save reads the same text again on the server. */
export function ImportReview({ preview, committees }: { preview: ImportPreview; committees: Committee[] }) {
  const t = useTranslations("projectEdit");
  const tp = useTranslations("templates");
  const locale = useLocale() as Locale;
  const f = useActionForm({
    action: saveImportAction,
    schema: importSaveSchema,
    idPrefix: "save-",
    defaultValues: {
      text: preview.text,
      // Saved on the form it was read against, in that form's committee.
      committeeId:
        committees.find((c) => c.templates.some((tpl) => tpl.id === preview.templateId))?.id ?? committees[0]?.id ?? "",
      // The form it was read against; none when it was read by the known headings only.
      templateId: preview.templateId,
    },
  });
  // A second reading replaces the text to save.
  const { setValue } = f.form;
  useEffect(() => setValue("text", preview.text), [setValue, preview.text]);
  const committeeId = useWatch({ control: f.form.control, name: "committeeId" });
  const templates = committees.find((c) => c.id === committeeId)?.templates ?? [];
  // Another committee's form cannot be chosen: a change of committee clears a template that is not its own.
  const templateId = useWatch({ control: f.form.control, name: "templateId" });
  const foreign = Boolean(templateId) && !templates.some((tpl) => tpl.id === templateId);
  useEffect(() => {
    if (foreign) setValue("templateId", "");
  }, [foreign, setValue]);

  return (
    <section aria-labelledby="review" className="border-t border-gray-300 pt-6" data-testid="import-review">
      <h2 id="review" className="text-2xl font-semibold mb-3">
        {t("importReview")}
      </h2>
      <dl className="grid grid-cols-1 sm:grid-cols-[14rem_1fr] gap-y-1 mb-4">
        <dt className="font-semibold">{t("parts.title")}</dt>
        <dd data-testid="import-title">{preview.title}</dd>
        <dt className="font-semibold">{t("importBudget")}</dt>
        <dd data-testid="import-budget">{formatKr(preview.budgetOre, locale)}</dd>
        <dt className="font-semibold">{t("importPeople")}</dt>
        <dd data-testid="import-people">
          {preview.people.length
            ? preview.people.map((p) => (p.uncertain ? `${p.name} (${t("importUncertain")})` : p.name)).join(", ")
            : "–"}
        </dd>
        <dt className="font-semibold">{t("importHours")}</dt>
        <dd>{preview.hours ?? "–"}</dd>
        {preview.statedTotalOre !== null ? (
          <>
            <dt className="font-semibold">{t("importStatedTotal")}</dt>
            <dd data-testid="import-stated-total">
              {t("importTotalsDiffer", {
                stated: formatKr(preview.statedTotalOre, locale),
                sum: formatKr(preview.budgetOre, locale),
              })}
            </dd>
          </>
        ) : null}
        <dt className="font-semibold">{t("importMapped")}</dt>
        <dd>
          <ul className="list-disc pl-5" data-testid="import-sections">
            {preview.sections.map((m, i) => (
              <li key={i}>
                {m.heading || "–"} → {tp(`parts.${m.part as "FREE"}`)}
              </li>
            ))}
          </ul>
        </dd>
        <dt className="font-semibold">{t("importFree")}</dt>
        <dd>{preview.free.length ? preview.free.join(", ") : t("importNone")}</dd>
      </dl>
      <p className="mb-4">
        {t("importCounts", {
          criteria: preview.criteria,
          timeline: preview.timeline,
          children: preview.children,
          spans: preview.spans,
        })}
      </p>
      <ActionForm handle={f} summary="projectEdit.importErrorSummary">
        <input type="hidden" {...f.form.register("text")} />
        <SelectField
          label={t("importCommittee")}
          options={committees.map((c) => ({ value: c.id, label: c.name }))}
          {...f.field("committeeId")}
        />
        <SelectField
          label={t("importTemplate")}
          options={[
            { value: "", label: t("importNoTemplate") },
            ...templates.map((tpl) => ({ value: tpl.id, label: tpl.name })),
          ]}
          {...f.field("templateId")}
        />
        <p className="mb-4 text-muted">{t("importTemplateSaves")}</p>
        <Button type="submit" disabled={f.pending}>
          {t("importSave")}
        </Button>
      </ActionForm>
    </section>
  );
}
