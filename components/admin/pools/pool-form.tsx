"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, TextAreaField } from "@/components/ui/field";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import { savePoolAction } from "@/lib/pools/actions";
import { defaultAuditorLimit } from "@/lib/pools/model";
import { poolFormSchema } from "@/lib/pools/schema";

export type PoolValues = Record<
  "name" | "description" | "rules" | "ceiling" | "advanceSharePct" | "auditorLimit" | "accountsDeadlineMonths",
  string
>;

const blank: PoolValues = {
  name: "",
  description: "",
  rules: "",
  ceiling: "",
  advanceSharePct: "",
  auditorLimit: defaultAuditorLimit,
  accountsDeadlineMonths: "1",
};

/** A pool's rules and figures: one form for a new pool and for an existing one (at the version it was loaded). */
export function PoolForm({
  committeeId,
  poolId = "",
  version = 0,
  initial = blank,
}: {
  committeeId: string;
  poolId?: string;
  version?: number;
  initial?: PoolValues;
}) {
  const t = useTranslations("poolsAdmin");
  const f = useActionForm({
    action: savePoolAction,
    schema: poolFormSchema,
    defaultValues: { committeeId, poolId, version, ...initial },
  });
  return (
    <ActionForm handle={f} summary="poolsAdmin.errorSummary" className="mb-8">
      {f.ok ? <Notice>{t("saved")}</Notice> : null}
      {f.code === "conflict" ? <p className="text-danger font-semibold mb-4">{t("conflict")}</p> : null}
      <input type="hidden" name="committeeId" value={committeeId} />
      <input type="hidden" name="poolId" value={poolId} />
      <input type="hidden" name="version" value={version} />
      <Field label={t("name")} {...f.field("name")} />
      <TextAreaField rows={3} label={t("description")} {...f.field("description")} />
      <TextAreaField rows={5} label={t("rules")} hint={t("rulesHint")} {...f.field("rules")} />
      <Field inputMode="decimal" label={t("ceiling")} hint={t("amountHint")} {...f.field("ceiling")} />
      <Field inputMode="numeric" label={t("advanceSharePct")} {...f.field("advanceSharePct")} />
      <Field inputMode="decimal" label={t("auditorLimit")} hint={t("amountHint")} {...f.field("auditorLimit")} />
      <Field
        inputMode="numeric"
        label={t("accountsDeadlineMonths")}
        hint={t("accountsDeadlineHint")}
        {...f.field("accountsDeadlineMonths")}
      />
      <Button type="submit" disabled={f.pending}>
        {poolId ? t("save") : t("create")}
      </Button>
    </ActionForm>
  );
}
