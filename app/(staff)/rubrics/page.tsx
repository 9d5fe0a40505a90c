import type { Metadata } from "next";
import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/session";
import { getTranslations } from "next-intl/server";
import { listRubrics } from "@/lib/rubrics/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("rubric.title") };
}

export default async function RubricsPage() {
  const actor = await requirePermission("call:manage", "/rubrics");
  const [t, rubrics] = await Promise.all([getTranslations(), listRubrics(actor)]);
  return (
    <div>
      <h1 className="text-3xl font-bold mb-2">{t("rubric.title")}</h1>
      <p className="mb-4 max-w-3xl">{t("rubric.intro")}</p>
      <p className="mb-6">
        <Link href="/rubrics/new" className="underline font-semibold">
          {t("rubric.new")}
        </Link>
      </p>
      {rubrics.length ? (
        <Table
          caption={t("rubric.title")}
          captionHidden
          head={
            <tr>
              <Th>{t("rubric.name")}</Th>
              <Th>{t("rubric.committee")}</Th>
              <Th numeric>{t("rubric.criteria")}</Th>
              <Th>{t("nav.calls")}</Th>
            </tr>
          }
        >
          {rubrics.map((r) => (
            <tr key={r.id}>
              <Td>
                <Link href={`/rubrics/${r.id}`} className="underline">
                  {r.name}
                </Link>
              </Td>
              <Td>{r.committee.name}</Td>
              <Td numeric>{r._count.criteria}</Td>
              <Td>{t("rubric.usedBy", { count: r._count.calls })}</Td>
            </tr>
          ))}
        </Table>
      ) : (
        <p>{t("rubric.none")}</p>
      )}
    </div>
  );
}
