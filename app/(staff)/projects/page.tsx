import type { Metadata, Route } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { SearchForm, SearchText } from "@/components/ui/search-form";
import { SelectField } from "@/components/ui/select";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listProjects } from "@/lib/projects/queries";
import { parseProjectListFilters, projectListHref, projectListPageSize, projectStatuses } from "@/lib/projects/model";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("nav.projects") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ProjectsPage({ searchParams }: Props) {
  const actor = await requirePermission("project:read", "/projects");
  const filters = parseProjectListFilters(await searchParams);
  const [t, { items, total }] = await Promise.all([getTranslations(), listProjects(actor, filters)]);
  const filtered = Boolean(filters.q || filters.status);
  const pageCount = Math.max(1, Math.ceil(total / projectListPageSize));
  const from = (filters.page - 1) * projectListPageSize + 1;
  return (
    <div>
      <h1 className="text-3xl font-bold mb-4">{t("nav.projects")}</h1>
      {can(actor, "project:create") ? (
        <p className="mb-6 flex flex-wrap gap-x-6">
          <Link href="/projects/new" className="underline font-semibold">
            {t("projectEdit.new")}
          </Link>
          <Link href="/projects/import" className="underline font-semibold">
            {t("projectEdit.importLink")}
          </Link>
          {can(actor, "template:manage") ? (
            <Link href="/templates" className="underline font-semibold">
              {t("templates.title")}
            </Link>
          ) : null}
        </p>
      ) : null}
      <SearchForm className="flex flex-wrap items-end gap-3 mb-4">
        <SearchText label={t("projectList.search")} defaultValue={filters.q} />
        <SelectField
          id="status"
          name="status"
          className=""
          label={t("projectList.status")}
          defaultValue={filters.status ?? ""}
          options={[
            { value: "", label: t("projectList.any") },
            ...projectStatuses.map((s) => ({ value: s, label: t(`project.statuses.${s}`) })),
          ]}
        />
        <Button type="submit">{t("projectList.filter")}</Button>
        {filtered ? (
          <Link href="/projects" className="underline py-2">
            {t("projectList.clear")}
          </Link>
        ) : null}
      </SearchForm>
      {items.length === 0 ? (
        <p className="mb-4">{filtered ? t("projectList.noneMatch") : t("projectList.none")}</p>
      ) : (
        <p className="mb-2" aria-live="polite">
          {t("projectList.shown", { from, to: from + items.length - 1, total })}
        </p>
      )}
      <Table
        caption={t("nav.projects")}
        captionHidden
        head={
          <tr>
            <Th>{t("dashboard.titleColumn")}</Th>
            <Th>{t("dashboard.committee")}</Th>
            <Th>{t("dashboard.kind")}</Th>
            <Th>{t("projectView.period")}</Th>
            <Th>{t("dashboard.status")}</Th>
          </tr>
        }
      >
        {items.map((p) => (
          <tr key={p.id}>
            <Td>
              <Link href={`/projects/${p.id}`} className="underline">
                {p.title}
              </Link>
            </Td>
            <Td>{p.committee}</Td>
            <Td>{t(`project.kinds.${p.kind}`)}</Td>
            <Td>{p.periodText ?? ""}</Td>
            <Td>{t(`project.statuses.${p.status}`)}</Td>
          </tr>
        ))}
      </Table>
      {pageCount > 1 ? (
        <nav aria-label={t("projectList.pages")} className="flex gap-6 mt-4">
          {filters.page > 1 ? (
            <Link href={projectListHref(filters, filters.page - 1) as Route} className="underline" rel="prev">
              {t("projectList.previous")}
            </Link>
          ) : null}
          {filters.page < pageCount ? (
            <Link href={projectListHref(filters, filters.page + 1) as Route} className="underline" rel="next">
              {t("projectList.next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
