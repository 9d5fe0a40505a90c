import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { defaultOrder, renderPart } from "@/components/projects/project-sections";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getProjectView } from "@/lib/projects/queries";
import { getLocale, getT } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n/translate";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `${(await getT())("nav.projects")} · ${(await params).id}` };
}

/** A project printed in its committee's own form: the template's headings, in its order. */
export default async function ProjectPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePermission("project:read", `/projects/${id}`);
  const [t, locale, project] = await Promise.all([getT(), getLocale(), getProjectView(actor, id)]);
  if (!project) notFound();
  const ctx = { p: project, t, locale };
  const templateSections = project.template?.sections ?? [];
  const shown = new Set(templateSections.map((s) => s.part));
  const extra = defaultOrder.filter((part) => !shown.has(part) && renderPart(part, ctx) !== null);
  const inline = templateSections.filter((s) => s.inline && s.part !== "TITLE");
  const blocks = templateSections.filter((s) => !s.inline && s.part !== "TITLE");
  return (
    <article>
      {project.template?.formTitle ? <p className="uppercase tracking-wide text-muted mb-1">{project.template.formTitle}</p> : null}
      <h1 className="text-3xl font-bold mb-2">{project.title}</h1>
      <p className="mb-4 flex flex-wrap gap-x-6 no-print">
        {can(actor, "project:edit", project.committee.id) || project.people.some((p) => p.userId === actor.id) ? (
          <Link href={`/projects/${project.id}/edit`} className="underline font-semibold">
            {t("projectEdit.edit")}
          </Link>
        ) : null}
        <Link href={`/projects/${project.id}/history`} className="underline font-semibold">
          {t("projectEdit.history")}
        </Link>
        <a href={`/api/projects/${project.id}/pdf`} className="underline font-semibold" download>
          {t("projectEdit.pdf")}
        </a>
      </p>
      <p className="text-muted mb-6">
        {project.committee.name} · {t(`project.kinds.${project.kind}`)} · {t(`project.statuses.${project.status}`)}
      </p>
      {inline.length > 0 ? (
        <dl className="grid md:grid-cols-[16rem_1fr] gap-x-4 gap-y-2 mb-8">
          {inline.map((s) => (
            <div key={s.id} className="contents">
              <dt className="font-semibold">{s.heading}:</dt>
              <dd>{renderPart(s.part, ctx) ?? "–"}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {blocks.map((s) => {
        const content = renderPart(s.part, ctx);
        if (content === null && !s.heading) return null;
        return (
          <section key={s.id} className="mb-8">
            {s.heading ? <h2 className="text-2xl font-semibold mb-3">{s.heading}</h2> : null}
            {content ?? <p className="text-muted">–</p>}
          </section>
        );
      })}
      {extra.map((part) => (
        <section key={part} className="mb-8">
          <h2 className="text-2xl font-semibold mb-3">{t(`projectView.parts.${part}` as MessageKey)}</h2>
          {renderPart(part, ctx)}
        </section>
      ))}
      {project.freeSections.map((f) => (
        <section key={f.id} className="mb-8">
          <h2 className="text-2xl font-semibold mb-3">{f.heading}</h2>
          <p className="whitespace-pre-line">{f.body}</p>
        </section>
      ))}
    </article>
  );
}
