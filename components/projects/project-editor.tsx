"use client";
import { useEffect, useMemo, useState, useSyncExternalStore, useTransition } from "react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Notice } from "@/components/ui/notice";
import { parseKroner } from "@/lib/applications/model";
import { copenhagenLocalToUtc, utcToCopenhagenLocal } from "@/lib/calls/model";
import type { ProjectDocument } from "@/lib/projects/document";
import {
  formTargets,
  fromEditable,
  isFilled,
  listSpecs,
  scalarFields,
  toEditable,
  type FieldSpec,
  type FormSection,
  type ListSpec,
} from "@/lib/projects/editor-spec";
import { freeSectionFor } from "@/lib/templates/model";
import { saveProjectAction } from "@/lib/projects/actions";
import { formatDateTime, formatKr, formatNumber } from "@/lib/i18n/format";
import { type Locale } from "@/lib/i18n/config";
import { useTranslations } from "next-intl";
import type { MessageKey } from "@/lib/i18n/messages";

type Row = Record<string, unknown>;
type Doc = ProjectDocument & Record<string, unknown>;
const input = "w-full border-2 rounded px-3 py-2";
const idOf = (path: string) => `f-${path.replace(/\./g, "-")}`;

/** Kroner typed as people type them; the document holds øre. */
function AmountInput({
  id,
  value,
  onChange,
  invalid,
  describedBy,
}: {
  id: string;
  value: unknown;
  onChange: (ore: number | undefined) => void;
  invalid: boolean;
  describedBy?: string;
}) {
  const [text, setText] = useState(typeof value === "number" ? formatKr(value).replace(/ kr\.$/, "") : "");
  const bad = text.trim() !== "" && parseKroner(text) === null;
  return (
    <input
      id={id}
      inputMode="decimal"
      value={text}
      aria-invalid={invalid || bad ? true : undefined}
      aria-describedby={describedBy}
      className={`${input} ${invalid || bad ? "border-danger" : "border-gray-500"}`}
      onChange={(e) => {
        setText(e.target.value);
        const ore = e.target.value.trim() === "" ? undefined : parseKroner(e.target.value);
        if (ore !== null) onChange(ore);
      }}
    />
  );
}

