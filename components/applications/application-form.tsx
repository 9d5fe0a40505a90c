"use client";
import { useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, TextAreaField } from "@/components/ui/field";
import { ActionForm } from "@/components/ui/form";
import { SelectField } from "@/components/ui/select";
import { attachmentTypes } from "@/lib/applications/model";
import { descriptionMax } from "@/lib/applications/schema";
import { ApplicationReceipt } from "./application-receipt";
import { BudgetLines } from "./budget-lines";
import { useApplicationForm, type ApplicationFormStart } from "./use-application-form";
import { useDraftSave } from "./use-draft-save";

const kinds = ["ASSOCIATION", "INSTITUTION", "PRIVATE_PERSON", "OTHER"] as const;

/**
 * The public application form, for applying without an account. It posts its
 * own fields (natively too, before the page's JavaScript has loaded), checked
 * first in the browser with the server's schema. Two buttons, two actions:
 * send, or save as a draft to continue from the mailed link.
 */
export function ApplicationForm(props: ApplicationFormStart) {
  const t = useTranslations("apply");
  const f = useApplicationForm(props);
  const draft = useDraftSave(f);
  const description = useWatch({ control: f.form.control, name: "description" }) ?? "";
  if (f.state?.ok) return <ApplicationReceipt receipt={f.state.data} />;

  const hidden = (name: "callId" | "submitKey" | "draftToken") => (
    <input type="hidden" defaultValue={f.initial(name)} {...f.form.register(name)} />
  );
  const files = f.field("attachments");
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    draft.clear();
    f.onSubmit(event);
  };
  const busy = f.pending || draft.pending;
  return (
    <ActionForm handle={{ ...f, onSubmit, message: draft.message ?? f.message }} summary="apply.errorSummary">
      {hidden("callId")}
      {hidden("submitKey")}
      {hidden("draftToken")}
      <fieldset className="mb-6">
        <legend className="text-xl font-semibold mb-3">{t("organisation")}</legend>
        <Field label={t("organisationName")} autoComplete="organization" {...f.field("organisationName")} />
        <SelectField
          label={t("kind")}
          options={kinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
          {...f.field("organisationKind")}
        />
        <Field label={t("cvr")} inputMode="numeric" hint={t("cvrHint")} {...f.field("cvr")} />
      </fieldset>
      <fieldset className="mb-6">
        <legend className="text-xl font-semibold mb-3">{t("contact")}</legend>
        <Field label={t("contactName")} autoComplete="name" {...f.field("contactName")} />
        <Field label={t("contactEmail")} type="email" autoComplete="email" {...f.field("contactEmail")} />
        <Field label={t("contactPhone")} type="tel" autoComplete="tel" {...f.field("contactPhone")} />
      </fieldset>
      <fieldset className="mb-6">
        <legend className="text-xl font-semibold mb-3">{t("project")}</legend>
        <Field label={t("title")} {...f.field("title")} />
        <TextAreaField
          rows={8}
          label={t("description")}
          hint={t("charsLeft", { left: descriptionMax - description.length, max: descriptionMax })}
          liveHint
          {...f.field("description")}
        />
        <Field label={t("targetGroup")} {...f.field("targetGroup")} />
        <Field label={t("period")} hint={t("periodHint")} {...f.field("periodText")} />
        <Field label={t("requested")} inputMode="decimal" hint={t("amountHint")} {...f.field("requested")} />
      </fieldset>
      <BudgetLines f={f} />
      <Field
        className="mb-6"
        type="file"
        multiple
        accept={attachmentTypes.join(",")}
        label={t("attachments")}
        hint={t("attachmentsHint")}
        {...files}
        onChange={(event) => {
          // The files are checked as soon as they are chosen, not only when the form is sent.
          void files.onChange(event).then(() => f.form.trigger("attachments"));
        }}
      />
      {draft.note ? (
        <p role="status" className="border-l-4 border-brand-600 bg-brand-50 p-3 mb-4">
          {draft.note}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={busy}>
          {f.pending ? t("sending") : t("submit")}
        </Button>
        <Button type="button" variant="secondary" disabled={busy} onClick={draft.save}>
          {t("saveDraft")}
        </Button>
      </div>
      <p className="text-sm text-muted mt-2">{t("draftHint")}</p>
    </ActionForm>
  );
}
