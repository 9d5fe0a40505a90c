import type { Metadata } from "next";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/session";
import { listAuditEntries } from "@/lib/platform/queries";
import { formatDateTime } from "@/lib/i18n/format";
import { getLocale, getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("nav.audit") };
}

export default async function AuditPage() {
  const actor = await requirePermission("audit:read", "/admin/audit");
  const [t, locale, entries] = await Promise.all([getTranslations(), getLocale(), listAuditEntries(actor)]);
  return (
    <div>
      <h1 className="text-3xl font-bold mb-6">{t("nav.audit")}</h1>
      <Table
        caption={t("nav.audit")}
        captionHidden
        head={
          <tr>
            <Th>{t("audit.when")}</Th>
            <Th>{t("audit.who")}</Th>
            <Th>{t("audit.what")}</Th>
            <Th>{t("audit.entity")}</Th>
          </tr>
        }
      >
        {entries.map((e) => (
          <tr key={e.id}>
            <Td>{formatDateTime(e.at, locale)}</Td>
            <Td>{e.actorLabel}</Td>
            <Td>{e.action}</Td>
            <Td>
              {e.entityType} {e.entityId}
            </Td>
          </tr>
        ))}
      </Table>
    </div>
  );
}
