import type { Metadata } from "next";
import Link from "next/link";
import type { Route } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { CommitteeNav } from "@/components/admin/committees/committee-nav";
import { PoolForm } from "@/components/admin/pools/pool-form";
import { IntlScope } from "@/components/ui/intl-scope";
import { requireCommitteeStaff } from "@/lib/committees/page-access";
import { formatKr } from "@/lib/i18n/format";
import { getPoolsPage } from "@/lib/pools/queries";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const actor = await requireCommitteeStaff("/admin/committees");
  const [t, page] = await Promise.all([getTranslations(), getPoolsPage(actor, (await params).id)]);
  return { title: page ? t("poolsAdmin.pageTitle", { name: page.committee.name }) : t("errors.notFoundTitle") };
}

/** A committee's pools with their latest budgets, and a new pool. */
export default async function PoolsPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireCommitteeStaff(`/admin/committees/${id}/pools`);
  const [t, locale, page] = await Promise.all([getTranslations("poolsAdmin"), getLocale(), getPoolsPage(actor, id)]);
  if (!page) notFound();
  return (
    <div className="max-w-3xl">
      <CommitteeNav committee={page.committee} current="pools" />
      <h1 className="text-3xl font-bold mb-4">{t("pageTitle", { name: page.committee.name })}</h1>
      {page.pools.length ? (
        <ul className="space-y-3 mb-8">
          {page.pools.map((p) => (
            <li key={p.id} className="border-l-4 border-brand-600 pl-4">
              <Link href={`/admin/committees/${id}/pools/${p.id}` as Route} className="underline font-semibold">
                {p.name}
              </Link>
              <p className="text-muted">
                {p.years.map((y) => `${y.year}: ${formatKr(y.budgetOre, locale)}`).join(" · ") || t("noYears")}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mb-6">{t("noPools")}</p>
      )}
      <h2 className="text-2xl font-semibold mt-8 mb-3">{t("newPool")}</h2>
      <IntlScope namespaces={["poolsAdmin"]}>
        <PoolForm committeeId={id} />
      </IntlScope>
    </div>
  );
}
