import type { Metadata } from "next";
import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/session";
import { getCallListPage } from "@/lib/calls/queries";
import { formatDate, formatKr } from "@/lib/i18n/format";
import { getLocale, getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("nav.calls") };
}

export default async function CallsPage() {
  const actor = await requirePermission("call:read", "/calls");
  const [t, locale, { calls, canManage }] = await Promise.all([getTranslations(), getLocale(), getCallListPage(actor)]);
  return (
    <div>
      <h1 className="text-3xl font-bold mb-4">{t("nav.calls")}</h1>
      {canManage ? (
        <ul className="mb-6 flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <Link href="/calls/new" className="underline font-semibold">
              {t("callForm.new")}
            </Link>
          </li>
          <li>
            <Link href="/rubrics" className="underline font-semibold">
              {t("rubric.title")}
            </Link>
          </li>
        </ul>
      ) : null}
      <Table
        caption={t("nav.calls")}
        captionHidden
        head={
          <tr>
            <Th>{t("dashboard.titleColumn")}</Th>
            <Th>{t("dashboard.committee")}</Th>
            <Th>{t("dashboard.deadline")}</Th>
            <Th numeric>{t("dashboard.available")}</Th>
            <Th>{t("dashboard.status")}</Th>
          </tr>
        }
      >
        {calls.map((c) => (
          <tr key={c.id}>
            <Td>
              <Link href={`/calls/${c.id}`} className="underline">
                {c.title}
              </Link>
            </Td>
            <Td>{c.committee}</Td>
            <Td>{c.deadline ? formatDate(c.deadline, locale) : "–"}</Td>
            <Td numeric>{formatKr(c.amountOre, locale)}</Td>
            <Td>{t(`call.statuses.${c.status}`)}</Td>
          </tr>
        ))}
      </Table>
    </div>
  );
}
