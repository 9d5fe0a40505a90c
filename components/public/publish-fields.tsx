"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { CheckboxGroup } from "@/components/ui/checkbox";
import { Field, TextAreaField } from "@/components/ui/field";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import { publishInitiativeAction } from "@/lib/public/actions";
import { publishSchema } from "@/lib/public/schema";

export type PublishStart = {
  applicationId: string;
  published: boolean;
  privatePerson: boolean;
  initial: {
    summary: string;
    publicName: string;
    portraitTitle: string;
    portraitBody: string;
    portraitMonth: string;
    photoIds: string[];
  };
  photos: { id: string; alt: string }[];
};

/** The texts and photos the public may see of a granted application: chosen here, never more. */
export function PublishFields({ applicationId, published, privatePerson, initial, photos }: PublishStart) {
  const t = useTranslations("publish");
  const tp = useTranslations("publicPrivacy");
  const f = useActionForm({
    action: publishInitiativeAction,
    schema: publishSchema,
    idPrefix: "pub-",
    defaultValues: { applicationId, ...initial },
  });
  const chosen = f.form.getValues("photoIds");
  return (
    <>
      {f.ok ? <Notice>{t("published")}</Notice> : null}
      <ActionForm handle={f} summary="publish.errorSummary">
        <input type="hidden" name="applicationId" value={applicationId} />
        <TextAreaField rows={3} label={t("summary")} hint={t("summaryHint")} {...f.field("summary")} />
        {privatePerson ? (
          <Field label={tp("publicName")} hint={tp("publicNameHint")} {...f.field("publicName")} />
        ) : null}
        <Field label={t("portraitTitle")} hint={t("portraitHint")} {...f.field("portraitTitle")} />
        <TextAreaField rows={8} label={t("portraitBody")} {...f.field("portraitBody")} />
        <Field type="month" label={t("portraitMonth")} {...f.field("portraitMonth")} />
        {photos.length ? (
          <CheckboxGroup
            legend={t("photos")}
            options={photos.map((p) => ({ value: p.id, label: p.alt }))}
            {...f.field("photoIds")}
            defaultValue={Array.isArray(chosen) ? chosen : undefined}
          />
        ) : null}
        <p className="text-sm text-muted mb-3">{t("never")}</p>
        <Button type="submit" disabled={f.pending}>
          {published ? t("update") : t("publish")}
        </Button>
      </ActionForm>
    </>
  );
}
