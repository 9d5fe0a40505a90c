import type { Metadata } from "next";
import Link from "next/link";
import type { Route } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CommitteeNav } from "@/components/admin/committees/committee-nav";
import { PlanForm } from "@/components/admin/plans/plan-form";
import { IntlScope } from "@/components/ui/intl-scope";
import { Table, Td, Th } from "@/components/ui/table";
import { requireCommitteeStaff } from "@/lib/committees/page-access";
import { getPlansPage } from "@/lib/plans/queries";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const actor = await requireCommitteeStaff("/admin/committees");
  const [t, page] = await Promise.all([getTranslations(), getPlansPage(actor, (await params).id)]);
  return { title: page ? t("plansAdmin.pageTitle", { name: page.committee.name }) : t("errors.notFoundTitle") };
}

/** A committee's district plans, and a new one. */
export default async function PlansPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireCommitteeStaff(`/admin/committees/${id}/plans`);
  const [t, page] = await Promise.all([getTranslations("plansAdmin"), getPlansPage(actor, id)]);
  if (!page) notFound();
  return (
    <div className="max-w-3xl">
      <CommitteeNav committee={page.committee} current="plans" />
      <h1 className="text-3xl font-bold mb-4">{t("pageTitle", { name: page.committee.name })}</h1>
      {page.plans.length ? (
        <Table
          caption={t("plans")}
          captionHidden
          head={
            <tr>
              <Th>{t("planTitle")}</Th>
              <Th>{t("kind")}</Th>
              <Th>{t("period")}</Th>
              <Th numeric>{t("activeGoals")}</Th>
            </tr>
          }
        >
          {page.plans.map((p) => (
            <tr key={p.id}>
              <Td>
                <Link href={`/admin/committees/${id}/plans/${p.id}` as Route} className="underline">
                  {p.title}
                </Link>
              </Td>
              <Td>{t(`kinds.${p.kind}`)}</Td>
              <Td>{p.startYear && p.endYear ? `${p.startYear}–${p.endYear}` : "–"}</Td>
              <Td numeric>{p.activeGoals}</Td>
            </tr>
          ))}
        </Table>
      ) : (
        <p className="mb-6">{t("noPlans")}</p>
      )}
      <h2 className="text-2xl font-semibold mt-8 mb-3">{t("newPlan")}</h2>
      <IntlScope namespaces={["plansAdmin"]}>
        <PlanForm committeeId={id} />
      </IntlScope>
    </div>
  );
}
