import type { Metadata } from "next";
import Link from "next/link";
import { BlankFormImport } from "@/components/templates/blank-form-import";
import { requirePermission } from "@/lib/auth/session";
import { getTranslations } from "next-intl/server";
import { IntlScope } from "@/components/ui/intl-scope";
import { templateCommittees } from "@/lib/templates/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("templates.import.title") };
}

/** A committee's own blank form becomes its template: read, reviewed in the editor, saved. */
export default async function ImportTemplatePage() {
  const actor = await requirePermission("template:manage", "/templates/import");
  const [t, committees] = await Promise.all([getTranslations(), templateCommittees(actor)]);
  return (
    <div className="max-w-3xl">
      <p className="mb-2">
        <Link href="/templates" className="underline">
          ← {t("templates.title")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold mb-2">{t("templates.import.title")}</h1>
      <p className="mb-6">{t("templates.import.intro")}</p>
      <IntlScope namespaces={["templates", "project", "projectEdit", "projectSafety"]}>
        <BlankFormImport committees={committees} />
      </IntlScope>
    </div>
  );
}
