"use client";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field, TextAreaField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useFormAction } from "@/components/ui/use-form-action";
import { publishInitiativeAction, unpublishInitiativeAction } from "@/lib/public/actions";
import type { Locale } from "@/lib/i18n/config";
import { useTranslations } from "next-intl";

type Initial = {
  summary: string;
  publicName: string;
  portraitTitle: string;
  portraitBody: string;
  portraitMonth: string;
  photoIds: string[];
};

type Props = {
  locale: Locale;
  applicationId: string;
  published: boolean;
  privatePerson: boolean;
  initial: Initial;
  photos: { id: string; alt: string }[];
};

/** What the public sees of a granted application: chosen explicitly here, never more. */
export function PublishForm({ locale: _locale, applicationId, published, privatePerson, initial, photos }: Props) {
  const t = useTranslations();
  const f = useFormAction(publishInitiativeAction, "pub-");
  const un = useFormAction(unpublishInitiativeAction);
  const v = (name: keyof Initial) => (f.state ? (f.values[name] ?? "") : String(initial[name]));
  const chosen = (id: string) =>
    f.state ? (f.values.photoIds ?? "").split(",").includes(id) : initial.photoIds.includes(id);
  return (
    <div>
      {f.ok ? <Notice>{t("publish.published")}</Notice> : null}
      {un.ok ? <Notice>{t("publish.unpublished")}</Notice> : null}
      <form action={f.formAction} noValidate key={f.key}>
        <ErrorSummary
          title={t("scoring.errorSummary", { count: f.errors.length })}
          errors={f.errors}
          message={f.message}
        />
        <input type="hidden" name="applicationId" value={applicationId} />
        <TextAreaField
          id="pub-summary"
          name="summary"
          rows={3}
          label={t("publish.summary")}
          hint={t("publish.summaryHint")}
          error={f.fieldErrors.summary}
          defaultValue={v("summary")}
        />
        {privatePerson ? (
          <Field
            id="pub-publicName"
            name="publicName"
            label={t("publicPrivacy.publicName")}
            hint={t("publicPrivacy.publicNameHint")}
            error={f.fieldErrors.publicName}
            defaultValue={v("publicName")}
          />
        ) : null}
        <Field
          id="pub-portraitTitle"
          name="portraitTitle"
          label={t("publish.portraitTitle")}
          hint={t("publish.portraitHint")}
          error={f.fieldErrors.portraitTitle}
          defaultValue={v("portraitTitle")}
        />
        <TextAreaField
          id="pub-portraitBody"
          name="portraitBody"
          rows={8}
          label={t("publish.portraitBody")}
          error={f.fieldErrors.portraitBody}
          defaultValue={v("portraitBody")}
        />
        <Field
          id="pub-portraitMonth"
          name="portraitMonth"
          type="month"
          label={t("publish.portraitMonth")}
          error={f.fieldErrors.portraitMonth}
          defaultValue={v("portraitMonth")}
        />
        {photos.length ? (
          <fieldset className="mb-4" id="pub-photoIds">
            <legend className="font-semibold mb-1">{t("publish.photos")}</legend>
            {f.fieldErrors.photoIds ? <p className="text-danger font-semibold">{f.fieldErrors.photoIds}</p> : null}
            {photos.map((p) => (
              <label key={p.id} className="flex items-center gap-2 mb-1">
                <input type="checkbox" name="photoIds" value={p.id} defaultChecked={chosen(p.id)} className="size-5" />{" "}
                {p.alt}
              </label>
            ))}
          </fieldset>
        ) : null}
        <p className="text-sm text-muted mb-3">{t("publish.never")}</p>
        <Button type="submit" disabled={f.pending}>
          {published ? t("publish.update") : t("publish.publish")}
        </Button>
      </form>
      {published ? (
        <form action={un.formAction} className="mt-4">
          {un.message ? (
            <p role="alert" className="text-danger font-semibold mb-2">
              {un.message}
            </p>
          ) : null}
          <input type="hidden" name="applicationId" value={applicationId} />
          <Button type="submit" variant="secondary" disabled={un.pending}>
            {t("publish.unpublish")}
          </Button>
        </form>
      ) : null}
    </div>
  );
}
