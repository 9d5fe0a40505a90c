import { getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { ButtonForm } from "@/components/ui/button-form";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDateTime } from "@/lib/i18n/format";
import { runReminderNowAction } from "@/lib/jobs/actions";
import type { JobsPage } from "@/lib/jobs/queries";

/** Each reminder job: when it runs, its last run, and "Kør nu" for staff who may. */
export async function JobScheduleTable({ page }: { page: JobsPage }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  return (
    <Table
      captionHidden
      caption={t("jobs.schedulesTitle")}
      head={
        <tr>
          <Th>{t("jobs.kind")}</Th>
          <Th>{t("jobs.schedule")}</Th>
          <Th>{t("jobs.lastRun")}</Th>
          {page.canRun ? <Th>{t("jobs.runNow")}</Th> : null}
        </tr>
      }
    >
      {page.kinds.map((k) => (
        <tr key={k.kind} data-testid={`job-${k.kind}`}>
          <Td>{t(`reminders.kinds.${k.kind}`)}</Td>
          <Td>
            {t(`jobs.cron.${k.kind}`)} <code className="text-sm text-muted">({k.cron})</code>
          </Td>
          <Td>
            {k.lastRun
              ? `${formatDateTime(k.lastRun.startedAt ?? k.lastRun.createdAt, locale)} · ` +
                t(`jobs.states.${k.lastRun.state}`)
              : t("jobs.never")}
          </Td>
          {page.canRun ? (
            <Td>
              <ButtonForm action={runReminderNowAction} fields={{ kind: k.kind }}>
                <Button
                  type="submit"
                  variant="secondary"
                  aria-label={`${t("jobs.runNow")}: ${t(`reminders.kinds.${k.kind}`)}`}
                >
                  {t("jobs.runNow")}
                </Button>
              </ButtonForm>
            </Td>
          ) : null}
        </tr>
      ))}
    </Table>
  );
}
