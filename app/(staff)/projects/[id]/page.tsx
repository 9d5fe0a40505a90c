import type { Metadata } from "next";
import Link from "next/link";
import { Fragment } from "react";
import { notFound } from "next/navigation";
import { renderPart } from "@/components/projects/project-sections";
import { defaultOrder, placeFree } from "@/lib/projects/sections";
import { requirePermission } from "@/lib/auth/session";
import { getProjectPage } from "@/lib/projects/queries";
import { placeOwnSections } from "@/lib/templates/model";
import { StatusForm } from "@/components/projects/status-form";
import { CaseMeetings } from "@/components/meetings/live/case-meetings";
import { ProjectDecisions } from "@/components/meetings/live/project-decisions";
import { getCaseMeetings } from "@/lib/meetings/live-queries";
import { getProjectDecisions } from "@/lib/projects/decision-queries";
import { IntlScope } from "@/components/ui/intl-scope";
import { ProjectMoneySection } from "@/components/project-money/project-money-section";
import { ProjectReportsSection } from "@/components/project-reports/project-reports-section";
import { formatDateTime, formatKr } from "@/lib/i18n/format";
import { getLocale, getTranslations } from "next-intl/server";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const page = await getProjectPage(await requirePermission("project:read", `/projects/${id}`), id);
  return { title: page?.project.title ?? (await getTranslations())("nav.projects") };
}

