import type { Metadata } from "next";
import { NewProjectForm } from "@/components/projects/new-project-form";
import { requirePermission } from "@/lib/auth/session";
import { committeesWhere } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { getLocale, getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("projectEdit.new") };
}

export default async function NewProjectPage() {
  const actor = await requirePermission("project:create", "/projects/new");
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const committees = await db().committee.findMany({
    where: { id: { in: committeesWhere(actor, "project:create") }, deletedAt: null },
    orderBy: { name: "asc" },
    select: { id: true, name: true, templates: { where: { deletedAt: null }, orderBy: { createdAt: "desc" }, select: { id: true, name: true } } },
  });
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold mb-6">{t("projectEdit.new")}</h1>
      <NewProjectForm locale={locale} committees={committees} />
    </div>
  );
}
