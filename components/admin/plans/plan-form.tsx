"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import { SelectField } from "@/components/ui/select";
import { savePlanAction } from "@/lib/plans/actions";
import { planFormSchema, planKinds } from "@/lib/plans/schema";

export type PlanValues = { kind: (typeof planKinds)[number]; title: string; startYear: string; endYear: string };

const blank: PlanValues = { title: "", kind: "BYDELSPLAN", startYear: "", endYear: "" };

/** A district plan's title, kind and period: one form for a new plan and for an existing one. */
export function PlanForm({
  committeeId,
  planId = "",
  version = 0,
  initial = blank,
}: {
  committeeId: string;
  planId?: string;
  version?: number;
  initial?: PlanValues;
}) {
  const t = useTranslations("plansAdmin");
  const f = useActionForm({
    action: savePlanAction,
    schema: planFormSchema,
    defaultValues: { committeeId, planId, version, ...initial },
  });
  return (
    <ActionForm handle={f} summary="plansAdmin.errorSummary" className="mb-8">
      {f.ok ? <Notice>{t("saved")}</Notice> : null}
      {f.code === "conflict" ? <p className="text-danger font-semibold mb-4">{t("conflict")}</p> : null}
      <input type="hidden" name="committeeId" value={committeeId} />
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="version" value={version} />
      <Field label={t("planTitle")} hint={t("planTitleHint")} {...f.field("title")} />
      <SelectField
        label={t("kind")}
        options={planKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        {...f.field("kind")}
      />
      <div className="flex flex-wrap gap-x-6">
        <Field inputMode="numeric" label={t("startYear")} className="w-40" {...f.field("startYear")} />
        <Field inputMode="numeric" label={t("endYear")} className="w-40" {...f.field("endYear")} />
      </div>
      <Button type="submit" disabled={f.pending}>
        {planId ? t("save") : t("create")}
      </Button>
    </ActionForm>
  );
}
