import type { Metadata } from "next";
import Link from "next/link";
import { TemplateEditor } from "@/components/templates/template-editor";
import { requirePermission } from "@/lib/auth/session";
import { getTranslations } from "next-intl/server";
import { IntlScope } from "@/components/ui/intl-scope";
import { templateCommittees } from "@/lib/templates/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("templates.new") };
}

/** A new form starts with the parts every project description has; the committee changes words, order and parts. */
export default async function NewTemplatePage() {
  const actor = await requirePermission("template:manage", "/templates/new");
  const [t, committees] = await Promise.all([getTranslations(), templateCommittees(actor)]);
  const starter = (["TITLE", "PURPOSE", "DESCRIPTION", "SUCCESS_CRITERIA", "TIMELINE", "BUDGET"] as const).map(
    (part) => ({
      id: "",
      part,
      heading: t(`templates.starter.${part}`),
      helpText: "",
      inline: false,
      required: part === "TITLE" || part === "PURPOSE",
    }),
  );
  return (
    <div className="max-w-3xl">
      <p className="mb-2">
        <Link href="/templates" className="underline">
          ← {t("templates.title")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold mb-4">{t("templates.new")}</h1>
      <IntlScope namespaces={["templates", "project"]}>
        <TemplateEditor
          version={0}
          committees={committees}
          committeeId={committees[0]?.id ?? ""}
          name=""
          formTitle="PROJEKTBESKRIVELSE"
          projectKind="INTERNAL"
          sections={starter}
        />
      </IntlScope>
    </div>
  );
}
