"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { ruleConflictAction } from "@/lib/scoring/actions";
import type { Locale } from "@/lib/i18n/config";
import { useTranslations } from "next-intl";

/** The secretariat records the committee's ruling on a declaration. */
export function RulingForm({ locale: _locale, declarationId }: { locale: Locale; declarationId: string }) {
  const t = useTranslations();
  const [state, action, pending] = useActionState(ruleConflictAction, null);
  const fieldErrors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const id = (name: string) => `${name}-${declarationId}`;
  return (
    <form action={action} noValidate key={JSON.stringify(state?.values ?? {})}>
      {state && !state.ok ? (
        <p role="alert" className="text-danger font-semibold mb-2">
          {state.message}
        </p>
      ) : null}
      <input type="hidden" name="declarationId" value={declarationId} />
      <fieldset className="mb-3" aria-describedby={fieldErrors.excluded ? id("excluded-error") : undefined}>
        <legend className="font-semibold mb-1">{t("conflict.ruling")}</legend>
        {fieldErrors.excluded ? (
          <p id={id("excluded-error")} className="text-danger font-semibold">
            {fieldErrors.excluded}
          </p>
        ) : null}
        <label className="mr-6 inline-flex items-center gap-2">
          <input
            type="radio"
            name="excluded"
            value="yes"
            defaultChecked={state?.values?.excluded === "yes"}
            className="size-5"
          />{" "}
          {t("conflict.excludedYes")}
        </label>
        <label className="inline-flex items-center gap-2">
          <input
            type="radio"
            name="excluded"
            value="no"
            defaultChecked={state?.values?.excluded === "no"}
            className="size-5"
          />{" "}
          {t("conflict.excludedNo")}
        </label>
      </fieldset>
      <TextAreaField
        id={id("reason")}
        name="reason"
        rows={2}
        label={t("conflict.reason")}
        error={fieldErrors.reason}
        defaultValue={state?.values?.reason ?? ""}
      />
      <Button type="submit" disabled={pending}>
        {t("conflict.record")}
      </Button>
    </form>
  );
}
