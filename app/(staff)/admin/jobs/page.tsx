import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { JobRunsTable } from "@/components/jobs/job-runs-table";
import { JobScheduleTable } from "@/components/jobs/job-schedule-table";
import { requirePermission } from "@/lib/auth/session";
import { getJobsPage } from "@/lib/jobs/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("jobs.title") };
}

export default async function JobsPage() {
  const actor = await requirePermission("jobs:read", "/admin/jobs");
  const [t, page] = await Promise.all([getTranslations(), getJobsPage(actor)]);
  return (
    <div>
      <h1 className="text-3xl font-bold mb-4">{t("jobs.title")}</h1>
      <p className="mb-4 max-w-prose">{t("jobs.intro")}</p>
      {!page.enabled ? <p className="border-l-4 border-gray-500 bg-gray-50 p-3 mb-4">{t("jobs.disabled")}</p> : null}
      {!page.available ? (
        <p className="border-l-4 border-gray-500 bg-gray-50 p-3 mb-4">{t("jobs.unavailable")}</p>
      ) : null}
      <h2 className="text-2xl font-semibold mb-3">{t("jobs.schedulesTitle")}</h2>
      <JobScheduleTable page={page} />
      <h2 className="text-2xl font-semibold mb-3">{t("jobs.failedTitle")}</h2>
      <JobRunsTable caption={t("jobs.failedTitle")} runs={page.failed} empty={t("jobs.noFailed")} />
      <h2 className="text-2xl font-semibold mb-3">{t("jobs.recentTitle")}</h2>
      <JobRunsTable caption={t("jobs.recentTitle")} runs={page.recent} empty={t("jobs.noRuns")} />
    </div>
  );
}
