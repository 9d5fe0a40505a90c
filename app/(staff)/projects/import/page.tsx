import type { Metadata } from "next";
import { ImportForm } from "@/components/projects/import-form";
import { IntlScope } from "@/components/ui/intl-scope";
import { requirePermission } from "@/lib/auth/session";
import { committeesForNewProjects } from "@/lib/projects/queries";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("projectEdit.importTitle") };
}

export default async function ImportProjectPage() {
  const actor = await requirePermission("project:create", "/projects/import");
  const [t, committees] = await Promise.all([getTranslations(), committeesForNewProjects(actor)]);
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold mb-2">{t("projectEdit.importTitle")}</h1>
      <p className="mb-6">{t("projectEdit.importIntro")}</p>
      <IntlScope namespaces={["projectEdit", "projectSafety", "templates"]}>
        <ImportForm committees={committees} />
      </IntlScope>
    </div>
  );
}
