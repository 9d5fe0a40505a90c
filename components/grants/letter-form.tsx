"use client";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { CheckboxField, isTicked } from "@/components/ui/checkbox";
import { Field, TextAreaField } from "@/components/ui/field";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import { sendGrantLetterAction } from "@/lib/grants/actions";
import { sendLetterSchema } from "@/lib/grants/schema";
import { formatKr } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";

/** The grant letter's draft: the decision's conditions, the accounts deadline and the advance, then "send". */
export function LetterForm({
  applicationId,
  version,
  draft,
}: {
  applicationId: string;
  version: number;
  draft: { conditions: string; accountsDueOn: string; advanceOre: number; months: number };
}) {
  const t = useTranslations("letters");
  const locale = useLocale() as Locale;
  const f = useActionForm({
    action: sendGrantLetterAction,
    schema: sendLetterSchema,
    idPrefix: "letter-",
    defaultValues: {
      applicationId,
      version,
      conditions: draft.conditions,
      accountsDueOn: draft.accountsDueOn,
      payAdvance: draft.advanceOre > 0,
    },
  });
  if (f.ok) return <Notice>{t("sent")}</Notice>;
  return (
    <ActionForm handle={f} summary="letters.errorSummary" aria-label={t("draftTitle")}>
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="version" value={version} />
      <TextAreaField rows={4} label={t("conditions")} hint={t("conditionsHint")} {...f.field("conditions")} />
      <Field
        type="date"
        label={t("accountsDueOn")}
        hint={t("accountsDueOnHint", { months: draft.months })}
        {...f.field("accountsDueOn")}
      />
      {draft.advanceOre > 0 ? (
        <CheckboxField
          label={t("payAdvance", { amount: formatKr(draft.advanceOre, locale) })}
          defaultChecked={isTicked(f.form.getValues("payAdvance"))}
          {...f.field("payAdvance")}
        />
      ) : (
        <p className="mb-4">{t("noAdvancePool")}</p>
      )}
      <Button type="submit" disabled={f.pending}>
        {t("send")}
      </Button>
    </ActionForm>
  );
}
