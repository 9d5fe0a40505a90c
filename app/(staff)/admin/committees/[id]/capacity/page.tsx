import type { Metadata } from "next";
import Link from "next/link";
import type { Route } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { CapacityForm } from "@/components/project-money/capacity-form";
import { CapacityYear } from "@/components/project-money/capacity-year";
import { IntlScope } from "@/components/ui/intl-scope";
import { requirePermission } from "@/lib/auth/session";
import { getCapacityPage } from "@/lib/project-money/capacity-queries";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const actor = await requirePermission("project:read", `/admin/committees/${id}/capacity`, id);
  const [t, page] = await Promise.all([getTranslations("projectMoney"), getCapacityPage(actor, id)]);
  return { title: page ? t("capacityTitleFor", { name: page.committee.name }) : t("capacityTitle") };
}

/** The secretariat's capacity per year against the hours the committee's projects plan and spend. */
export default async function CapacityPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePermission("project:read", `/admin/committees/${id}/capacity`, id);
  const [t, locale, page] = await Promise.all([
    getTranslations("projectMoney"),
    getLocale(),
    getCapacityPage(actor, id),
  ]);
  if (!page) notFound();
  return (
    <div className="max-w-4xl">
      <p className="mb-2">
        <Link href={`/admin/committees/${id}` as Route} className="underline">
          ← {page.committee.name}
        </Link>
      </p>
      <h1 className="text-3xl font-bold mb-2">{t("capacityTitleFor", { name: page.committee.name })}</h1>
      <p className="mb-6">{t("attribution")}</p>
      <IntlScope namespaces={["projectMoney"]}>
        {page.years.map((y) => (
          <CapacityYear key={y.year} year={y} locale={locale}>
            {page.canEdit ? (
              <CapacityForm
                committeeId={id}
                year={y.year}
                version={y.version}
                hours={y.capacityHours === null ? "" : String(y.capacityHours)}
              />
            ) : null}
          </CapacityYear>
        ))}
        {page.canEdit ? (
          <>
            <h2 className="text-2xl font-semibold mb-3">{t("capacityNewYear")}</h2>
            <CapacityForm committeeId={id} version={0} hours="" />
          </>
        ) : null}
      </IntlScope>
    </div>
  );
}
