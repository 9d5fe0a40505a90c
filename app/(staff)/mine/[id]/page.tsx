import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ApplicantOverview } from "@/components/reporting/applicant-overview";
import { ApplicantLetterSection } from "@/components/grants/applicant-letter-section";
import { ApplicantReportingSection } from "@/components/reporting/applicant-reporting-section";
import { getActor, requireActor } from "@/lib/auth/session";
import { getOwnApplication } from "@/lib/reporting/queries";

type Props = { params: Promise<{ id: string }> };

export const dynamic = "force-dynamic";

/** Named for the application; another's application is not found. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const [t, actor] = await Promise.all([getTranslations(), getActor()]);
  const app = actor ? await getOwnApplication(actor, id) : null;
  return { title: app?.title ?? t("errors.notFoundTitle") };
}

/**
 * The signed-in applicant's own application, opened from their dashboard: the same sections as the private link
 * (the grant letter, the accounts and the evaluation), with the account as the authority.
 */
export default async function OwnApplicationPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireActor(`/mine/${id}`);
  const [t, app] = await Promise.all([getTranslations(), getOwnApplication(actor, id)]);
  if (!app) notFound();
  return (
    <div className="max-w-3xl">
      <p className="mb-2">
        <Link href="/dashboard" className="underline">
          ← {t("dashboard.title")}
        </Link>
      </p>
      <ApplicantOverview app={app} />
      <ApplicantLetterSection access={{ applicationId: app.id }} />
      <ApplicantReportingSection access={{ applicationId: app.id }} />
    </div>
  );
}
