import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/session";
import { listMyScoring } from "@/lib/scoring/queries";
import { getTranslations } from "next-intl/server";
import { callPageTitle } from "../_lib/title";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return callPageTitle((await params).id, "scoring.title");
}

export default async function MyScoringPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePermission("application:score", `/calls/${id}/score`);
  const [t, data] = await Promise.all([getTranslations(), listMyScoring(actor, id)]);
  if (!data) notFound();
  return (
    <div>
      <h1 className="text-3xl font-bold mb-2">{t("scoring.title")}</h1>
      <p className="text-muted mb-2">{data.call.title}</p>
      <p className="text-xl font-semibold mb-6" data-testid="scoring-progress">
        {t("scoring.progress", { done: data.done, total: data.items.length })}
      </p>
      {data.items.length === 0 ? (
        <p>{t("scoring.noneAssigned")}</p>
      ) : (
        <Table
          caption={t("scoring.title")}
          captionHidden
          head={
            <tr>
              <Th>{t("dashboard.reference")}</Th>
              <Th>{t("dashboard.titleColumn")}</Th>
              <Th>{t("callView.organisation")}</Th>
              <Th>{t("dashboard.status")}</Th>
            </tr>
          }
        >
          {data.items.map((a) => (
            <tr key={a.id}>
              <Td>{a.reference ?? "–"}</Td>
              <Td>
                <Link href={`/calls/${id}/score/${a.id}`} className="underline">
                  {a.title}
                </Link>
              </Td>
              <Td>{a.organisation}</Td>
              <Td>{t(`scoring.states.${a.state}`)}</Td>
            </tr>
          ))}
        </Table>
      )}
    </div>
  );
}
