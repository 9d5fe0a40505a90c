"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import { addPoolYearAction } from "@/lib/pools/actions";
import { poolYearSchema } from "@/lib/pools/schema";

/** A new funds year with its budget; a year the pool already has is refused on the field. */
export function PoolYearForm({ poolId }: { poolId: string }) {
  const t = useTranslations("poolsAdmin");
  const blank = { poolId, year: "", budget: "", note: "" };
  const f = useActionForm({
    action: addPoolYearAction,
    schema: poolYearSchema,
    idPrefix: "new-year-",
    defaultValues: blank,
    onSuccess: (_, form) => form.reset(blank),
  });
  return (
    <ActionForm handle={f} summary="poolsAdmin.errorSummary" className="mb-8">
      {f.ok ? <Notice>{t("yearAdded")}</Notice> : null}
      <input type="hidden" name="poolId" value={poolId} />
      <Field inputMode="numeric" label={t("year")} className="max-w-xs" {...f.field("year")} />
      <Field inputMode="decimal" label={t("budget")} hint={t("amountHint")} {...f.field("budget")} />
      <Field label={t("note")} {...f.field("note")} />
      <Button type="submit" disabled={f.pending}>
        {t("addYear")}
      </Button>
    </ActionForm>
  );
}
