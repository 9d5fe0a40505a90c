// The project's status reports and evaluations as a printed section (the project PDF): planned ones with their
// due date and state, written ones with their period and text. Pure apart from the catalogue.
import { statusReportState } from "@/lib/jobs/model";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/translator";
import type { Block, PrintSection } from "@/lib/projects/print";

type Report = {
  kind: "STATUS" | "MIDTERM_EVALUATION" | "FINAL_EVALUATION";
  dueOn: Date | null;
  submittedAt: Date | null;
  periodText: string;
  text: string;
};

export function reportsSection(reports: readonly Report[], locale: Locale, now = new Date()): PrintSection | null {
  if (reports.length === 0) return null;
  const t = translatorFor(locale);
  const blocks = reports.flatMap((r): Block[] => {
    const state = statusReportState(r, now);
    const facts = [
      t(`reminders.reportKinds.${r.kind}`) + (r.periodText ? ` · ${r.periodText}` : ""),
      t(`reminders.projectReports.states.${state}`),
      r.dueOn ? t("reminders.projectReports.due", { date: formatDate(r.dueOn, locale) }) : null,
      r.submittedAt ? t("reminders.projectReports.submitted", { date: formatDate(r.submittedAt, locale) }) : null,
    ].filter(Boolean);
    return [{ kind: "p", text: facts.join(" · ") }, ...(r.text ? [{ kind: "p" as const, text: r.text }] : [])];
  });
  return { heading: t("reminders.projectReports.title"), inline: false, blocks };
}