/** A project printed in its committee's own form: the template's headings, in its order. */
export default async function ProjectPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePermission("project:read", `/projects/${id}`);
  const [t, locale, page] = await Promise.all([getTranslations(), getLocale(), getProjectPage(actor, id)]);
  if (!page) notFound();
  const [decisions, meetings] = await Promise.all([
    getProjectDecisions(actor, id),
    getCaseMeetings(actor, { projectId: id }),
  ]);
  const { project, canEdit, moves, history, missing } = page;
  const ctx = { p: project, t, locale };
  const templateSections = project.template?.sections ?? [];
  const shown = new Set(templateSections.map((s) => s.part));
  const extra = defaultOrder.filter((part) => !shown.has(part) && renderPart(part, ctx) !== null);
  // A section of the committee's own (FREE) shows the project's free section of the same heading in its place.
  const { own, rest } = placeOwnSections(templateSections, project.freeSections);
  // Each section of the form rendered once: its content decides where free sections go and what shows.
  const rendered = new Map(
    templateSections.map((s) => {
      if (s.part !== "FREE") return [s.id, renderPart(s.part, ctx)] as const;
      const f = own.get(s.id);
      return [s.id, f ? <p className="whitespace-pre-line">{f.body}</p> : null] as const;
    }),
  );
  const content = (s: (typeof templateSections)[number]) => rendered.get(s.id) ?? null;
  const inline = templateSections.filter((s) => s.inline && s.part !== "TITLE");
  const blocks = templateSections.filter((s) => !s.inline && s.part !== "TITLE");
  // Free sections of an imported form show where they stood: after the part they followed.
  const printed = [
    ...templateSections.filter((s) => s.part !== "FREE" && content(s) !== null).map((s) => s.part),
    ...extra,
  ];
  const { after, end } = placeFree(printed, rest);
  const free = (list: readonly (typeof rest)[number][] = []) =>
    list.map((f) => (
      <section key={f.id} className="mb-8">
        <h2 className="text-2xl font-semibold mb-3">{f.heading}</h2>
        <p className="whitespace-pre-line">{f.body}</p>
      </section>
    ));
  return (
    <article>
      {project.template?.formTitle ? (
        <p className="uppercase tracking-wide text-muted mb-1">{project.template.formTitle}</p>
      ) : null}
      <h1 className="text-3xl font-bold mb-2">{project.title}</h1>
      <p className="mb-4 flex flex-wrap gap-x-6 no-print">
        {canEdit ? (
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
        {project.committee.name} · {t(`project.kinds.${project.kind}`)} ·{" "}
        <a href="#status" className="underline">
          {t(`project.statuses.${project.status}`)}
        </a>
        {project.approvedAmountOre !== null ? (
          <> · {t("projectWorkflow.approvedUpTo", { amount: formatKr(project.approvedAmountOre, locale) })}</>
        ) : null}
      </p>
      {free(after.get("TITLE"))}
      {inline.length > 0 ? (
        <dl className="grid md:grid-cols-[16rem_1fr] gap-x-4 gap-y-2 mb-8">
          {inline.map((s) => (
            <div key={s.id} className="contents">
              <dt className="font-semibold">{s.heading}:</dt>
              <dd>{content(s) ?? "–"}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {inline.flatMap((s) => free(after.get(s.part)))}
      {blocks.map((s) => {
        const shown = content(s);
        if (shown === null && !s.heading) return null;
        return (
          <Fragment key={s.id}>
            <section className="mb-8">
              {s.heading ? <h2 className="text-2xl font-semibold mb-3">{s.heading}</h2> : null}
              {shown ?? <p className="text-muted">–</p>}
            </section>
            {shown !== null && s.part !== "FREE" ? free(after.get(s.part)) : null}
          </Fragment>
        );
      })}
      {extra.map((part) => (
        <Fragment key={part}>
          <section className="mb-8">
            <h2 className="text-2xl font-semibold mb-3">{t(`projectView.parts.${part}`)}</h2>
            {renderPart(part, ctx)}
          </section>
          {free(after.get(part))}
        </Fragment>
      ))}
      {free(end)}
      <ProjectReportsSection actor={actor} projectId={project.id} />
      <section id="status" aria-labelledby="status-heading" className="mt-12 border-t-2 border-gray-300 pt-6 no-print">
        <h2 id="status-heading" className="text-2xl font-semibold mb-3">
          {t("projectWorkflow.title")}
        </h2>
        <p className="mb-4" data-testid="project-status">
          {t("projectWorkflow.current")}: <strong>{t(`project.statuses.${project.status}`)}</strong>
          {project.approvedAmountOre !== null ? (
            <> · {t("projectWorkflow.approvedUpTo", { amount: formatKr(project.approvedAmountOre, locale) })}</>
          ) : null}
        </p>
        <ProjectDecisions decisions={decisions} />
        {project.status === "RECOMMENDED" ? (
          <p className="mb-4" data-testid="decided-at-meeting">
            {t("meetingLive.projectDecidedAtMeeting")}{" "}
            <Link href="/meetings" className="underline">
              {t("meetingLive.meetingsLink")}
            </Link>
          </p>
        ) : null}
        {missing.length ? (
          <p className="border-l-4 border-gray-500 bg-gray-50 p-3 mb-4" data-testid="missing-for-recommendation">
            {t("projectWorkflow.missing", {
              list: missing.map((m) => m.heading || t(`templates.parts.${m.part}`)).join(", "),
            })}
          </p>
        ) : null}
        {moves.length ? (
          <IntlScope namespaces={["projectWorkflow", "project"]}>
            <StatusForm projectId={project.id} status={project.status} moves={moves} />
          </IntlScope>
        ) : null}
        <CaseMeetings meetings={meetings} />
        <h3 className="text-xl font-semibold mt-6 mb-2">{t("projectWorkflow.history")}</h3>
        <ol className="space-y-2" data-testid="status-history">
          {history.map((h) => (
            <li key={h.id}>
              <span className="font-semibold">
                {h.from ? `${t(`project.statuses.${h.from}`)} → ` : ""}
                {t(`project.statuses.${h.to}`)}
              </span>{" "}
              · {h.by} · <time dateTime={h.at.toISOString()}>{formatDateTime(h.at, locale)}</time>
              {h.note ? <p className="whitespace-pre-line text-muted">{h.note}</p> : null}
            </li>
          ))}
        </ol>
      </section>
      <ProjectMoneySection actor={actor} projectId={project.id} />
    </article>
  );
}
