"use client";
import { CheckboxGroup } from "@/components/ui/checkbox";
import { useTranslations } from "next-intl";
import { useRef } from "react";
import { Button } from "@/components/ui/button";
import { Field, TextAreaField } from "@/components/ui/field";
import { ActionForm, fieldId, useActionForm } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import { recordVisitAction } from "@/lib/screening/actions";
import { visitSchema } from "@/lib/screening/schema";

/**
 * A visit: its date (today, in Denmark), who went, notes and photos. The
 * photos travel as files with the form; once recorded, the form is empty again.
 */
export function VisitForm({
  applicationId,
  version,
  members,
  today,
}: {
  applicationId: string;
  version: number;
  members: { id: string; name: string }[];
  today: string;
}) {
  const t = useTranslations("screening");
  const empty = { applicationId, version, visitedOn: today, participants: [], notes: "", photoAlt: "" };
  // The photos are files the form posts as they are; react-hook-form holds no copy, so emptying is done here.
  const photos = useRef<HTMLInputElement>(null);
  const f = useActionForm({
    action: recordVisitAction,
    schema: visitSchema,
    defaultValues: empty,
    onSuccess: (_, form) => {
      form.reset(empty);
      if (photos.current) photos.current.value = "";
    },
  });
  const went = new Set([f.form.getValues("participants") ?? []].flat());
  const photosError = f.error("photos");
  return (
    <ActionForm handle={f} summary="screening.visitErrorSummary">
      {f.ok ? <Notice>{t("visitRecorded")}</Notice> : null}
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="version" value={version} />
      <Field type="date" label={t("visitDate")} {...f.field("visitedOn")} />
      <CheckboxGroup
        id={fieldId("participants")}
        legend={t("participants")}
        options={members.map((m) => ({ value: m.id, label: m.name }))}
        error={f.error("participants")}
        defaultValue={[...went].filter((v): v is string => typeof v === "string")}
        {...f.form.register("participants")}
      />
      <TextAreaField rows={4} label={t("notes")} {...f.field("notes")} />
      <div className="mb-4">
        <label htmlFor="photos" className="block font-semibold mb-1">
          {t("photos")}
        </label>
        <p id="photos-hint" className="text-sm text-muted mb-1">
          {t("photosHint")}
        </p>
        {photosError ? (
          <p id="photos-error" className="text-danger font-semibold mb-1">
            {photosError}
          </p>
        ) : null}
        <input
          ref={photos}
          id="photos"
          name="photos"
          type="file"
          multiple
          accept="image/png,image/jpeg,image/webp"
          aria-describedby={`photos-hint${photosError ? " photos-error" : ""}`}
        />
      </div>
      <Field label={t("photoAlt")} {...f.field("photoAlt")} />
      <Button type="submit" disabled={f.pending}>
        {t("recordVisit")}
      </Button>
    </ActionForm>
  );
}
