"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import { saveCapacityAction } from "@/lib/project-money/actions";
import { capacitySchema } from "@/lib/project-money/schema";

/**
 * A year's secretariat capacity in hours, over the version the admin saw. Without `year` the form asks for the
 * year too (a year not shown yet).
 */
export function CapacityForm({
  committeeId,
  year,
  version,
  hours,
}: {
  committeeId: string;
  year?: number;
  version: number;
  hours: string;
}) {
  const t = useTranslations("projectMoney");
  const values = { committeeId, version, year: year === undefined ? "" : String(year), hours };
  const f = useActionForm({
    action: saveCapacityAction,
    schema: capacitySchema,
    idPrefix: `capacity-${year ?? "new"}-`,
    defaultValues: values,
    onSuccess: (_, form) => (year === undefined ? form.reset(values) : undefined),
  });
  return (
    <ActionForm
      handle={f}
      summary="projectMoney.capacityErrorSummary"
      aria-label={year === undefined ? t("capacityNewYear") : t("capacityFor", { year })}
    >
      {f.ok ? <Notice>{t("capacitySaved")}</Notice> : null}
      {f.code === "conflict" ? <p className="text-danger font-semibold mb-4">{t("capacityConflict")}</p> : null}
      <input type="hidden" name="committeeId" value={committeeId} />
      <input type="hidden" name="version" value={version} />
      {year === undefined ? (
        <Field inputMode="numeric" label={t("yearLabel")} className="max-w-xs" {...f.field("year")} />
      ) : (
        <input type="hidden" name="year" value={year} />
      )}
      <Field
        inputMode="numeric"
        label={year === undefined ? t("capacityHoursLabel") : t("capacityHoursFor", { year })}
        className="max-w-xs"
        {...f.field("hours")}
      />
      <Button type="submit" variant="secondary" disabled={f.pending}>
        {t("saveCapacity")}
      </Button>
    </ActionForm>
  );
}
