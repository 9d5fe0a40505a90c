"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { CheckboxField, isTicked } from "@/components/ui/checkbox";
import { Field, TextAreaField } from "@/components/ui/field";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import { RadioGroup } from "@/components/ui/radio-group";
import { SelectField } from "@/components/ui/select";
import { saveCallAction } from "@/lib/calls/actions";
import { callFormSchema, decidingBodies } from "@/lib/calls/schema";

type Option = { id: string; name: string };
export type CommitteeOptions = {
  id: string;
  name: string;
  pools: Option[];
  projects: { id: string; title: string }[];
  rubrics: Option[];
}[];

/** The call's fields as the form holds them: text as typed, amounts in kroner, times in Danish time. */
export type CallValues = { decidedBy: (typeof decidingBodies)[number] } & Record<
  | "committeeId"
  | "poolId"
  | "projectId"
  | "rubricId"
  | "title"
  | "slug"
  | "description"
  | "criteriaText"
  | "amount"
  | "minGrant"
  | "maxGrant"
  | "opensAt"
  | "deadline"
  | "scoringDeadline"
  | "fastTrackMax"
  | "fastTrack"
  | "blindScoring",
  string
>;

const blank = (committeeId: string): CallValues => ({
  committeeId,
  poolId: "",
  projectId: "",
  rubricId: "",
  title: "",
  slug: "",
  description: "",
  criteriaText: "",
  amount: "",
  minGrant: "",
  maxGrant: "",
  opensAt: "",
  deadline: "",
  scoringDeadline: "",
  decidedBy: "PLENARY",
  fastTrack: "",
  fastTrackMax: "",
  // New calls are scored blind unless the secretariat says otherwise.
  blindScoring: "on",
});

/** The call, new or existing: where its money comes from, amounts, dates, rubric, who decides, fast track, blind. */
export function CallForm({
  committees,
  callId = "",
  version = 0,
  initial,
}: {
  committees: CommitteeOptions;
  callId?: string;
  version?: number;
  initial?: CallValues;
}) {
  const t = useTranslations("callForm");
  const tr = useTranslations("reminders");
  const f = useActionForm({
    action: saveCallAction,
    schema: callFormSchema,
    defaultValues: { callId, version, ...(initial ?? blank(committees[0]?.id ?? "")) },
  });
  const choices = (pick: (c: CommitteeOptions[number]) => { id: string; label: string }[]) => (
    <>
      <option value="">{t("none")}</option>
      {committees.map((c) => (
        <optgroup key={c.id} label={c.name}>
          {pick(c).map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
  return (
    <ActionForm handle={f} summary="callForm.errorSummary">
      {f.ok ? <Notice>{t("saved")}</Notice> : null}
      <input type="hidden" name="callId" value={callId} />
      <input type="hidden" name="version" value={version} />
      {callId ? (
        <input type="hidden" name="committeeId" value={initial?.committeeId ?? ""} />
      ) : (
        <SelectField
          label={t("committee")}
          options={committees.map((c) => ({ value: c.id, label: c.name }))}
          {...f.field("committeeId")}
        />
      )}
      <SelectField label={t("pool")} {...f.field("poolId")}>
        {choices((c) => c.pools.map((p) => ({ id: p.id, label: p.name })))}
      </SelectField>
      <SelectField label={t("project")} {...f.field("projectId")}>
        {choices((c) => c.projects.map((p) => ({ id: p.id, label: p.title })))}
      </SelectField>
      <Field label={t("title")} {...f.field("title")} />
      <Field label={t("slug")} hint={t("slugHint")} {...f.field("slug")} />
      <TextAreaField rows={4} label={t("description")} {...f.field("description")} />
      <TextAreaField rows={3} label={t("criteriaText")} {...f.field("criteriaText")} />
      <Field inputMode="decimal" label={t("amount")} {...f.field("amount")} />
      <Field inputMode="decimal" label={t("minGrant")} {...f.field("minGrant")} />
      <Field inputMode="decimal" label={t("maxGrant")} {...f.field("maxGrant")} />
      <Field type="datetime-local" label={t("opensAt")} hint={t("dateHint")} {...f.field("opensAt")} />
      <Field type="datetime-local" label={t("deadline")} hint={t("dateHint")} {...f.field("deadline")} />
      <Field
        type="datetime-local"
        label={tr("scoringDeadline")}
        hint={tr("scoringDeadlineHint")}
        {...f.field("scoringDeadline")}
      />
      <SelectField label={t("rubric")} {...f.field("rubricId")}>
        {choices((c) => c.rubrics.map((r) => ({ id: r.id, label: r.name })))}
      </SelectField>
      <RadioGroup
        legend={t("decidedBy")}
        options={decidingBodies.map((d) => ({ value: d, label: t(`decidedByValues.${d}`) }))}
        {...f.field("decidedBy")}
      />
      <CheckboxField
        className="mb-2"
        label={t("fastTrack")}
        defaultChecked={isTicked(f.form.getValues("fastTrack"))}
        {...f.field("fastTrack")}
      />
      <Field inputMode="decimal" label={t("fastTrackMax")} {...f.field("fastTrackMax")} />
      <CheckboxField
        className="mb-6"
        label={t("blindScoring")}
        defaultChecked={isTicked(f.form.getValues("blindScoring"))}
        {...f.field("blindScoring")}
      />
      <Button type="submit" disabled={f.pending}>
        {t("save")}
      </Button>
    </ActionForm>
  );
}
