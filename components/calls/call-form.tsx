"use client";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field, TextAreaField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { RadioGroup } from "@/components/ui/radio-group";
import { SelectField } from "@/components/ui/select";
import { useFormAction } from "@/components/ui/use-form-action";
import { changeCallStatusAction, saveCallAction } from "@/lib/calls/actions";
import { decidingBodies } from "@/lib/calls/schema";
import type { Locale } from "@/lib/i18n/config";
import { useTranslations } from "next-intl";

type Option = { id: string; name: string };
export type CommitteeOptions = {
  id: string;
  name: string;
  pools: Option[];
  projects: { id: string; title: string }[];
  rubrics: Option[];
}[];

/** The call: where its money comes from, amounts, dates, rubric, who decides, fast track and blind scoring. */
export function CallForm({
  locale: _locale,
  committees,
  callId,
  version,
  initial,
}: {
  locale: Locale;
  committees: CommitteeOptions;
  callId?: string;
  version?: number;
  initial?: Record<string, string>;
}) {
  const t = useTranslations();
  const f = useFormAction(saveCallAction);
  const v = { ...initial, ...f.values };
  const check = (name: string) => (f.state ? f.values[name] === "on" : initial?.[name] === "on");
  const group = (label: string, items: { id: string; label: string }[]) => (
    <optgroup key={label} label={label}>
      {items.map((o) => (
        <option key={o.id} value={o.id}>
          {o.label}
        </option>
      ))}
    </optgroup>
  );
  return (
    <form action={f.formAction} noValidate key={f.key}>
      {f.ok ? <Notice>{t("callForm.saved")}</Notice> : null}
      <ErrorSummary
        title={t("scoring.errorSummary", { count: f.errors.length })}
        errors={f.errors}
        message={f.message}
      />
      <input type="hidden" name="callId" value={callId ?? ""} />
      <input type="hidden" name="version" value={version ?? 0} />
      {callId ? (
        <input type="hidden" name="committeeId" value={v.committeeId ?? ""} />
      ) : (
        <SelectField
          id="committeeId"
          name="committeeId"
          label={t("callForm.committee")}
          error={f.fieldErrors.committeeId}
          defaultValue={v.committeeId ?? committees[0]?.id ?? ""}
        >
          {committees.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </SelectField>
      )}
      <SelectField
        id="poolId"
        name="poolId"
        label={t("callForm.pool")}
        error={f.fieldErrors.poolId}
        defaultValue={v.poolId ?? ""}
      >
        <option value="">{t("callForm.none")}</option>
        {committees.map((c) =>
          group(
            c.name,
            c.pools.map((p) => ({ id: p.id, label: p.name })),
          ),
        )}
      </SelectField>
      <SelectField
        id="projectId"
        name="projectId"
        label={t("callForm.project")}
        error={f.fieldErrors.projectId}
        defaultValue={v.projectId ?? ""}
      >
        <option value="">{t("callForm.none")}</option>
        {committees.map((c) =>
          group(
            c.name,
            c.projects.map((p) => ({ id: p.id, label: p.title })),
          ),
        )}
      </SelectField>
      <Field
        id="title"
        name="title"
        label={t("callForm.title")}
        error={f.fieldErrors.title}
        defaultValue={v.title ?? ""}
      />
      <Field
        id="slug"
        name="slug"
        label={t("callForm.slug")}
        hint={t("callForm.slugHint")}
        error={f.fieldErrors.slug}
        defaultValue={v.slug ?? ""}
      />
      <TextAreaField
        id="description"
        name="description"
        rows={4}
        label={t("callForm.description")}
        error={f.fieldErrors.description}
        defaultValue={v.description ?? ""}
      />
      <TextAreaField
        id="criteriaText"
        name="criteriaText"
        rows={3}
        label={t("callForm.criteriaText")}
        error={f.fieldErrors.criteriaText}
        defaultValue={v.criteriaText ?? ""}
      />
      <Field
        id="amount"
        name="amount"
        inputMode="decimal"
        label={t("callForm.amount")}
        error={f.fieldErrors.amount}
        defaultValue={v.amount ?? ""}
      />
      <Field
        id="minGrant"
        name="minGrant"
        inputMode="decimal"
        label={t("callForm.minGrant")}
        error={f.fieldErrors.minGrant}
        defaultValue={v.minGrant ?? ""}
      />
      <Field
        id="maxGrant"
        name="maxGrant"
        inputMode="decimal"
        label={t("callForm.maxGrant")}
        error={f.fieldErrors.maxGrant}
        defaultValue={v.maxGrant ?? ""}
      />
      <Field
        id="opensAt"
        name="opensAt"
        type="datetime-local"
        label={t("callForm.opensAt")}
        hint={t("callForm.dateHint")}
        error={f.fieldErrors.opensAt}
        defaultValue={v.opensAt ?? ""}
      />
      <Field
        id="deadline"
        name="deadline"
        type="datetime-local"
        label={t("callForm.deadline")}
        hint={t("callForm.dateHint")}
        error={f.fieldErrors.deadline}
        defaultValue={v.deadline ?? ""}
      />
      <SelectField
        id="rubricId"
        name="rubricId"
        label={t("callForm.rubric")}
        error={f.fieldErrors.rubricId}
        defaultValue={v.rubricId ?? ""}
      >
        <option value="">{t("callForm.none")}</option>
        {committees.map((c) =>
          group(
            c.name,
            c.rubrics.map((r) => ({ id: r.id, label: r.name })),
          ),
        )}
      </SelectField>
      <RadioGroup
        id="decidedBy"
        name="decidedBy"
        legend={t("callForm.decidedBy")}
        error={f.fieldErrors.decidedBy}
        defaultValue={v.decidedBy ?? "PLENARY"}
        options={decidingBodies.map((d) => ({ value: d, label: t(`callForm.decidedByValues.${d}`) }))}
      />
      <label className="flex items-center gap-2 mb-2">
        <input type="checkbox" name="fastTrack" defaultChecked={check("fastTrack")} className="size-5" />{" "}
        {t("callForm.fastTrack")}
      </label>
      <Field
        id="fastTrackMax"
        name="fastTrackMax"
        inputMode="decimal"
        label={t("callForm.fastTrackMax")}
        error={f.fieldErrors.fastTrackMax}
        defaultValue={v.fastTrackMax ?? ""}
      />
      <label className="flex items-center gap-2 mb-6">
        <input
          type="checkbox"
          name="blindScoring"
          defaultChecked={f.state || initial ? check("blindScoring") : true}
          className="size-5"
        />{" "}
        {t("callForm.blindScoring")}
      </label>
      <Button type="submit" disabled={f.pending}>
        {t("callForm.save")}
      </Button>
    </form>
  );
}

/** The buttons for the status changes the call allows now; the server checks the preconditions. */
export function CallStatusForm({
  locale: _locale,
  callId,
  version,
  next,
}: {
  locale: Locale;
  callId: string;
  version: number;
  next: readonly ("PUBLISHED" | "CLOSED" | "DECIDED" | "ARCHIVED")[];
}) {
  const t = useTranslations();
  const f = useFormAction(changeCallStatusAction);
  return (
    <form action={f.formAction} className="mb-6">
      {f.ok ? <Notice>{t("callForm.statusChanged")}</Notice> : null}
      {f.message ? (
        <p role="alert" className="text-danger font-semibold mb-2">
          {f.message}
        </p>
      ) : null}
      <input type="hidden" name="callId" value={callId} />
      <input type="hidden" name="version" value={version} />
      <div className="flex flex-wrap gap-3">
        {next.map((to) => (
          <Button
            key={to}
            type="submit"
            name="to"
            value={to}
            variant={to === "PUBLISHED" ? "primary" : "secondary"}
            disabled={f.pending}
          >
            {t(`callForm.to.${to}`)}
          </Button>
        ))}
      </div>
    </form>
  );
}
