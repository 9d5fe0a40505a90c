import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { ProjectEditor } from "@/components/projects/project-editor";
import { IntlScope } from "@/components/ui/intl-scope";
import { requirePermission } from "@/lib/auth/session";
import { getProjectForEdit } from "@/lib/projects/queries";
import { formatDateTime } from "@/lib/i18n/format";
import { getLocale, getTranslations } from "next-intl/server";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const [t, p] = await Promise.all([
    getTranslations(),
    getProjectForEdit(await requirePermission("project:read", `/projects/${id}/edit`), id),
  ]);
  return { title: p ? t("projectEdit.editTitle", { title: p.title }) : t("projectEdit.edit") };
}

export default async function EditProjectPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePermission("project:read", `/projects/${id}/edit`);
  const [t, locale, p] = await Promise.all([getTranslations(), getLocale(), getProjectForEdit(actor, id)]);
  if (!p) notFound();
  if (!p.canEdit) forbidden();
  // The guide names each section in the form's words, or by its part where the form gives none.
  const form = p.template
    ? {
        name: p.template.name,
        sections: p.template.sections.map((s) => ({ ...s, label: s.heading || t(`templates.parts.${s.part}`) })),
      }
    : undefined;
  return (
    <div className="max-w-4xl">
      <p className="mb-2 flex gap-4">
        <Link href={`/projects/${id}`} className="underline">
          ← {p.title}
        </Link>
        <Link href={`/projects/${id}/history`} className="underline">
          {t("projectEdit.history")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold mb-4">{t("projectEdit.editTitle", { title: p.title })}</h1>
      {/* projectSafety: the server's refusals of a slug or a linked account name their field in it. */}
      <IntlScope namespaces={["projectEdit", "projectFields", "projectParts", "projectOptions", "projectSafety"]}>
        <ProjectEditor
          projectId={id}
          version={p.version}
          initial={p.doc}
          savedAt={formatDateTime(p.updatedAt, locale)}
          form={form}
        />
      </IntlScope>
    </div>
  );
}
