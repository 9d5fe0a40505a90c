import type { Metadata } from "next";
import { ImportForm } from "@/components/projects/import-form";
import { requirePermission } from "@/lib/auth/session";
import { committeesWhere } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { getLocale, getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("projectEdit.importTitle") };
}

export default async function ImportProjectPage() {
  const actor = await requirePermission("project:create", "/projects/import");
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const committees = await db().committee.findMany({
    where: { id: { in: committeesWhere(actor, "project:create") }, deletedAt: null },
    orderBy: { name: "asc" },
    select: { id: true, name: true, templates: { where: { deletedAt: null }, orderBy: { createdAt: "desc" }, select: { id: true, name: true } } },
  });
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold mb-2">{t("projectEdit.importTitle")}</h1>
      <p className="mb-6">{t("projectEdit.importIntro")}</p>
      <ImportForm locale={locale} committees={committees} />
    </div>
  );
}
