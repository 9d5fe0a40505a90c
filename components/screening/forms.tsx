"use client";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field, TextAreaField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { RadioGroup } from "@/components/ui/radio-group";
import { useFormAction } from "@/components/ui/use-form-action";
import {
  askForInformationAction,
  recommendAction,
  recordVisitAction,
  setEligibilityAction,
  setShortlistedAction,
} from "@/lib/screening/actions";
import type { Locale } from "@/lib/i18n/config";
import { useTranslations } from "next-intl";

/** `version` is the application's version as this page showed it: the change is made only over it. */
type Props = { locale: Locale; applicationId: string; version: number };

export function EligibilityForm({
  locale: _locale,
  applicationId,
  version,
  current,
}: Props & { current: { eligible: boolean | null; reason: string | null } }) {
  const t = useTranslations();
  const f = useFormAction(setEligibilityAction);
  const eligibleDefault =
    f.values.eligible ?? (current.eligible === null ? undefined : current.eligible ? "yes" : "no");
  return (
    <form action={f.formAction} noValidate key={f.key}>
      {f.ok ? <Notice>{t("screening.saved")}</Notice> : null}
      <ErrorSummary
        title={t("scoring.errorSummary", { count: f.errors.length })}
        errors={f.errors}
        message={f.message}
      />
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="version" value={version} />
      <RadioGroup
        id="eligible"
        name="eligible"
        legend={t("screening.eligibleQuestion")}
        error={f.fieldErrors.eligible}
        defaultValue={eligibleDefault}
        options={[
          { value: "yes", label: t("screening.eligibleYes") },
          { value: "no", label: t("screening.eligibleNo") },
        ]}
      />
      <TextAreaField
        id="reason"
        name="reason"
        rows={2}
        label={t("screening.reason")}
        hint={t("screening.reasonHint")}
        error={f.fieldErrors.reason}
        defaultValue={f.values.reason ?? current.reason ?? ""}
      />
      <Button type="submit" disabled={f.pending}>
        {t("screening.save")}
      </Button>
    </form>
  );
}

export function QuestionForm({ locale: _locale, applicationId, version }: Props) {
  const t = useTranslations();
  const f = useFormAction(askForInformationAction);
  return (
    <form action={f.formAction} noValidate key={f.ok ? "sent" : f.key}>
      <ErrorSummary
        title={t("scoring.errorSummary", { count: f.errors.length })}
        errors={f.errors}
        message={f.message}
      />
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="version" value={version} />
      <TextAreaField
        id="body"
        name="body"
        rows={3}
        label={t("screening.ask")}
        hint={t("screening.askHint")}
        error={f.fieldErrors.body}
        defaultValue={f.ok ? "" : (f.values.body ?? "")}
      />
      <Button type="submit" disabled={f.pending}>
        {t("screening.sendQuestion")}
      </Button>
    </form>
  );
}

export function ShortlistForm({
  locale: _locale,
  applicationId,
  version,
  shortlisted,
}: Props & { shortlisted: boolean }) {
  const t = useTranslations();
  const f = useFormAction(setShortlistedAction);
  return (
    <form action={f.formAction}>
      {f.message ? (
        <p role="alert" className="text-danger font-semibold mb-2">
          {f.message}
        </p>
      ) : null}
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="shortlisted" value={shortlisted ? "no" : "yes"} />
      <Button type="submit" variant="secondary" disabled={f.pending}>
        {shortlisted ? t("screening.shortlistRemove") : t("screening.shortlistAdd")}
      </Button>
    </form>
  );
}

export function VisitForm({
  locale: _locale,
  applicationId,
  version,
  members,
  today,
}: Props & { members: { id: string; name: string }[]; today: string }) {
  const t = useTranslations();
  const f = useFormAction(recordVisitAction);
  return (
    <form action={f.formAction} noValidate key={f.ok ? "sent" : f.key}>
      {f.ok ? <Notice>{t("screening.visitRecorded")}</Notice> : null}
      <ErrorSummary
        title={t("scoring.errorSummary", { count: f.errors.length })}
        errors={f.errors}
        message={f.message}
      />
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="version" value={version} />
      <Field
        id="visitedOn"
        name="visitedOn"
        type="date"
        label={t("screening.visitDate")}
        error={f.fieldErrors.visitedOn}
        defaultValue={f.ok ? today : (f.values.visitedOn ?? today)}
      />
      <fieldset className="mb-4" id="participants">
        <legend className="font-semibold mb-1">{t("screening.participants")}</legend>
        {f.fieldErrors.participants ? <p className="text-danger font-semibold">{f.fieldErrors.participants}</p> : null}
        {members.map((m) => (
          <label key={m.id} className="flex items-center gap-2 mb-1">
            <input type="checkbox" name="participants" value={m.id} className="size-5" /> {m.name}
          </label>
        ))}
      </fieldset>
      <TextAreaField
        id="notes"
        name="notes"
        rows={4}
        label={t("screening.notes")}
        error={f.fieldErrors.notes}
        defaultValue={f.ok ? "" : (f.values.notes ?? "")}
      />
      <div className="mb-4">
        <label htmlFor="photos" className="block font-semibold mb-1">
          {t("screening.photos")}
        </label>
        <p id="photos-hint" className="text-sm text-muted mb-1">
          {t("screening.photosHint")}
        </p>
        {f.fieldErrors.photos ? (
          <p id="photos-error" className="text-danger font-semibold mb-1">
            {f.fieldErrors.photos}
          </p>
        ) : null}
        <input
          id="photos"
          name="photos"
          type="file"
          multiple
          accept="image/png,image/jpeg,image/webp"
          aria-describedby={`photos-hint${f.fieldErrors.photos ? " photos-error" : ""}`}
        />
      </div>
      <Field
        id="photoAlt"
        name="photoAlt"
        label={t("screening.photoAlt")}
        error={f.fieldErrors.photoAlt}
        defaultValue={f.ok ? "" : (f.values.photoAlt ?? "")}
      />
      <Button type="submit" disabled={f.pending}>
        {t("screening.recordVisit")}
      </Button>
    </form>
  );
}

const outcomes = ["GRANT", "PARTIAL_GRANT", "REFUSAL", "POSTPONED"] as const;

export function RecommendationForm({ locale: _locale, applicationId, version }: Props) {
  const t = useTranslations();
  const f = useFormAction(recommendAction, "rec-");
  return (
    <form action={f.formAction} noValidate key={f.key}>
      <ErrorSummary
        title={t("scoring.errorSummary", { count: f.errors.length })}
        errors={f.errors}
        message={f.message}
      />
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="version" value={version} />
      <RadioGroup
        id="rec-outcome"
        name="outcome"
        legend={t("screening.recommendation")}
        error={f.fieldErrors.outcome}
        defaultValue={f.values.outcome}
        options={outcomes.map((o) => ({ value: o, label: t(`follow.outcomes.${o}`) }))}
      />
      <Field
        id="rec-amount"
        name="amount"
        inputMode="decimal"
        label={t("decision.amount")}
        hint={t("decision.amountHint")}
        error={f.fieldErrors.amount}
        defaultValue={f.values.amount ?? ""}
      />
      <TextAreaField
        id="rec-text"
        name="text"
        rows={3}
        label={t("screening.recommendationText")}
        error={f.fieldErrors.text}
        defaultValue={f.values.text ?? ""}
      />
      <Button type="submit" disabled={f.pending}>
        {t("screening.recordRecommendation")}
      </Button>
    </form>
  );
}
