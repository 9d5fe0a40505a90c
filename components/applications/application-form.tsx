"use client";
import { useMemo, useState, useTransition } from "react";
import { useFieldArray, useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field, TextAreaField } from "@/components/ui/field";
import { saveDraftAction, submitApplicationAction } from "@/lib/applications/actions";
import { attachmentLimits } from "@/lib/applications/model";
import { applicationFormSchema, descriptionMax, type ApplicationFormInput } from "@/lib/applications/schema";
import type { Locale } from "@/lib/i18n/config";
import { useTranslations } from "next-intl";
import type { MessageKey } from "@/lib/i18n/messages";

type Receipt = { reference: string; link: string | null; duplicate: boolean };

const textFields = [
  "organisationName",
  "cvr",
  "contactName",
  "contactEmail",
  "contactPhone",
  "title",
  "targetGroup",
  "periodText",
  "requested",
] as const;

/**
 * The application form. react-hook-form checks with the same zod schema the
 * server uses; a failed submit keeps every field and the chosen files (the
 * file input is never reset). The submit key makes a double click harmless.
 */
export function ApplicationForm({
  locale: _locale,
  callId,
  draftToken = "",
  initial,
}: {
  locale: Locale;
  callId: string;
  draftToken?: string;
  initial?: Partial<ApplicationFormInput>;
}) {
  const t = useTranslations();
  const submitKey = useMemo(() => crypto.randomUUID(), []);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [serverMessage, setServerMessage] = useState<string>();
  const [fileError, setFileError] = useState<string>();
  const [receipt, setReceipt] = useState<Receipt>();
  const [pending, startTransition] = useTransition();
  const [chosen, setChosen] = useState<File[]>([]);
  const [draftNote, setDraftNote] = useState<string>();
  const {
    register,
    control,
    handleSubmit,
    getValues,
    setValue,
    formState: { errors },
  } = useForm<ApplicationFormInput>({
    resolver: zodResolver(applicationFormSchema),
    defaultValues: {
      callId,
      submitKey,
      organisationName: "",
      organisationKind: "ASSOCIATION",
      cvr: "",
      contactName: "",
      contactEmail: "",
      contactPhone: "",
      title: "",
      description: "",
      targetGroup: "",
      periodText: "",
      requested: "",
      budget: [
        { kind: "expense", label: "", amount: "" },
        { kind: "income", label: "", amount: "" },
      ],
      ...initial,
      draftToken,
    },
  });
  const budget = useFieldArray({ control, name: "budget" });
  const description = useWatch({ control, name: "description" }) ?? "";

  const message = (path: string): string | undefined => {
    const parts = path.split(".");
    let node: unknown = errors;
    for (const p of parts) node = (node as Record<string, unknown> | undefined)?.[p];
    const key = (node as { message?: string } | undefined)?.message;
    return key ? t(key as MessageKey) : serverErrors[path];
  };
  const fieldNames = [
    ...textFields,
    "organisationKind",
    "description",
    "budget",
    ...budget.fields.flatMap((_, i) => [`budget.${i}.label`, `budget.${i}.amount`]),
  ];
  const summary = [
    ...fieldNames.map((f) => ({ field: f.replace(/\./g, "-"), message: message(f) })),
    { field: "attachments", message: fileError ?? serverErrors.attachments },
  ].filter((e): e is { field: string; message: string } => Boolean(e.message));

  function checkFiles(list: File[] = chosen): boolean {
    const problem = fileProblem(list);
    setFileError(problem ? t(problem) : undefined);
    return !problem;
  }
  const fileProblem = (list: File[]): MessageKey | undefined =>
    list.length > attachmentLimits.maxFiles
      ? "apply.tooManyFiles"
      : list.find((f) => f.size > attachmentLimits.maxBytes)
        ? "apply.fileTooLarge"
        : list.find((f) => !/^(application\/pdf|image\/(png|jpeg|webp))$/.test(f.type))
          ? "apply.fileType"
          : undefined;

  const onSubmit = handleSubmit(
    (values) => {
      if (!checkFiles()) return;
      const data = new FormData();
      data.set("payload", JSON.stringify(values));
      for (const f of chosen) data.append("attachments", f);
      setServerMessage(undefined);
      startTransition(async () => {
        try {
          const result = await submitApplicationAction(data);
          if (result.ok) setReceipt(result.data);
          else {
            setServerErrors(Object.fromEntries(Object.entries(result.fieldErrors ?? {}).map(([k, v]) => [k, v])));
            setServerMessage(result.message);
          }
        } catch {
          // e.g. a body over the server's size limit, which never reaches the action.
          setServerMessage(t("apply.sendFailed"));
        }
      });
    },
    () => checkFiles(),
  );

  /** Saves what is typed so far; the server checks only the e-mail, where the link to continue goes. */
  function saveAsDraft() {
    setDraftNote(undefined);
    setServerMessage(undefined);
    startTransition(async () => {
      try {
        const result = await saveDraftAction(JSON.stringify(getValues()));
        if (result.ok) setValue("draftToken", result.data.token);
        if (result.ok)
          setDraftNote(
            result.data.link ? t("apply.draftSavedLink", { email: getValues("contactEmail") }) : t("apply.draftSaved"),
          );
        else {
          setServerErrors(result.fieldErrors ?? {});
          setServerMessage(result.message);
        }
      } catch {
        setServerMessage(t("apply.sendFailed"));
      }
    });
  }

  if (receipt) {
    return (
      <div role="status" className="border-l-4 border-brand-600 bg-brand-50 p-5">
        <h2 className="text-2xl font-bold mb-2">{t("apply.thanks")}</h2>
        <p className="mb-2">
          {t("apply.reference")}: <strong data-testid="reference">{receipt.reference}</strong>
        </p>
        <p className="mb-2">{receipt.duplicate ? t("apply.duplicate") : t("apply.receiptSent")}</p>
        {receipt.link ? (
          <p>
            {t("apply.followLink")}{" "}
            <a href={receipt.link} className="underline break-all" data-testid="private-link">
              {receipt.link}
            </a>
          </p>
        ) : null}
      </div>
    );
  }

  const input = (name: (typeof textFields)[number], label: MessageKey, extra: Record<string, unknown> = {}) => (
    <Field id={name} label={t(label)} error={message(name)} {...register(name)} {...extra} />
  );

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary
        title={t("apply.errorSummary", { count: Math.max(summary.length, 1) })}
        errors={summary}
        message={serverMessage}
      />
      <fieldset className="mb-6">
        <legend className="text-xl font-semibold mb-3">{t("apply.organisation")}</legend>
        {input("organisationName", "apply.organisationName", { autoComplete: "organization" })}
        <div className="mb-4">
          <label htmlFor="organisationKind" className="block font-semibold mb-1">
            {t("apply.kind")}
          </label>
          <select
            id="organisationKind"
            {...register("organisationKind")}
            className="border-2 border-gray-500 rounded px-3 py-2"
          >
            {(["ASSOCIATION", "INSTITUTION", "PRIVATE_PERSON", "OTHER"] as const).map((k) => (
              <option key={k} value={k}>
                {t(`apply.kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        {input("cvr", "apply.cvr", { inputMode: "numeric", hint: t("apply.cvrHint") })}
      </fieldset>
      <fieldset className="mb-6">
        <legend className="text-xl font-semibold mb-3">{t("apply.contact")}</legend>
        {input("contactName", "apply.contactName", { autoComplete: "name" })}
        {input("contactEmail", "apply.contactEmail", { type: "email", autoComplete: "email" })}
        {input("contactPhone", "apply.contactPhone", { type: "tel", autoComplete: "tel" })}
      </fieldset>
      <fieldset className="mb-6">
        <legend className="text-xl font-semibold mb-3">{t("apply.project")}</legend>
        {input("title", "apply.title")}
        <TextAreaField
          id="description"
          rows={8}
          label={t("apply.description")}
          hint={t("apply.charsLeft", { left: descriptionMax - description.length, max: descriptionMax })}
          liveHint
          error={message("description")}
          {...register("description")}
        />
        {input("targetGroup", "apply.targetGroup")}
        {input("periodText", "apply.period", { hint: t("apply.periodHint") })}
        {input("requested", "apply.requested", { inputMode: "decimal", hint: t("apply.amountHint") })}
      </fieldset>
      <fieldset className="mb-6" id="budget">
        <legend className="text-xl font-semibold mb-3">{t("apply.budget")}</legend>
        {message("budget") ? <p className="text-danger font-semibold mb-2">{message("budget")}</p> : null}
        {budget.fields.map((f, i) => (
          <div key={f.id} className="flex flex-wrap gap-3 items-end mb-3 border-b border-gray-200 pb-3">
            <div>
              <label htmlFor={`budget-${i}-kind`} className="block text-sm font-semibold mb-1">
                {t("apply.lineKind")}
              </label>
              <select
                id={`budget-${i}-kind`}
                {...register(`budget.${i}.kind`)}
                className="border-2 border-gray-500 rounded px-2 py-2"
              >
                <option value="expense">{t("scoring.expense")}</option>
                <option value="income">{t("scoring.income")}</option>
              </select>
            </div>
            <Field
              id={`budget-${i}-label`}
              className="mb-0 flex-1 min-w-48"
              label={t("apply.lineLabel")}
              error={message(`budget.${i}.label`)}
              {...register(`budget.${i}.label`)}
            />
            <Field
              id={`budget-${i}-amount`}
              className="mb-0 w-40"
              inputMode="decimal"
              label={t("apply.lineAmount")}
              error={message(`budget.${i}.amount`)}
              {...register(`budget.${i}.amount`)}
            />
            {budget.fields.length > 1 ? (
              <Button type="button" variant="link" onClick={() => budget.remove(i)}>
                {t("apply.removeLine", { n: i + 1 })}
              </Button>
            ) : null}
          </div>
        ))}
        <Button
          type="button"
          variant="secondary"
          onClick={() => budget.append({ kind: "expense", label: "", amount: "" })}
        >
          {t("apply.addLine")}
        </Button>
      </fieldset>
      <div className="mb-6">
        <label htmlFor="attachments" className="block font-semibold mb-1">
          {t("apply.attachments")}
        </label>
        <p id="attachments-hint" className="text-sm text-muted mb-1">
          {t("apply.attachmentsHint")}
        </p>
        {(fileError ?? serverErrors.attachments) ? (
          <p id="attachments-error" className="text-danger font-semibold mb-1">
            {fileError ?? serverErrors.attachments}
          </p>
        ) : null}
        <input
          id="attachments"
          type="file"
          multiple
          accept="application/pdf,image/png,image/jpeg,image/webp"
          aria-describedby={`attachments-hint${(fileError ?? serverErrors.attachments) ? " attachments-error" : ""}`}
          onChange={(e) => {
            const list = [...(e.target.files ?? [])];
            setChosen(list);
            checkFiles(list);
          }}
        />
      </div>
      {draftNote ? (
        <p role="status" className="border-l-4 border-brand-600 bg-brand-50 p-3 mb-4">
          {draftNote}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? t("apply.sending") : t("apply.submit")}
        </Button>
        <Button type="button" variant="secondary" disabled={pending} onClick={saveAsDraft}>
          {t("apply.saveDraft")}
        </Button>
      </div>
      <p className="text-sm text-muted mt-2">{t("apply.draftHint")}</p>
    </form>
  );
}
