import type { Metadata } from "next";
import Link from "next/link";
import type { Route } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CommitteeArchiveForm } from "@/components/admin/committees/committee-archive-form";
import { CommitteeForm } from "@/components/admin/committees/committee-form";
import { CommitteeLogoForm } from "@/components/admin/committees/committee-logo-form";
import { CommitteeNav } from "@/components/admin/committees/committee-nav";
import { CapacityLink } from "@/components/project-money/capacity-link";
import { IntlScope } from "@/components/ui/intl-scope";
import { requireCommitteeStaff } from "@/lib/committees/page-access";
import { getCommitteeAdminPage, getCommitteeHeading } from "@/lib/committees/queries";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const actor = await requireCommitteeStaff("/admin/committees");
  const c = await getCommitteeHeading(actor, (await params).id);
  return { title: c?.name ?? (await getTranslations())("errors.notFoundTitle") };
}

/** A committee's settings, logo and archive state; those who only manage its plans or pools see the links. */
export default async function CommitteeAdminPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireCommitteeStaff(`/admin/committees/${id}`);
  const [t, c] = await Promise.all([getTranslations("committeesAdmin"), getCommitteeAdminPage(actor, id)]);
  if (!c) notFound();
  return (
    <div className="max-w-3xl">
      <CommitteeNav committee={c} current="settings" />
      <h1 className="text-3xl font-bold mb-2">{c.name}</h1>
      <p className="mb-4">
        {c.archived ? <strong>{t("archivedNote")} </strong> : null}
        <Link href={`/udvalg/${c.slug}` as Route} className="underline">
          {t("publicPage")}
        </Link>
      </p>
      <CapacityLink committeeId={c.id} />
      {c.hasLogo ? (
        // eslint-disable-next-line @next/next/no-img-element
        <img src={`/api/public/committees/${c.slug}/logo`} alt={c.name} className="max-h-24 mb-4" />
      ) : null}
      {c.canManage ? (
        <IntlScope namespaces={["committeesAdmin", "payments", "reminders"]}>
          <CommitteeForm committeeId={c.id} version={c.version} initial={c.values} />
          <h2 className="text-2xl font-semibold mt-8 mb-3">{t("logo")}</h2>
          <CommitteeLogoForm committeeId={c.id} />
          <h2 className="text-2xl font-semibold mt-8 mb-3">{t("archiveTitle")}</h2>
          {c.openCalls > 0 && !c.archived ? (
            <p className="mb-2">{t("archiveOpenCall", { count: c.openCalls })}</p>
          ) : (
            <p className="mb-2">{c.archived ? t("reactivateIntro") : t("archiveIntro")}</p>
          )}
          <CommitteeArchiveForm committeeId={c.id} version={c.version} archived={c.archived} />
        </IntlScope>
      ) : (
        <p>{t("readOnly")}</p>
      )}
    </div>
  );
}
