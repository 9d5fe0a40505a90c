"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import { saveMinutesAction } from "@/lib/minutes/actions";
import { minutesFormSchema } from "@/lib/minutes/schema";

/**
 * The minutes' texts in one form: the meeting's own words and each item's decision (an empty one prefilled with
 * the words written from its decisions). Each save is a new version; a stale page is told, and nothing is lost.
 */
export function MinutesForm({
  meetingId,
  version,
  minutes,
  items,
}: {
  meetingId: string;
  version: number;
  minutes: string;
  items: { id: string; number: number; title: string; text: string }[];
}) {
  const t = useTranslations("minutes");
  const f = useActionForm({
    action: saveMinutesAction,
    schema: minutesFormSchema,
    defaultValues: { meetingId, version, minutes, items: items.map((i) => ({ id: i.id, text: i.text })) },
  });
  return (
    <ActionForm handle={f} summary="minutes.errorSummary" aria-labelledby="edit-minutes">
      {f.ok ? <Notice>{t("saved")}</Notice> : null}
      {f.code === "conflict" ? (
        <p className="text-danger font-semibold mb-4" role="alert">
          {t("conflict")}
        </p>
      ) : null}
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="version" value={version} />
      <TextAreaField rows={4} label={t("meetingTextLabel")} {...f.field("minutes")} />
      {items.map((item, i) => (
        <div key={item.id}>
          <input type="hidden" name={`items.${i}.id`} value={item.id} />
          <TextAreaField
            rows={5}
            label={t("itemTextLabel", { number: item.number, title: item.title })}
            {...f.field(`items.${i}.text`)}
          />
        </div>
      ))}
      <Button type="submit" disabled={f.pending}>
        {t("save")}
      </Button>
    </ActionForm>
  );
}
