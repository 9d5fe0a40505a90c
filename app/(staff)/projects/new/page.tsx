import type { Metadata } from "next";
import { NewProjectForm } from "@/components/projects/new-project-form";
import { IntlScope } from "@/components/ui/intl-scope";
import { requirePermission } from "@/lib/auth/session";
import { committeesForNewProjects } from "@/lib/projects/queries";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("projectEdit.new") };
}

export default async function NewProjectPage() {
  const actor = await requirePermission("project:create", "/projects/new");
  const [t, committees] = await Promise.all([getTranslations(), committeesForNewProjects(actor)]);
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold mb-6">{t("projectEdit.new")}</h1>
      <IntlScope namespaces={["projectEdit", "projectFields"]}>
        <NewProjectForm committees={committees} />
      </IntlScope>
    </div>
  );
}
