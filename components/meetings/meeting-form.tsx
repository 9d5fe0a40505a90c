"use client";
import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import { SelectField } from "@/components/ui/select";
import { saveMeetingAction } from "@/lib/meetings/actions";
import { meetingFormSchema, meetingKinds, newMeetingKinds } from "@/lib/meetings/schema";

type Committee = { id: string; name: string; workingGroups: readonly { id: string; name: string }[] };
export type MeetingValues = {
  meetingId: string;
  version: number;
  committeeId: string;
  title: string;
  startsAt: string;
  endsAt: string;
  venue: string;
  kind: (typeof meetingKinds)[number];
  workingGroupId: string;
};

/** One form for a new meeting and for a meeting's details (versioned: a second tab gets the conflict message). */
export function MeetingForm({ committees, initial }: { committees: readonly Committee[]; initial: MeetingValues }) {
  const t = useTranslations("meetings");
  const editing = initial.meetingId !== "";
  const f = useActionForm({ action: saveMeetingAction, schema: meetingFormSchema, defaultValues: initial });
  const [committeeId, kind] = useWatch({ control: f.form.control, name: ["committeeId", "kind"] });
  const groups = committees.find((c) => c.id === committeeId)?.workingGroups ?? [];
  // An existing meeting of another kind (a chair group's) keeps it; a new one is one of the three.
  const kinds = newMeetingKinds.includes(initial.kind as never) ? newMeetingKinds : [...newMeetingKinds, initial.kind];
  return (
    <ActionForm handle={f} summary="meetings.errorSummary" aria-label={t("form.details")}>
      {f.ok ? <Notice>{t("form.saved")}</Notice> : null}
      {f.code === "conflict" ? <p className="text-danger font-semibold mb-4">{t("conflict")}</p> : null}
      <input type="hidden" name="meetingId" value={initial.meetingId} />
      <input type="hidden" name="version" value={initial.version} />
      {editing ? (
        <input type="hidden" name="committeeId" value={initial.committeeId} />
      ) : (
        <SelectField label={t("form.committee")} {...f.field("committeeId")}>
          {committees.length > 1 ? <option value="">{t("form.committee")}</option> : null}
          {committees.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </SelectField>
      )}
      <Field label={t("form.title")} {...f.field("title")} />
      <Field type="datetime-local" label={t("form.startsAt")} hint={t("form.startsAtHint")} {...f.field("startsAt")} />
      <Field type="time" label={t("form.endsAt")} hint={t("form.endsAtHint")} {...f.field("endsAt")} />
      <Field label={t("form.venue")} {...f.field("venue")} />
      <SelectField label={t("form.kind")} {...f.field("kind")}>
        {kinds.map((k) => (
          <option key={k} value={k}>
            {t(`kinds.${k}`)}
          </option>
        ))}
      </SelectField>
      {kind === "WORKING_GROUP" ? (
        <SelectField label={t("form.workingGroup")} {...f.field("workingGroupId")}>
          <option value="">{t("form.chooseWorkingGroup")}</option>
          {groups.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </SelectField>
      ) : null}
      <Button type="submit" disabled={f.pending}>
        {editing ? t("form.save") : t("form.create")}
      </Button>
    </ActionForm>
  );
}
