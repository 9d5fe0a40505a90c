import type { Metadata } from "next";
import Link from "next/link";
import type { Route } from "next";
import { getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import { requireCommitteeStaff } from "@/lib/committees/page-access";
import { listAdminCommittees } from "@/lib/committees/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("committeesAdmin.title") };
}

/** The committees the actor administers; an installation admin sees all of them, archived too, and creates new. */
export default async function CommitteesPage() {
  const actor = await requireCommitteeStaff("/admin/committees");
  const [t, page] = await Promise.all([getTranslations("committeesAdmin"), listAdminCommittees(actor)]);
  return (
    <div>
      <h1 className="text-3xl font-bold mb-4">{t("title")}</h1>
      {page.canCreate ? (
        <p className="mb-6">
          <Link href="/admin/committees/new" className="underline font-semibold">
            {t("new")}
          </Link>
        </p>
      ) : null}
      <Table
        caption={t("title")}
        captionHidden
        head={
          <tr>
            <Th>{t("name")}</Th>
            <Th>{t("kind")}</Th>
            <Th>{t("district")}</Th>
            <Th>{t("status")}</Th>
          </tr>
        }
      >
        {page.committees.map((c) => (
          <tr key={c.id}>
            <Td>
              <Link href={`/admin/committees/${c.id}` as Route} className="underline">
                {c.name}
              </Link>
            </Td>
            <Td>{t(`kinds.${c.kind}`)}</Td>
            <Td>{[c.district, c.municipality].filter(Boolean).join(", ")}</Td>
            <Td>{c.archivedAt ? t("archived") : t("active")}</Td>
          </tr>
        ))}
      </Table>
    </div>
  );
}
