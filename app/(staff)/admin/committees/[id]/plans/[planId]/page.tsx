import type { Metadata } from "next";
import Link from "next/link";
import type { Route } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CommitteeNav } from "@/components/admin/committees/committee-nav";
import { GoalForm } from "@/components/admin/plans/goal-form";
import { GoalList } from "@/components/admin/plans/goal-list";
import { PlanForm } from "@/components/admin/plans/plan-form";
import { IntlScope } from "@/components/ui/intl-scope";
import { requireCommitteeStaff } from "@/lib/committees/page-access";
import { getPlanPage, getPlanTitle } from "@/lib/plans/queries";

type Props = { params: Promise<{ id: string; planId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const actor = await requireCommitteeStaff("/admin/committees");
  const plan = await getPlanTitle(actor, (await params).planId);
  return { title: plan?.title ?? (await getTranslations())("errors.notFoundTitle") };
}

/** A district plan: its title and period, its goals (retired ones marked) and where each goal is used. */
export default async function PlanPage({ params }: Props) {
  const { id, planId } = await params;
  const actor = await requireCommitteeStaff(`/admin/committees/${id}/plans/${planId}`);
  const [t, page] = await Promise.all([getTranslations("plansAdmin"), getPlanPage(actor, id, planId)]);
  if (!page) notFound();
  return (
    <div className="max-w-3xl">
      <CommitteeNav committee={page.committee} current="plans" />
      <p className="mb-2">
        <Link href={`/admin/committees/${id}/plans` as Route} className="underline">
          ← {t("plans")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold mb-4">{page.plan.title}</h1>
      <IntlScope namespaces={["plansAdmin"]}>
        <PlanForm committeeId={id} planId={page.plan.id} version={page.plan.version} initial={page.plan.values} />
        <h2 className="text-2xl font-semibold mb-3">{t("goals")}</h2>
        <GoalList planId={page.plan.id} goals={page.goals} />
        <h2 className="text-2xl font-semibold mb-3">{t("addGoal")}</h2>
        <GoalForm planId={page.plan.id} />
      </IntlScope>
    </div>
  );
}
