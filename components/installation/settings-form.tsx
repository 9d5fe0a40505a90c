"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { CheckboxField, isTicked } from "@/components/ui/checkbox";
import { Field } from "@/components/ui/field";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import { saveInstallationAction } from "@/lib/installation/actions";
import { installationSchema } from "@/lib/installation/schema";
import type { InstallationSettings } from "@/lib/installation/settings";

/** The installation's settings, saved over the version shown (a second tab gets a conflict, not an overwrite). */
export function InstallationSettingsForm({
  settings,
  fallbackUrl,
}: {
  settings: InstallationSettings;
  fallbackUrl: string;
}) {
  const t = useTranslations("installation");
  const f = useActionForm({
    action: saveInstallationAction,
    schema: installationSchema,
    defaultValues: {
      version: settings.version,
      name: settings.name,
      publicUrl: settings.publicUrl ?? "",
      mailFrom: settings.mailFrom ?? "",
      retentionMonths: settings.retentionMonths,
      requireTotpForStaff: settings.requireTotpForStaff,
    },
  });
  if (f.ok) return <Notice>{t("saved")}</Notice>;
  return (
    <ActionForm handle={f} summary="installation.errorSummary">
      <input type="hidden" name="version" value={settings.version} />
      <Field label={t("name")} hint={t("nameHint")} {...f.field("name")} />
      <Field
        type="url"
        label={t("publicUrl")}
        hint={t("publicUrlHint", { fallback: fallbackUrl })}
        {...f.field("publicUrl")}
      />
      <Field label={t("mailFrom")} hint={t("mailFromHint")} {...f.field("mailFrom")} />
      <Field
        inputMode="numeric"
        label={t("retentionMonths")}
        hint={t("retentionMonthsHint")}
        {...f.field("retentionMonths")}
      />
      <CheckboxField
        className="mb-6"
        label={t("requireTotpForStaff")}
        defaultChecked={isTicked(f.form.getValues("requireTotpForStaff"))}
        {...f.field("requireTotpForStaff")}
      />
      <Button type="submit" disabled={f.pending}>
        {t("save")}
      </Button>
    </ActionForm>
  );
}
