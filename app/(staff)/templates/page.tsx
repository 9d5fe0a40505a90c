import type { Metadata } from "next";
import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/i18n/format";
import { getLocale, getTranslations } from "next-intl/server";
import { listTemplates } from "@/lib/templates/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("templates.title") };
}

export default async function TemplatesPage() {
  const actor = await requirePermission("template:manage", "/templates");
  const [t, locale, templates] = await Promise.all([getTranslations(), getLocale(), listTemplates(actor)]);
  return (
    <div>
      <h1 className="text-3xl font-bold mb-2">{t("templates.title")}</h1>
      <p className="mb-4 max-w-3xl">{t("templates.intro")}</p>
      <p className="mb-6">
        <Link href="/templates/new" className="underline font-semibold">
          {t("templates.new")}
        </Link>
        {" · "}
        <Link href="/templates/import" className="underline font-semibold">
          {t("templates.import.title")}
        </Link>
      </p>
      <Table
        caption={t("templates.title")}
        captionHidden
        head={
          <tr>
            <Th>{t("templates.name")}</Th>
            <Th>{t("templates.committee")}</Th>
            <Th>{t("templates.projectKind")}</Th>
            <Th numeric>{t("templates.sections")}</Th>
            <Th numeric>{t("nav.projects")}</Th>
            <Th>{t("templates.updated")}</Th>
          </tr>
        }
      >
        {templates.map((tpl) => (
          <tr key={tpl.id}>
            <Td>
              <Link href={`/templates/${tpl.id}`} className="underline">
                {tpl.name}
              </Link>
            </Td>
            <Td>{tpl.committee ?? t("templates.shared")}</Td>
            <Td>{t(`project.kinds.${tpl.projectKind}`)}</Td>
            <Td numeric>{tpl.sections}</Td>
            <Td numeric>{tpl.projects}</Td>
            <Td>{formatDateTime(tpl.updatedAt, locale)}</Td>
          </tr>
        ))}
      </Table>
    </div>
  );
}
