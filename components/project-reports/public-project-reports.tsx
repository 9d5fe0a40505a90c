import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/i18n/format";
import { getPublicProjectReports } from "@/lib/project-reports/public";

/** The published reports of the project behind an initiative, on its public page; nothing when there are none. */
export async function PublicProjectReports({ applicationId }: { applicationId: string }) {
  const [t, locale, reports] = await Promise.all([
    getTranslations(),
    getLocale(),
    getPublicProjectReports(null, applicationId),
  ]);
  if (reports.length === 0) return null;
  return (
    <section aria-labelledby="project-reports" className="mb-8">
      <h2 id="project-reports" className="text-2xl font-semibold mb-3">
        {t("reminders.projectReports.title")}
      </h2>
      {reports.map((r) => (
        <article key={r.id} className="mb-4" data-testid="public-project-report">
          <h3 className="text-lg font-semibold">
            {t(`reminders.reportKinds.${r.kind}`)}
            {r.periodText ? ` · ${r.periodText}` : ""}
          </h3>
          <p className="text-muted">
            {t("reminders.projectReports.submitted", { date: formatDate(new Date(r.submittedAt), locale) })}
          </p>
          <p className="whitespace-pre-line">{r.text}</p>
        </article>
      ))}
    </section>
  );
}
