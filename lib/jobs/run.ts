import "server-only";
import type { ReminderKind } from "./model";
import type { RunOptions } from "./once";
import { deliverOutbox } from "@/lib/mail/outbox";
import { runAccountsReminders, runAnswerReminders, runLapses } from "./accounts";
import { runRetention } from "@/lib/privacy/retention";
import { runPortraitReminders, runScoringReminders, runStatusReportReminders } from "./staff-reminders";

const runners: Record<ReminderKind, (now: Date, options?: RunOptions) => Promise<number>> = {
  // The applicant's accounts: due soon, overdue, and a request for more left unanswered.
  accounts: async (now, options) => {
    // Both run even if one fails; the job then fails with the first error, and its retry sends only what is left.
    const [due, answers] = await Promise.allSettled([
      runAccountsReminders(now, options),
      runAnswerReminders(now, options),
    ]);
    if (due.status === "rejected") throw due.reason;
    if (answers.status === "rejected") throw answers.reason;
    return due.value + answers.value;
  },
  lapse: runLapses,
  scoring: runScoringReminders,
  portrait: runPortraitReminders,
  statusReports: runStatusReportReminders,
  // Not a reminder: anonymises closed cases (the count is reported as "sent", the runs table words it).
  retention: (now) => runRetention(now),
};

/** One run of a reminder job: sends what is due and not yet sent. Safe to repeat, and to run on several instances. */
export async function runReminders(
  kind: ReminderKind,
  now = new Date(),
  options?: RunOptions,
): Promise<{ sent: number }> {
  const sent = await runners[kind](now, options);
  // The mail the run queued goes out with it, not when someone next submits a form. With several instances each
  // row is taken by one of them (FOR UPDATE SKIP LOCKED), so each mail is sent once.
  await deliverOutbox();
  return { sent };
}
