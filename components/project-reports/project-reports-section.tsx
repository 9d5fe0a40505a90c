import { getLocale, getTranslations } from "next-intl/server";
import { IntlScope } from "@/components/ui/intl-scope";
import { formatDate } from "@/lib/i18n/format";
import type { Actor } from "@/lib/auth/permissions";
import { getProjectReports, type ProjectReport } from "@/lib/project-reports/queries";
import { PlanReportForm } from "./plan-report-form";
import { WriteReportForm } from "./write-report-form";

const badge: Record<ProjectReport["state"], string> = {
  submitted: "border-gray-500",
  planned: "border-gray-500",
  dueSoon: "border-brand-700",
  overdue: "border-danger text-danger font-semibold",
};

/** The project's status reports and evaluations: due dates from its plan, overdue ones marked, written ones shown. */
export async function ProjectReportsSection({ actor, projectId }: { actor: Actor; projectId: string }) {
  const [t, locale, page] = await Promise.all([getTranslations(), getLocale(), getProjectReports(actor, projectId)]);
  if (!page) return null;
  return (
    <section id="reports" aria-labelledby="reports-heading" className="mt-12 border-t-2 border-gray-300 pt-6">
      <h2 id="reports-heading" className="text-2xl font-semibold mb-3">
        {t("reminders.projectReports.title")}
      </h2>
      {page.reports.length === 0 ? <p className="text-muted mb-4">{t("reminders.projectReports.none")}</p> : null}
      <ol className="space-y-4 mb-6" data-testid="project-reports">
        {page.reports.map((r) => (
          <li key={r.id} className="border-l-4 border-gray-300 pl-4" data-testid="project-report" data-state={r.state}>
            <h3 className="text-lg font-semibold">
              {t(`reminders.reportKinds.${r.kind}`)}
              {r.periodText ? ` · ${r.periodText}` : ""}{" "}
              <span className={`inline-block border-2 rounded px-2 text-sm ${badge[r.state]}`}>
                {t(`reminders.projectReports.states.${r.state}`)}
              </span>
            </h3>
            <p className="text-muted">
              {r.dueOn ? t("reminders.projectReports.due", { date: formatDate(r.dueOn, locale) }) : null}
              {r.dueOn && r.submittedAt ? " · " : null}
              {r.submittedAt
                ? t("reminders.projectReports.submitted", { date: formatDate(r.submittedAt, locale) })
                : null}
            </p>
            {r.text ? <p className="whitespace-pre-line mt-2">{r.text}</p> : null}
            {r.continuation ? <p className="whitespace-pre-line mt-2">{r.continuation}</p> : null}
            {!r.submittedAt && page.canWrite ? (
              <details className="mt-2">
                <summary className="cursor-pointer underline">{t("reminders.projectReports.writeTitle")}</summary>
                <div className="mt-2">
                  <IntlScope namespaces={["reminders"]}>
                    <WriteReportForm reportId={r.id} />
                  </IntlScope>
                </div>
              </details>
            ) : null}
          </li>
        ))}
      </ol>
      {page.canPlan ? (
        <IntlScope namespaces={["reminders"]}>
          <PlanReportForm projectId={projectId} />
        </IntlScope>
      ) : null}
    </section>
  );
}