/** The whole project on one page, part by part, in the document's own shape; saved over the version it started from. */
export function ProjectEditor({
  locale,
  projectId,
  version,
  initial,
  savedAt,
  form,
}: {
  locale: Locale;
  projectId: string;
  version: number;
  initial: ProjectDocument;
  savedAt: string;
  /** The committee's form the project is written on: its sections in order, in its words. */
  form?: { name: string; sections: FormSection[] };
}) {
  const t = useTranslations();
  const draftKey = `lokalpulje:project:${projectId}:v${version}`;
  // The form's own (FREE) sections are there to be written in, even before they have text.
  const ownSections = (form?.sections ?? []).filter((s) => s.part === "FREE" && s.heading.trim());
  const [doc, setDoc] = useState<Doc>(() => ({
    ...(initial as Doc),
    secretariatTasks: toEditable(initial.secretariatTasks) as unknown as string[],
    freeSections: [
      ...(initial.freeSections ?? []),
      ...ownSections
        .filter((s) => !freeSectionFor(s.heading, initial.freeSections ?? []))
        .map((s) => ({ heading: s.heading, body: "" })),
    ],
  }));
  // What the form says about a part of the editor: its heading and help text.
  const guide = new Map<string, FormSection>();
  for (const s of form?.sections ?? []) {
    const target = formTargets[s.part];
    if (target && s.part !== "FREE" && !guide.has(target)) guide.set(target, s);
  }
  const [current, setCurrent] = useState(version);
  const [dirty, setDirty] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string>();
  const [conflict, setConflict] = useState(false);
  const [saved, setSaved] = useState<number>();
  const [dismissed, setDismissed] = useState(false);
  const stored = useSyncExternalStore(
    () => () => {},
    () => window.localStorage.getItem(draftKey),
    () => null,
  );
  const draft = useMemo(
    () => (stored && !dismissed ? (JSON.parse(stored) as { when: string; doc: Doc }) : null),
    [stored, dismissed],
  );
  const [pending, start] = useTransition();

  // Nothing lost: a warning before leaving with unsaved changes, and a draft kept in this browser.
  useEffect(() => {
    if (!dirty) return;
    window.localStorage.setItem(draftKey, JSON.stringify({ when: new Date().toISOString(), doc }));
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty, doc, draftKey]);

  const update = (next: Doc) => {
    setDoc(next);
    setDirty(true);
    setSaved(undefined);
  };
  const setAt = (path: (string | number)[], value: unknown) => {
    const copy = structuredClone(doc) as Row;
    let node: Row = copy;
    for (const k of path.slice(0, -1)) node = node[k as string] as Row;
    const last = path.at(-1) as string;
    if (value === undefined || value === "") delete node[last];
    else node[last] = value;
    update(copy as Doc);
  };

  const save = () => {
    setMessage(undefined);
    setConflict(false);
    const freeSections = (doc.freeSections ?? []).filter(
      (f) => f.body.trim() !== "" || !ownSections.some((s) => freeSectionFor(s.heading, [f])),
    );
    const out = {
      ...doc,
      secretariatTasks: fromEditable((doc.secretariatTasks ?? []) as unknown as Row[]),
      freeSections: freeSections.length ? freeSections : undefined,
    };
    start(async () => {
      try {
        const r = await saveProjectAction(projectId, current, JSON.stringify(out));
        if (r.ok) {
          setCurrent(r.data.version);
          setSaved(r.data.version);
          setDirty(false);
          setErrors({});
          window.localStorage.removeItem(draftKey);
        } else {
          setErrors(r.fieldErrors ?? {});
          setMessage(r.message);
          setConflict(r.message === t("projectEdit.conflict"));
        }
      } catch {
        setMessage(t("errors.generic", { id: "–" }));
      }
    });
  };

  const label = (key: string) => t(`projectFields.${key}` as MessageKey);
  const field = (spec: FieldSpec, path: (string | number)[], value: unknown) => {
    const p = path.join(".");
    const id = idOf(p);
    const error = errors[p];
    const formSection = path.length === 1 ? guide.get(spec.key) : undefined;
    const describedBy =
      [formSection ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
    const cls = `${input} ${error ? "border-danger" : "border-gray-500"}`;
    const control = (() => {
      switch (spec.kind) {
        case "textarea":
          return (
            <textarea
              id={id}
              rows={3}
              value={String(value ?? "")}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy}
              className={cls}
              onChange={(e) => setAt(path, e.target.value)}
            />
          );
        case "number":
          return (
            <input
              id={id}
              inputMode="numeric"
              value={value === undefined ? "" : String(value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy}
              className={cls}
              onChange={(e) =>
                setAt(
                  path,
                  e.target.value.trim() === ""
                    ? undefined
                    : /^-?\d+$/.test(e.target.value.trim())
                      ? Number(e.target.value)
                      : e.target.value,
                )
              }
            />
          );
        case "hours":
          return (
            <input
              id={id}
              inputMode="decimal"
              defaultValue={typeof value === "number" ? formatNumber(value / 60, locale) : ""}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy}
              className={cls}
              onChange={(e) => {
                const h = Number(e.target.value.replace(",", "."));
                setAt(
                  path,
                  e.target.value.trim() === "" ? undefined : Number.isFinite(h) ? Math.round(h * 60) : e.target.value,
                );
              }}
            />
          );
        case "amount":
          return (
            <AmountInput
              id={id}
              value={value}
              invalid={Boolean(error)}
              describedBy={describedBy}
              onChange={(ore) => setAt(path, ore)}
            />
          );
        case "date":
          return (
            <input
              id={id}
              type="date"
              value={String(value ?? "")}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy}
              className={cls}
              onChange={(e) => setAt(path, e.target.value)}
            />
          );
        case "datetime":
          return (
            <input
              id={id}
              type="datetime-local"
              value={typeof value === "string" ? utcToCopenhagenLocal(new Date(value)) : ""}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy}
              className={cls}
              onChange={(e) => setAt(path, copenhagenLocalToUtc(e.target.value)?.toISOString())}
            />
          );
        case "checkbox":
          return (
            <input
              id={id}
              type="checkbox"
              checked={value === true}
              className="size-5"
              onChange={(e) => setAt(path, e.target.checked || undefined)}
            />
          );
        case "select":
          return (
            <select
              id={id}
              value={String(value ?? "")}
              aria-describedby={describedBy}
              className={cls}
              onChange={(e) => setAt(path, e.target.value || undefined)}
            >
              <option value="">–</option>
              {spec.options!.map((o) => (
                <option key={o} value={o}>
                  {t(`projectOptions.${o}` as MessageKey)}
                </option>
              ))}
            </select>
          );
        case "yearQuarter": {
          const [y, q] = (value as [number, number] | undefined) ?? [new Date().getFullYear(), 1];
          return (
            <span className="flex gap-2">
              <input
                id={id}
                inputMode="numeric"
                aria-label={`${label(spec.key)}: ${label("year")}`}
                value={y}
                className={`${cls} w-24`}
                onChange={(e) => setAt(path, [Number(e.target.value) || 0, q])}
              />
              <select
                aria-label={`${label(spec.key)}: ${t("projectOptions.QUARTER")}`}
                value={q}
                className={`${cls} w-20`}
                onChange={(e) => setAt(path, [y, Number(e.target.value)])}
              >
                {[1, 2, 3, 4].map((n) => (
                  <option key={n} value={n}>
                    K{n}
                  </option>
                ))}
              </select>
            </span>
          );
        }
        case "list":
          return list(spec.list!, path, (value as Row[] | undefined) ?? []);
        default:
          return (
            <input
              id={id}
              value={String(value ?? "")}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy}
              className={cls}
              onChange={(e) => setAt(path, e.target.value)}
            />
          );
      }
    })();
    if (spec.kind === "checkbox")
      return (
        <div key={p} className="mb-3 flex items-center gap-2">
          {control}
          <label htmlFor={id}>{label(spec.key)}</label>
        </div>
      );
    if (spec.kind === "list")
      return (
        <div key={p} className="mb-3 pl-4 border-l-2 border-gray-200">
          {control}
        </div>
      );
    return (
      <div key={p} className="mb-3">
        <label htmlFor={id} className="inline-block font-semibold mb-1 text-sm">
          {label(spec.key)}
        </label>
        {formSection?.required ? (
          <span className="text-danger font-semibold" aria-hidden="true">
            {" "}
            *
          </span>
        ) : null}
        {formSection ? <FormHint id={`${id}-hint`} section={formSection} t={t} /> : null}
        {error ? (
          <p id={`${id}-error`} className="text-danger font-semibold text-sm mb-1">
            {error}
          </p>
        ) : null}
        {control}
      </div>
    );
  };

  function list(spec: ListSpec, path: (string | number)[], rows: Row[]) {
    const what = t(`projectParts.${spec.part}` as MessageKey);
    return (
      <div>
        {errors[path.join(".")] ? <p className="text-danger font-semibold">{errors[path.join(".")]}</p> : null}
        <ol className="space-y-4">
          {rows.map((row, i) => (
            <li key={i} className="border border-gray-300 rounded p-3">
              <p className="font-semibold mb-2">{t("projectEdit.item", { what, n: i + 1 })}</p>
              {spec.fields.map((f) => field(f, [...path, i, f.key], row[f.key]))}
              <Button
                type="button"
                variant="link"
                onClick={() =>
                  setAt(
                    path,
                    rows.filter((_, j) => j !== i),
                  )
                }
              >
                {t("projectEdit.remove", { what: what.toLowerCase(), n: i + 1 })}
              </Button>
            </li>
          ))}
        </ol>
        <Button
          type="button"
          variant="secondary"
          className="mt-2"
          onClick={() => setAt(path, [...rows, structuredClone(spec.blank)])}
        >
          {t("projectEdit.add")}: {what.toLowerCase()}
        </Button>
      </div>
    );
  }

  const work = (doc.work ?? { roles: [], rows: [] }) as NonNullable<ProjectDocument["work"]>;
  const setWork = (next: NonNullable<ProjectDocument["work"]>) =>
    setAt(["work"], next.roles.length || next.rows.length ? next : undefined);
  const roleHours = work.roles.map(
    (_, j) => work.rows.reduce((s, r) => s + (typeof r.cells[j] === "number" ? (r.cells[j] as number) : 0), 0) / 60,
  );
  const summary = Object.entries(errors).map(([f, m]) => ({ field: idOf(f), message: m }));

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      {draft && !dirty ? (
        <div className="border-l-4 border-gray-500 bg-gray-50 p-3 mb-4" role="status">
          <p className="mb-2">{t("projectEdit.draftFound", { when: formatDateTime(new Date(draft.when), locale) })}</p>
          <div className="flex gap-3">
            <Button
              type="button"
              variant="secondary"
              onClick={() => {
                update(draft.doc);
                setDismissed(true);
              }}
            >
              {t("projectEdit.draftRestore")}
            </Button>
            <Button
              type="button"
              variant="link"
              onClick={() => {
                window.localStorage.removeItem(draftKey);
                setDismissed(true);
              }}
            >
              {t("projectEdit.draftDiscard")}
            </Button>
          </div>
        </div>
      ) : null}
      {saved ? <Notice>{t("projectEdit.saved", { version: saved })}</Notice> : null}
      <ErrorSummary title={t("scoring.errorSummary", { count: summary.length })} errors={summary} message={message} />
      {conflict ? (
        <p className="mb-4">
          <Link href={`/projects/${projectId}/history`} className="underline font-semibold" target="_blank">
            {t("projectEdit.history")}
          </Link>
        </p>
      ) : null}
      <p className="text-sm text-muted mb-4" data-testid="editor-version">
        {t("projectEdit.version")} {current} · {savedAt}
      </p>

      {form ? (
        <nav aria-labelledby="form-guide" className="border border-gray-300 rounded p-4 mb-8" data-testid="form-guide">
          <h2 id="form-guide" className="text-xl font-semibold mb-2">
            {t("projectEdit.formGuide", { name: form.name })}
          </h2>
          <ol className="list-decimal pl-6 md:columns-2">
            {form.sections.map((s, i) => {
              const target = formTargets[s.part];
              const anchor =
                s.part === "FREE"
                  ? "part-freeSections"
                  : target && scalarFields.some((f) => f.key === target)
                    ? idOf(target)
                    : `part-${target}`;
              const written = isFilled(s, doc);
              return (
                <li key={i}>
                  <a href={`#${anchor}`} className="underline">
                    {s.heading || t(`templates.parts.${s.part}` as MessageKey)}
                  </a>
                  {s.required ? (
                    <>
                      <span className="text-danger" aria-hidden="true">
                        {" "}
                        *
                      </span>
                      <span className="sr-only"> ({t("projectEdit.requiredHint")})</span>
                    </>
                  ) : null}
                  {!written ? <span className="text-muted text-sm"> – {t("projectEdit.notWritten")}</span> : null}
                </li>
              );
            })}
          </ol>
          {form.sections.some((s) => s.required) ? (
            <p className="text-sm text-muted mt-2">{t("projectEdit.requiredNote")}</p>
          ) : null}
        </nav>
      ) : null}

      <section aria-labelledby="part-texts" className="mb-8">
        <h2 id="part-texts" className="text-2xl font-semibold mb-3">
          {t("projectParts.texts")}
        </h2>
        {scalarFields.map((f) => field(f, [f.key], doc[f.key]))}
      </section>

      {listSpecs.map((spec) => {
        const key = spec.key ?? spec.part;
        const formSection = guide.get(spec.part);
        const ownHeadings = spec.part === "freeSections" ? ownSections : [];
        return (
          <section key={spec.part} aria-labelledby={`part-${spec.part}`} className="mb-8">
            <h2 id={`part-${spec.part}`} className="text-2xl font-semibold mb-3">
              {t(`projectParts.${spec.part}` as MessageKey)}
              {formSection?.required ? (
                <span className="text-danger" aria-hidden="true">
                  {" "}
                  *
                </span>
              ) : null}
            </h2>
            {formSection ? <FormHint id={`part-${spec.part}-hint`} section={formSection} t={t} /> : null}
            {ownHeadings.map((s) =>
              s.helpText ? <FormHint key={s.heading} id={`own-${s.heading}`} section={s} t={t} /> : null,
            )}
            {list(spec, [key], ((doc[key] as Row[] | undefined) ?? []) as Row[])}
          </section>
        );
      })}

      <section aria-labelledby="part-work" className="mb-8">
        <h2 id="part-work" className="text-2xl font-semibold mb-3">
          {t("projectParts.work")}
        </h2>
        {guide.get("work") ? <FormHint id="part-work-hint" section={guide.get("work")!} t={t} /> : null}
        <div className="overflow-x-auto">
          <table className="border-collapse mb-2" data-testid="work-grid">
            <caption className="sr-only">{t("projectParts.work")}</caption>
            <thead>
              <tr>
                <th scope="col" className="p-1 text-left">
                  {t("projectFields.rows")}
                </th>
                {work.roles.map((r, j) => (
                  <th key={j} scope="col" className="p-1">
                    <input
                      aria-label={`${t("projectFields.roles")} ${j + 1}`}
                      value={r.label}
                      className={`${input} border-gray-500 w-36`}
                      onChange={(e) =>
                        setWork({
                          ...work,
                          roles: work.roles.map((x, k) => (k === j ? { ...x, label: e.target.value } : x)),
                        })
                      }
                    />
                    <label className="flex items-center gap-1 text-sm font-normal mt-1">
                      <input
                        type="checkbox"
                        checked={r.isSecretariat === true}
                        onChange={(e) =>
                          setWork({
                            ...work,
                            roles: work.roles.map((x, k) =>
                              k === j ? { ...x, isSecretariat: e.target.checked || undefined } : x,
                            ),
                          })
                        }
                      />{" "}
                      {t("projectFields.isSecretariat")}
                    </label>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {work.rows.map((row, i) => (
                <tr key={i}>
                  <th scope="row" className="p-1">
                    <input
                      aria-label={`${t("projectFields.rows")} ${i + 1}`}
                      value={row.label}
                      className={`${input} border-gray-500 w-48`}
                      onChange={(e) =>
                        setWork({
                          ...work,
                          rows: work.rows.map((x, k) => (k === i ? { ...x, label: e.target.value } : x)),
                        })
                      }
                    />
                  </th>
                  {work.roles.map((r, j) => (
                    <td key={j} className="p-1">
                      <input
                        aria-label={`${row.label || i + 1}, ${r.label || j + 1} (${t("projectEdit.hours")})`}
                        defaultValue={
                          typeof row.cells[j] === "number"
                            ? formatNumber((row.cells[j] as number) / 60, locale)
                            : ((row.cells[j] as string | null) ?? "")
                        }
                        className={`${input} border-gray-500 w-24`}
                        onChange={(e) => {
                          const v = e.target.value.trim();
                          const cell =
                            v === "" ? null : /^\d+(,\d+)?$/.test(v) ? Math.round(Number(v.replace(",", ".")) * 60) : v;
                          setWork({
                            ...work,
                            rows: work.rows.map((x, k) =>
                              k === i
                                ? { ...x, cells: work.roles.map((_, m) => (m === j ? cell : (x.cells[m] ?? null))) }
                                : x,
                            ),
                          });
                        }}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" className="p-1 text-left">
                  {t("projectView.total")}
                </th>
                {roleHours.map((h, j) => (
                  <td key={j} className="p-1 font-semibold" data-testid={`work-total-${j}`}>
                    {formatNumber(h, locale)}
                  </td>
                ))}
              </tr>
            </tfoot>
          </table>
        </div>
        <div className="flex flex-wrap gap-3">
          <Button
            type="button"
            variant="secondary"
            onClick={() =>
              setWork({
                roles: [...work.roles, { label: "" }],
                rows: work.rows.map((r) => ({ ...r, cells: [...r.cells, null] })),
              })
            }
          >
            {t("projectEdit.add")}: {t("projectFields.role").toLowerCase()}
          </Button>
          <Button
            type="button"
            variant="secondary"
            onClick={() => setWork({ ...work, rows: [...work.rows, { label: "", cells: work.roles.map(() => null) }] })}
          >
            {t("projectEdit.add")}: {t("projectFields.rows").toLowerCase()}
          </Button>
        </div>
      </section>

      <div className="sticky bottom-0 bg-white border-t border-gray-300 py-3 flex items-center gap-4">
        <Button type="submit" disabled={pending}>
          {pending ? t("projectEdit.saving") : t("projectEdit.save")}
        </Button>
        {dirty ? <span role="status">{t("projectEdit.unsaved")}</span> : null}
      </div>
    </form>
  );
}

/** What the committee's form says about a part: its heading in the form's words and its help text. */
function FormHint({
  id,
  section,
  t,
}: {
  id: string;
  section: FormSection;
  t: ReturnType<typeof useTranslations<never>>;
}) {
  return (
    <p id={id} className="text-sm text-muted mb-1">
      {section.heading ? t("projectEdit.onForm", { heading: section.heading }) : null}
      {section.heading && section.helpText ? " " : null}
      {section.helpText}
      {section.required ? ` ${t("projectEdit.requiredHint")}` : null}
    </p>
  );
}
