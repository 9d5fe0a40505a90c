"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { CheckboxField, isTicked } from "@/components/ui/checkbox";
import { Field, TextAreaField } from "@/components/ui/field";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import { SelectField } from "@/components/ui/select";
import { createCommitteeAction, updateCommitteeAction } from "@/lib/committees/actions";
import { committeeKinds } from "@/lib/committees/model";
import { committeeFormSchema } from "@/lib/committees/schema";

export type CommitteeValues = { kind: (typeof committeeKinds)[number] } & Record<
  | "name"
  | "slug"
  | "municipality"
  | "district"
  | "description"
  | "contactName"
  | "contactEmail"
  | "contactPhone"
  | "portraitDueDay",
  string
> & { fourEyesPayments?: boolean };

const blank: CommitteeValues = {
  name: "",
  kind: "LOKALUDVALG",
  slug: "",
  municipality: "",
  district: "",
  description: "",
  contactName: "",
  contactEmail: "",
  contactPhone: "",
  fourEyesPayments: true,
  portraitDueDay: "",
};

/** A committee's settings: one form for a new committee and for an existing one (at the version it was loaded). */
export function CommitteeForm({
  committeeId = "",
  version = 0,
  initial = blank,
}: {
  committeeId?: string;
  version?: number;
  initial?: CommitteeValues;
}) {
  const t = useTranslations("committeesAdmin");
  const tp = useTranslations("payments");
  const tr = useTranslations("reminders");
  const f = useActionForm({
    action: committeeId ? updateCommitteeAction : createCommitteeAction,
    schema: committeeFormSchema,
    defaultValues: { committeeId, version, ...initial },
  });
  return (
    <ActionForm handle={f} summary="committeesAdmin.errorSummary">
      {f.ok ? <Notice>{t("saved")}</Notice> : null}
      {f.code === "conflict" ? <p className="text-danger font-semibold mb-4">{t("conflict")}</p> : null}
      <input type="hidden" name="committeeId" value={committeeId} />
      <input type="hidden" name="version" value={version} />
      <Field label={t("name")} autoComplete="off" {...f.field("name")} />
      <SelectField
        label={t("kind")}
        options={committeeKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        {...f.field("kind")}
      />
      <Field label={t("slug")} hint={t("slugHint")} autoComplete="off" {...f.field("slug")} />
      <Field label={t("municipality")} {...f.field("municipality")} />
      <Field label={t("district")} {...f.field("district")} />
      <TextAreaField rows={4} label={t("description")} {...f.field("description")} />
      <fieldset className="mb-4">
        <legend className="font-semibold text-lg mb-2">{t("contact")}</legend>
        <Field label={t("contactName")} autoComplete="off" {...f.field("contactName")} />
        <Field type="email" label={t("contactEmail")} autoComplete="off" {...f.field("contactEmail")} />
        <Field type="tel" label={t("contactPhone")} autoComplete="off" {...f.field("contactPhone")} />
      </fieldset>
      {/* Unticked, the box posts nothing: the hidden "off" says so (lib/committees/schema.ts). */}
      <input type="hidden" name="fourEyesPayments" value="off" />
      <CheckboxField
        label={tp("fourEyesSetting")}
        defaultChecked={isTicked(f.form.getValues("fourEyesPayments"))}
        {...f.field("fourEyesPayments")}
      />
      <Field
        inputMode="numeric"
        label={tr("portraitDueDay")}
        hint={tr("portraitDueDayHint")}
        className="mb-4"
        {...f.field("portraitDueDay")}
      />
      <Button type="submit" disabled={f.pending}>
        {committeeId ? t("save") : t("create")}
      </Button>
    </ActionForm>
  );
}
