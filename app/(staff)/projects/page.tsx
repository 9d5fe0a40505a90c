import type { Metadata } from "next";
import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listProjects } from "@/lib/projects/queries";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("nav.projects") };
}

export default async function ProjectsPage() {
  const actor = await requirePermission("project:read", "/projects");
  const [t, projects] = await Promise.all([getTranslations(), listProjects(actor)]);
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
        {projects.map((p) => (
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
    </div>
  );
}
