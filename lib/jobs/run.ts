import "server-only";
import type { ReminderKind } from "./model";
import type { RunOptions } from "./once";
import { runAccountsReminders, runAnswerReminders, runLapses } from "./accounts";
import { runPortraitReminders, runScoringReminders, runStatusReportReminders } from "./staff-reminders";

const runners: Record<ReminderKind, (now: Date, options?: RunOptions) => Promise<number>> = {
  // The applicant's accounts: due soon, overdue, and a request for more left unanswered.
  accounts: async (now, options) =>
    (await runAccountsReminders(now, options)) + (await runAnswerReminders(now, options)),
  lapse: runLapses,
  scoring: runScoringReminders,
  portrait: runPortraitReminders,
  statusReports: runStatusReportReminders,
};

/** One run of a reminder job: sends what is due and not yet sent. Safe to repeat, and to run on several instances. */
export async function runReminders(
  kind: ReminderKind,
  now = new Date(),
  options?: RunOptions,
): Promise<{ sent: number }> {
  return { sent: await runners[kind](now, options) };
}
