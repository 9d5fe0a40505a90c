"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select";
import { TextAreaField } from "@/components/ui/field";
import { previewImportAction, saveImportAction, type ImportPreview } from "@/lib/projects/actions";
import { formatKr } from "@/lib/i18n/format";
import { type Locale } from "@/lib/i18n/config";
import { useTranslations } from "next-intl";
import type { MessageKey } from "@/lib/i18n/messages";

const maxImportBytes = 5 * 1024 * 1024;

type Committee = { id: string; name: string; templates: { id: string; name: string }[] };

/** Paste or upload, read, review, save: the source text stays in the form throughout. */
export function ImportForm({ locale, committees }: { locale: Locale; committees: Committee[] }) {
  const t = useTranslations();
  const [text, setText] = useState("");
  const [preview, setPreview] = useState<ImportPreview>();
  const [error, setError] = useState<string>();
  const [committeeId, setCommitteeId] = useState(committees[0]?.id ?? "");
  const [pending, start] = useTransition();
  const router = useRouter();
  const templates = committees.find((c) => c.id === committeeId)?.templates ?? [];
  const partName = (p: string) => t(`projectEdit.parts.${p.replace(/^intervention\./, "")}` as MessageKey);

  const read = (form: HTMLFormElement) => {
    const data = new FormData(form);
    setError(undefined);
    // The server refuses more than 5 MB; saying so here spares the upload (and a body the server would not take).
    const file = data.get("file");
    if ((file instanceof File && file.size > maxImportBytes) || text.length > maxImportBytes) {
      setError(t("projectSafety.actionTooLarge"));
      return;
    }
    start(async () => {
      try {
        const r = await previewImportAction(data);
        if (r.ok) {
          setPreview(r.data);
          setText(r.data.text);
        } else setError(r.message);
      } catch {
        setError(t("projectEdit.readFailed"));
      }
    });
  };

  return (
    <div>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          read(e.currentTarget);
        }}
        noValidate
        className="mb-8"
      >
        {error ? (
          <p
            role="alert"
            data-error-summary
            className="border-l-4 border-danger bg-red-50 p-4 mb-4 font-semibold text-danger"
          >
            {error}
          </p>
        ) : null}
        <TextAreaField
          id="text"
          name="text"
          rows={12}
          label={t("projectEdit.importText")}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <div className="mb-4">
          <label htmlFor="file" className="block font-semibold mb-1">
            {t("projectEdit.importFile")}
          </label>
          <input
            id="file"
            name="file"
            type="file"
            accept=".txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          />
        </div>
        <Button type="submit" disabled={pending}>
          {t("projectEdit.importRead")}
        </Button>
      </form>
      {preview ? (
        <section aria-labelledby="review" className="border-t border-gray-300 pt-6" data-testid="import-review">
          <h2 id="review" className="text-2xl font-semibold mb-3">
            {t("projectEdit.importReview")}
          </h2>
          <dl className="grid grid-cols-1 sm:grid-cols-[14rem_1fr] gap-y-1 mb-4">
            <dt className="font-semibold">{t("projectEdit.parts.title")}</dt>
            <dd data-testid="import-title">{preview.title}</dd>
            <dt className="font-semibold">{t("projectEdit.importBudget")}</dt>
            <dd data-testid="import-budget">{formatKr(preview.budgetOre, locale)}</dd>
            <dt className="font-semibold">{t("projectEdit.importPeople")}</dt>
            <dd data-testid="import-people">
              {preview.people.length
                ? preview.people
                    .map((p) => (p.uncertain ? `${p.name} (${t("projectEdit.importUncertain")})` : p.name))
                    .join(", ")
                : "–"}
            </dd>
            <dt className="font-semibold">{t("projectEdit.importHours")}</dt>
            <dd>{preview.hours ?? "–"}</dd>
            <dt className="font-semibold">{t("projectEdit.importMapped")}</dt>
            <dd>
              <ul className="list-disc pl-5">
                {preview.mapped.map((m, i) => (
                  <li key={i}>
                    {m.heading || "–"} → {partName(m.part)}
                  </li>
                ))}
              </ul>
            </dd>
            <dt className="font-semibold">{t("projectEdit.importFree")}</dt>
            <dd>{preview.free.length ? preview.free.join(", ") : t("projectEdit.importNone")}</dd>
          </dl>
          <p className="mb-4">
            {t("projectEdit.importCounts", {
              criteria: preview.criteria,
              timeline: preview.timeline,
              children: preview.children,
              spans: preview.spans,
            })}
          </p>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              const data = new FormData(e.currentTarget);
              start(async () => {
                try {
                  const r = await saveImportAction(data);
                  if (r.ok) router.push(`/projects/${r.data.id}`);
                  else setError(r.message);
                } catch {
                  setError(t("projectEdit.readFailed"));
                }
              });
            }}
          >
            <input type="hidden" name="text" value={text} />
            <SelectField
              id="committeeId"
              name="committeeId"
              label={t("projectEdit.importCommittee")}
              value={committeeId}
              onChange={(e) => setCommitteeId(e.target.value)}
              options={committees.map((c) => ({ value: c.id, label: c.name }))}
            />
            <SelectField
              id="templateId"
              name="templateId"
              label={t("projectEdit.importTemplate")}
              options={templates.map((tpl) => ({ value: tpl.id, label: tpl.name }))}
            />
            <Button type="submit" disabled={pending}>
              {t("projectEdit.importSave")}
            </Button>
          </form>
        </section>
      ) : null}
    </div>
  );
}
