"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import { RadioGroup } from "@/components/ui/radio-group";
import { SelectField } from "@/components/ui/select";
import { addCallItemsAction, addFreeItemAction, addProjectItemAction } from "@/lib/meetings/actions";
import { callItemsSchema, freeItemSchema, projectItemSchema } from "@/lib/meetings/schema";
import { ItemFields } from "./item-form";

type Option = { id: string; title: string };
type Added = { added: number };

function AddedNotice({ data }: { data: Added | null | undefined }) {
  const t = useTranslations("meetings.add");
  return data ? <Notice>{t("added", { count: data.added })}</Notice> : null;
}

/** The reason an item comes late: asked for once the agenda is out or the date has passed. */
function LateReason({ late, field }: { late: boolean; field: ReturnType<ReturnType<typeof useActionForm>["field"]> }) {
  const t = useTranslations("meetings.add");
  return late ? <Field label={t("lateReason")} hint={t("lateReasonHint")} {...field} /> : null;
}

/** A call's recommendations: the whole round as one item, or one item per application. */
export function CallItemsForm({
  meetingId,
  calls,
  late,
}: {
  meetingId: string;
  calls: readonly Option[];
  late: boolean;
}) {
  const t = useTranslations("meetings.add");
  const f = useActionForm({
    action: addCallItemsAction,
    schema: callItemsSchema,
    idPrefix: "call-",
    defaultValues: { meetingId, callId: "", mode: "ROUND" as const, lateReason: "" },
    onSuccess: (_, form) => form.reset(),
  });
  if (calls.length === 0) return <p className="mb-6">{t("noCalls")}</p>;
  return (
    <ActionForm handle={f} summary="meetings.itemErrorSummary" aria-label={t("fromCall")} className="mb-8">
      <AddedNotice data={f.state?.ok ? f.state.data : null} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <SelectField label={t("call")} {...f.field("callId")}>
        <option value="">{t("chooseCall")}</option>
        {calls.map((c) => (
          <option key={c.id} value={c.id}>
            {c.title}
          </option>
        ))}
      </SelectField>
      <RadioGroup
        legend={t("mode")}
        options={[
          { value: "ROUND", label: t("modeRound") },
          { value: "EACH", label: t("modeEach") },
        ]}
        {...f.field("mode")}
      />
      <LateReason late={late} field={f.field("lateReason")} />
      <Button type="submit" variant="secondary" disabled={f.pending}>
        {t("submit")}
      </Button>
    </ActionForm>
  );
}

/** A project awaiting approval as one item. */
export function ProjectItemForm({
  meetingId,
  projects,
  late,
}: {
  meetingId: string;
  projects: readonly Option[];
  late: boolean;
}) {
  const t = useTranslations("meetings.add");
  const f = useActionForm({
    action: addProjectItemAction,
    schema: projectItemSchema,
    idPrefix: "project-",
    defaultValues: { meetingId, projectId: "", lateReason: "" },
    onSuccess: (_, form) => form.reset(),
  });
  if (projects.length === 0) return <p className="mb-6">{t("noProjects")}</p>;
  return (
    <ActionForm handle={f} summary="meetings.itemErrorSummary" aria-label={t("fromProject")} className="mb-8">
      <AddedNotice data={f.state?.ok ? f.state.data : null} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <SelectField label={t("project")} {...f.field("projectId")}>
        <option value="">{t("chooseProject")}</option>
        {projects.map((p) => (
          <option key={p.id} value={p.id}>
            {p.title}
          </option>
        ))}
      </SelectField>
      <LateReason late={late} field={f.field("lateReason")} />
      <Button type="submit" variant="secondary" disabled={f.pending}>
        {t("submit")}
      </Button>
    </ActionForm>
  );
}

/** An item in the secretariat's own words. */
export function FreeItemForm({ meetingId, late }: { meetingId: string; late: boolean }) {
  const t = useTranslations("meetings.add");
  const f = useActionForm({
    action: addFreeItemAction,
    schema: freeItemSchema,
    idPrefix: "free-",
    defaultValues: { meetingId, title: "", kind: "DECISION" as const, body: "", recommendation: "", lateReason: "" },
    onSuccess: (_, form) => form.reset(),
  });
  return (
    <ActionForm handle={f} summary="meetings.itemErrorSummary" aria-label={t("free")} className="mb-8">
      <AddedNotice data={f.state?.ok ? f.state.data : null} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <ItemFields f={f} />
      <LateReason late={late} field={f.field("lateReason")} />
      <Button type="submit" variant="secondary" disabled={f.pending}>
        {t("submit")}
      </Button>
    </ActionForm>
  );
}
