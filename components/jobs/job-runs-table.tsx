import { getLocale, getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDateTime } from "@/lib/i18n/format";
import type { JobRun } from "@/lib/jobs/queries";

/** A list of job runs: which job, when, how it ended; a failed run shows its error (ids only, nothing personal). */
export async function JobRunsTable({ caption, runs, empty }: { caption: string; runs: JobRun[]; empty: string }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  if (runs.length === 0) return <p className="text-muted mb-6">{empty}</p>;
  return (
    <Table
      captionHidden
      caption={caption}
      head={
        <tr>
          <Th>{t("jobs.kind")}</Th>
          <Th>{t("jobs.started")}</Th>
          <Th>{t("jobs.state")}</Th>
          <Th>{t("jobs.result")}</Th>
        </tr>
      }
    >
      {runs.map((r) => (
        <tr key={r.id} data-testid="job-run">
          <Td>{t(`reminders.kinds.${r.kind}`)}</Td>
          <Td>{formatDateTime(r.startedAt ?? r.createdAt, locale)}</Td>
          <Td>{t(`jobs.states.${r.state}`)}</Td>
          <Td>
            {r.error !== null ? (
              <span className="font-mono text-sm break-words">
                {t("jobs.error")}: {r.error}
              </span>
            ) : r.sent !== null ? (
              t(r.kind === "retention" ? "jobs.anonymised" : "jobs.sent", { count: r.sent })
            ) : (
              "–"
            )}
          </Td>
        </tr>
      ))}
    </Table>
  );
}
