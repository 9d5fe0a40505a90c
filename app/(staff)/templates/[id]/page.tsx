import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CopyTemplateForm } from "@/components/templates/copy-template-form";
import { TemplateEditor } from "@/components/templates/template-editor";
import { Button } from "@/components/ui/button";
import { ButtonForm } from "@/components/ui/button-form";
import { IntlScope } from "@/components/ui/intl-scope";
import { requirePermission } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/i18n/format";
import { getLocale, getTranslations } from "next-intl/server";
import { archiveTemplateAction } from "@/lib/templates/actions";
import type { TemplateChange } from "@/lib/templates/model";
import type { SectionPart } from "@/lib/generated/prisma/enums";
import { getTemplate, templateCommittees } from "@/lib/templates/queries";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const [t, template] = await Promise.all([
    getTranslations(),
    getTemplate(await requirePermission("template:manage", `/templates/${id}`), id),
  ]);
  return { title: template?.name ?? t("templates.edit") };
}

export default async function TemplatePage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePermission("template:manage", `/templates/${id}`);
  const [t, locale, template, committees] = await Promise.all([
    getTranslations(),
    getLocale(),
    getTemplate(actor, id),
    templateCommittees(actor),
  ]);
  if (!template) notFound();
  const part = (p: SectionPart) => t(`templates.parts.${p}`);
  const describe = (c: TemplateChange) => {
    switch (c.kind) {
      case "heading":
        return t("templates.changes.heading", { part: part(c.part), from: c.from || "–", to: c.to || "–" });
      case "order":
        return t("templates.changes.order");
      default:
        return t(`templates.changes.${c.kind}`, { part: part(c.part), heading: c.heading || "–" });
    }
  };
  return (
    <div className="max-w-3xl">
      <p className="mb-2">
        <Link href="/templates" className="underline">
          ← {t("templates.title")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold mb-1">{template.name}</h1>
      <p className="text-muted mb-6">
        {template.committee?.name ?? t("templates.shared")} · {t("projectEdit.version")} {template.version}
      </p>
      <IntlScope namespaces={["templates", "project"]}>
        <TemplateEditor
          templateId={template.id}
          version={template.version}
          committees={committees}
          committeeId={template.committeeId ?? ""}
          name={template.name}
          formTitle={template.formTitle}
          projectKind={template.projectKind}
          sections={template.sections}
        />
      </IntlScope>

      <section aria-labelledby="used-by" className="mt-10">
        <h2 id="used-by" className="text-2xl font-semibold mb-2">
          {t("templates.usedBy", { count: template.projects.length })}
        </h2>
        <p className="mb-2 text-muted">{t("templates.usedByHint")}</p>
        <ul className="list-disc pl-6">
          {template.projects.map((p) => (
            <li key={p.id}>
              <Link href={`/projects/${p.id}`} className="underline">
                {p.title}
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="template-history" className="mt-10">
        <h2 id="template-history" className="text-2xl font-semibold mb-2">
          {t("templates.history")}
        </h2>
        <ol className="space-y-3" data-testid="template-history">
          {template.history.map((h) => (
            <li key={h.id}>
              <p>
                <span className="font-semibold">
                  {/* The audit entry's action names its label ("template.update" → actions.update). */}
                  {t(`templates.actions.${h.action.replace("template.", "") as "update"}`)}
                </span>
                {h.version ? ` · ${t("projectEdit.version")} ${h.version}` : ""} · {h.by} ·{" "}
                <time dateTime={h.at.toISOString()}>{formatDateTime(h.at, locale)}</time>
              </p>
              {h.renamed || h.changes.length ? (
                <ul className="list-disc pl-6 text-muted">
                  {h.renamed ? (
                    <li>{t("templates.changes.renamed", { from: h.renamed[0], to: h.renamed[1] })}</li>
                  ) : null}
                  {h.changes.map((c, i) => (
                    <li key={i}>{describe(c)}</li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
        {template.history.length === 0 ? <p>{t("templates.noHistory")}</p> : null}
      </section>

      <section aria-labelledby="template-copy" className="mt-10">
        <h2 id="template-copy" className="text-2xl font-semibold mb-2">
          {t("templates.copyTitle")}
        </h2>
        <IntlScope namespaces={["templates"]}>
          <CopyTemplateForm
            templateId={template.id}
            name={template.name}
            committees={committees}
            committeeId={template.committeeId ?? committees[0]?.id ?? ""}
          />
        </IntlScope>
      </section>

      <section aria-labelledby="template-archive" className="mt-10">
        <h2 id="template-archive" className="text-2xl font-semibold mb-2">
          {t("templates.archiveTitle")}
        </h2>
        <p className="mb-2">{t("templates.archiveHint")}</p>
        <ButtonForm action={archiveTemplateAction} fields={{ templateId: template.id, version: template.version }}>
          <Button type="submit" variant="secondary">
            {t("templates.archive")}
          </Button>
        </ButtonForm>
      </section>
    </div>
  );
}
