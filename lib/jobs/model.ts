// Who is due a reminder, as pure rules over plain rows (issue 14, points 5, 6 and 9). The runners in this folder
// read the rows, ask these functions, and send each reminder once: its key (ReminderSent.key, unique) is written in
// the same transaction as the mail, so a rerun, an interrupted run or a second runner never mails twice. A key
// names the thing and the date it is about (a moved deadline is a new reminder), never a person's data.
import { accountsDeadlineState, grantStatusesFor } from "@/lib/grants/model";

/**
 * The scheduled jobs, each on its own schedule and its own "Kør nu" button: the reminders, and the nightly retention
 * run that anonymises closed cases whose period has run out (lib/privacy).
 */
export const reminderKinds = ["accounts", "lapse", "scoring", "portrait", "statusReports", "retention"] as const;
export type ReminderKind = (typeof reminderKinds)[number];

/** When each job runs (cron, Copenhagen time): every morning, the lapse after the last reminders. */
export const schedules: Record<ReminderKind, string> = {
  accounts: "0 6 * * *",
  lapse: "15 6 * * *",
  scoring: "30 6 * * *",
  portrait: "45 6 * * *",
  statusReports: "0 7 * * *",
  retention: "30 2 * * *",
};

/** The queue a kind runs on (pg-boss allows letters, digits, hyphens and underscores). */
export const queueName = (kind: ReminderKind) => `reminders-${kind.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

export function isReminderKind(value: unknown): value is ReminderKind {
  return (reminderKinds as readonly unknown[]).includes(value);
}

const dayMs = 86_400_000;
const copenhagenDate = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Europe/Copenhagen",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The Copenhagen calendar day of an instant, "2026-11-30": what a key and a due date mean by a day. */
export function dayKey(at: Date): string {
  return copenhagenDate.format(at);
}

/** The Copenhagen month of an instant, "2026-11". */
export const monthKey = (at: Date) => dayKey(at).slice(0, 7);

// ─── Accounts: due soon, overdue (the one reminder), lapse ──────────────────

export type LetterRow = {
  applicationId: string;
  status: string;
  accountsDueOn: Date | null;
  reminderSentAt: Date | null;
  /** The advance paid on the grant (0: none). */
  advancePaidOre: number;
};

export type AccountsReminder = { applicationId: string; kind: "accounts-due-soon" | "accounts-overdue"; key: string };

/** The accounts reminders due on `now`: once before the deadline, and the one reminder after it. */
export function accountsRemindersDue(rows: readonly LetterRow[], now: Date): AccountsReminder[] {
  return rows.flatMap((r): AccountsReminder[] => {
    const state = accountsDeadlineState(r, now);
    if (!r.accountsDueOn) return [];
    const due = dayKey(r.accountsDueOn);
    if (state === "dueSoon")
      return [
        {
          applicationId: r.applicationId,
          kind: "accounts-due-soon",
          key: `accounts-due-soon:${r.applicationId}:${due}`,
        },
      ];
    if (state === "overdue" && !r.reminderSentAt)
      return [
        { applicationId: r.applicationId, kind: "accounts-overdue", key: `accounts-overdue:${r.applicationId}:${due}` },
      ];
    return [];
  });
}

/** Days an applicant has to answer the secretariat's request for more before one reminder. */
export const ANSWER_DAYS = 14;

export type RequestRow = { applicationId: string; requestedAt: Date };
export type AnswerReminder = { applicationId: string; kind: "accounts-answer"; key: string };

/** Requests for more still unanswered ANSWER_DAYS after they were made: one reminder per request. */
export function answerRemindersDue(rows: readonly RequestRow[], now: Date): AnswerReminder[] {
  return rows
    .filter((r) => now.getTime() - r.requestedAt.getTime() >= ANSWER_DAYS * dayMs)
    .map((r) => ({
      applicationId: r.applicationId,
      kind: "accounts-answer",
      key: `accounts-answer:${r.applicationId}:${dayKey(r.requestedAt)}`,
    }));
}

export type LapseStep = { applicationId: string; event: "lapsed" | "lapsedWithAdvance"; key: string };

/**
 * The grants that lapse on `now`: no accounts LAPSE_DAYS after the one reminder. A grant without a paid advance
 * lapses; one with a paid advance is not lapsed quietly: the advance is claimed back.
 */
export function lapsesDue(rows: readonly LetterRow[], now: Date): LapseStep[] {
  return rows.flatMap((r): LapseStep[] => {
    if (accountsDeadlineState(r, now) !== "lapse") return [];
    const claimBack = r.advancePaidOre > 0 || !grantStatusesFor("lapsed").includes(r.status as never);
    const event = claimBack ? "lapsedWithAdvance" : "lapsed";
    if (!grantStatusesFor(event).includes(r.status as never)) return [];
    return [
      {
        applicationId: r.applicationId,
        event,
        key: `${event === "lapsed" ? "lapse" : "lapse-claim"}:${r.applicationId}`,
      },
    ];
  });
}

// ─── Scoring deadlines ──────────────────────────────────────────────────────

/** Days before a call's scoring deadline when members with unscored applications are reminded. */
export const SCORING_REMINDER_DAYS = 3;

/** An assignment not yet scored (sheet not submitted) by a member not ruled out of the case. */
export type OpenAssignment = { callId: string; scoringDeadline: Date; userId: string; applicationId: string };

export type ScoringReminder = { callId: string; userId: string; count: number; deadline: Date; key: string };

/** One reminder per member and call, with how many applications they have left, in the days before the deadline. */
export function scoringRemindersDue(open: readonly OpenAssignment[], now: Date): ScoringReminder[] {
  const byMember = new Map<string, ScoringReminder>();
  for (const a of open) {
    const t = a.scoringDeadline.getTime();
    if (now.getTime() >= t || now.getTime() < t - SCORING_REMINDER_DAYS * dayMs) continue;
    const key = `scoring-deadline:${a.callId}:${a.userId}:${dayKey(a.scoringDeadline)}`;
    const found = byMember.get(key);
    if (found) found.count++;
    else byMember.set(key, { callId: a.callId, userId: a.userId, count: 1, deadline: a.scoringDeadline, key });
  }
  return [...byMember.values()].sort((a, b) => a.key.localeCompare(b.key));
}

// ─── The committee's monthly portrait ───────────────────────────────────────

export type PortraitCommittee = { committeeId: string; portraitDueDay: number | null; portraitsThisMonth: number };

/** The committees whose portrait for the month is missing on or after the month's due day: one key per month. */
export function portraitRemindersDue(
  rows: readonly PortraitCommittee[],
  now: Date,
): { committeeId: string; key: string }[] {
  const day = Number(dayKey(now).slice(8, 10));
  return rows
    .filter((c) => c.portraitDueDay !== null && day >= c.portraitDueDay && c.portraitsThisMonth === 0)
    .map((c) => ({ committeeId: c.committeeId, key: `portrait-due:${c.committeeId}:${monthKey(now)}` }));
}

/** The UTC bounds of the Copenhagen month `now` falls in, for "a portrait for this month" (Portrait.month). */
export function monthBounds(now: Date): { start: Date; end: Date } {
  const [y, m] = monthKey(now).split("-").map(Number) as [number, number];
  return { start: new Date(Date.UTC(y, m - 1, 1)), end: new Date(Date.UTC(y, m, 1)) };
}

// ─── Project status reports due on the plan's dates ────────────────────────

/** Days before a planned report's due date when its people are reminded. */
export const STATUS_REPORT_DUE_SOON_DAYS = 7;

export type ReportState = "submitted" | "planned" | "dueSoon" | "overdue";

/** Where a project's report stands: written, planned, due within a week, or past its due date unwritten. */
export function statusReportState(r: { dueOn: Date | null; submittedAt: Date | null }, now: Date): ReportState {
  if (r.submittedAt) return "submitted";
  if (!r.dueOn) return "planned";
  const today = dayKey(now);
  const due = dayKey(r.dueOn);
  if (due < today) return "overdue";
  return r.dueOn.getTime() - now.getTime() <= STATUS_REPORT_DUE_SOON_DAYS * dayMs ? "dueSoon" : "planned";
}

export type ReportRow = { reportId: string; projectId: string; dueOn: Date | null; submittedAt: Date | null };
export type ReportReminder = {
  reportId: string;
  projectId: string;
  kind: "report-due-soon" | "report-overdue";
  key: string;
};

/** A reminder the week before a planned report is due, and one when it is overdue. */
export function statusReportRemindersDue(rows: readonly ReportRow[], now: Date): ReportReminder[] {
  return rows.flatMap((r): ReportReminder[] => {
    const state = statusReportState(r, now);
    if ((state !== "dueSoon" && state !== "overdue") || !r.dueOn) return [];
    const kind = state === "dueSoon" ? "report-due-soon" : "report-overdue";
    return [{ reportId: r.reportId, projectId: r.projectId, kind, key: `${kind}:${r.reportId}:${dayKey(r.dueOn)}` }];
  });
}
