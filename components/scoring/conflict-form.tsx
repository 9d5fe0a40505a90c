"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { declareConflictAction } from "@/lib/scoring/actions";
import { conflictGrounds } from "@/lib/scoring/schema";
import type { Locale } from "@/lib/i18n/config";
import { useTranslations } from "next-intl";

/** A member declares a conflict of interest (forvaltningsloven § 3); the committee rules on it. */
export function ConflictForm({ locale: _locale, applicationId }: { locale: Locale; applicationId: string }) {
  const t = useTranslations();
  const [state, action, pending] = useActionState(declareConflictAction, null);
  const fieldErrors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const errors = Object.entries(fieldErrors).map(([field, message]) => ({ field, message }));
  if (state?.ok)
    return (
      <p role="status" className="border-l-4 border-brand-600 bg-brand-50 p-3">
        {t("conflict.declared")}
      </p>
    );
  return (
    <form action={action} noValidate key={JSON.stringify(state?.values ?? {})}>
      <ErrorSummary
        title={t("scoring.errorSummary", { count: errors.length })}
        errors={errors}
        message={state && !state.ok && errors.length === 0 ? state.message : undefined}
      />
      <input type="hidden" name="applicationId" value={applicationId} />
      <div className="mb-4">
        <label htmlFor="ground" className="block font-semibold mb-1">
          {t("conflict.ground")}
        </label>
        {fieldErrors.ground ? (
          <p id="ground-error" className="text-danger font-semibold mb-1">
            {fieldErrors.ground}
          </p>
        ) : null}
        <select
          id="ground"
          name="ground"
          defaultValue={state?.values?.ground ?? ""}
          aria-invalid={fieldErrors.ground ? true : undefined}
          aria-describedby={fieldErrors.ground ? "ground-error" : undefined}
          className="border-2 border-gray-500 rounded px-3 py-2 max-w-full"
        >
          <option value="">{t("conflict.chooseGround")}</option>
          {conflictGrounds.map((g) => (
            <option key={g} value={g}>
              {t(`conflict.grounds.${g}`)}
            </option>
          ))}
        </select>
      </div>
      <TextAreaField
        id="description"
        name="description"
        rows={3}
        maxLength={2000}
        label={t("conflict.description")}
        error={fieldErrors.description}
        defaultValue={state?.values?.description ?? ""}
      />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("conflict.declare")}
      </Button>
    </form>
  );
}
