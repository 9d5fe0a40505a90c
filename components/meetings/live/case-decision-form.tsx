"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useFieldArray } from "react-hook-form";
import { OverCommitField } from "@/components/ledger/over-commit-field";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox";
import { Field, TextAreaField } from "@/components/ui/field";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { RadioGroup } from "@/components/ui/radio-group";
import { SelectField } from "@/components/ui/select";
import { recordMeetingDecisionAction } from "@/lib/meetings/live-actions";
import { applicationOutcomes, projectOutcomes } from "@/lib/meetings/live-rules";
import { meetingDecisionSchema } from "@/lib/meetings/live-schema";

type Props = {
  itemId: string;
  itemVersion: number;
  /** One case: an application (its own item or a round's) or a project. */
  target: { applicationId: string; applicationVersion: number } | { projectId: string };
  year: number;
  /** The committee's pools, when the project's pool cannot be told from its funding. */
  pools: { id: string; name: string }[];
};

/** The decision typed once: outcome, amount "op til", its funds years, conditions, reasons and the vote. */
export function CaseDecisionForm({ itemId, itemVersion, target, year, pools }: Props) {
  const t = useTranslations("meetingLive");
  const router = useRouter();
  const isProject = "projectId" in target;
  const prefix = `${isProject ? target.projectId : target.applicationId}-`;
  const f = useActionForm({
    action: recordMeetingDecisionAction,
    schema: meetingDecisionSchema,
    idPrefix: prefix,
    defaultValues: {
      agendaItemId: itemId,
      itemVersion,
      applicationId: isProject ? "" : target.applicationId,
      applicationVersion: isProject ? 0 : target.applicationVersion,
      projectId: isProject ? target.projectId : "",
      poolId: "",
      outcome: undefined,
      amount: "",
      years: [{ year, amount: "" }],
      conditions: "",
      reasons: "",
      reasonsPersonal: false,
      aboveRequestConfirmed: false,
      aboveRequestReason: "",
      overCommitConfirmed: false,
      votesFor: "",
      votesAgainst: "",
      votesAbstain: "",
    },
    // The page reads the meeting again: the item's new version and the decision, without a reload.
    onSuccess: () => router.refresh(),
  });
  const { fields, append, remove } = useFieldArray({ control: f.form.control, name: "years" });
  const outcomes = isProject ? projectOutcomes : applicationOutcomes;
  const yearsError = f.error("years");
  return (
    <ActionForm handle={f} summary="meetingLive.errorSummary" className="mt-4 text-lg">
      <input type="hidden" name="agendaItemId" value={itemId} />
      <input type="hidden" name="itemVersion" value={itemVersion} />
      {isProject ? (
        <input type="hidden" name="projectId" value={target.projectId} />
      ) : (
        <>
          <input type="hidden" name="applicationId" value={target.applicationId} />
          <input type="hidden" name="applicationVersion" value={target.applicationVersion} />
        </>
      )}
      <RadioGroup
        legend={t("outcome")}
        options={outcomes.map((o) => ({ value: o, label: t(`outcomes.${o}`) }))}
        {...f.field("outcome")}
        id={`${prefix}outcome`}
      />
      <Field inputMode="decimal" label={t("amount")} {...f.field("amount")} />
      <fieldset className="mb-4" aria-describedby={yearsError ? `${prefix}years-error` : undefined}>
        <legend className="font-semibold mb-1">{t("years")}</legend>
        {yearsError ? (
          <p id={`${prefix}years-error`} className="text-danger font-semibold mb-1">
            {yearsError}
          </p>
        ) : null}
        {fields.map((row, i) => (
          <div key={row.id} className="flex flex-wrap gap-2 items-end">
            <Field inputMode="numeric" label={t("year")} {...f.field(`years.${i}.year`)} />
            <Field inputMode="decimal" label={t("yearAmount")} {...f.field(`years.${i}.amount`)} />
            {fields.length > 1 ? (
              <Button type="button" onClick={() => remove(i)}>
                {t("removeYear", { number: i + 1 })}
              </Button>
            ) : null}
          </div>
        ))}
        <Button type="button" onClick={() => append({ year: year + fields.length, amount: "" })}>
          {t("addYear")}
        </Button>
      </fieldset>
      <OverCommitField {...f.field("overCommitConfirmed")} value={f.form.watch("overCommitConfirmed")} />
      {isProject && pools.length > 1 ? (
        <SelectField
          label={t("pool")}
          options={[{ value: "", label: "–" }, ...pools.map((p) => ({ value: p.id, label: p.name }))]}
          {...f.field("poolId")}
        />
      ) : null}
      <TextAreaField rows={2} label={t("conditions")} {...f.field("conditions")} />
      <TextAreaField rows={3} label={t("reasons")} {...f.field("reasons")} />
      <CheckboxField label={t("reasonsPersonal")} {...f.field("reasonsPersonal")} />
      {isProject ? null : (
        <>
          <CheckboxField label={t("aboveRequestConfirmed")} {...f.field("aboveRequestConfirmed")} />
          <Field label={t("aboveRequestReason")} {...f.field("aboveRequestReason")} />
        </>
      )}
      <fieldset className="mb-4">
        <legend className="font-semibold mb-1">{t("votes")}</legend>
        <div className="flex flex-wrap gap-2">
          <Field inputMode="numeric" label={t("votesFor")} {...f.field("votesFor")} />
          <Field inputMode="numeric" label={t("votesAgainst")} {...f.field("votesAgainst")} />
          <Field inputMode="numeric" label={t("votesAbstain")} {...f.field("votesAbstain")} />
        </div>
      </fieldset>
      {f.code === "conflict" ? (
        // Someone else saved this item: read it again rather than overwrite what they wrote.
        <Button type="button" className="mr-2" onClick={() => router.refresh()}>
          {t("reload")}
        </Button>
      ) : null}
      <Button type="submit" disabled={f.pending}>
        {t("save")}
      </Button>
    </ActionForm>
  );
}
