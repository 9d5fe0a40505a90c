import "server-only";
import { db, type Tx } from "@/lib/db";
import { queueMail } from "@/lib/mail/outbox";
import { notRuledOut } from "@/lib/calls/queries";
import { isLocale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/translator";
import { formatDate, formatMonth } from "@/lib/i18n/format";
import { siteUrl } from "@/lib/installation/site";
import {
  monthBounds,
  portraitRemindersDue,
  SCORING_REMINDER_DAYS,
  scoringRemindersDue,
  statusReportRemindersDue,
  type OpenAssignment,
} from "./model";
import { alreadySent, sendOnce, type RunOptions } from "./once";

const dayMs = 86_400_000;
type Recipient = { email: string; locale: string };
const localeOf = (r: Recipient) => (isLocale(r.locale) ? r.locale : "da");
const activeUser = { disabledAt: null, deletedAt: null } as const;

/** The committee's secretariat: who is reminded of the committee's own duties. */
async function secretariatOf(committeeIds: readonly string[]) {
  const rows = await db().membership.findMany({
    where: { committeeId: { in: [...committeeIds] }, role: "SECRETARIAT", deletedAt: null, user: activeUser },
    select: { committeeId: true, user: { select: { id: true, email: true, locale: true } } },
  });
  return (committeeId: string) => rows.filter((r) => r.committeeId === committeeId).map((r) => r.user);
}

/**
 * Members with assigned, unscored applications in the days before a call's scoring deadline. A member ruled out of
 * a case by a conflict is never reminded of it: the scoring reads' own rule (`notRuledOut`), asked per member.
 */
export async function runScoringReminders(now: Date, options?: RunOptions): Promise<number> {
  const calls = await db().call.findMany({
    where: {
      deletedAt: null,
      scoringDeadline: { gt: now, lte: new Date(now.getTime() + SCORING_REMINDER_DAYS * dayMs) },
    },
    select: { id: true, title: true, scoringDeadline: true },
  });
  if (calls.length === 0) return 0;
  const inCalls = {
    callId: { in: calls.map((c) => c.id) },
    deletedAt: null,
    status: { notIn: ["DRAFT", "WITHDRAWN", "INELIGIBLE"] },
  };
  const assignees = await db().reviewAssignment.findMany({
    where: { application: inCalls as never, user: activeUser },
    distinct: ["userId"],
    select: { user: { select: { id: true, email: true, locale: true } } },
  });
  const open: OpenAssignment[] = [];
  for (const { user } of assignees) {
    const rows = await db().reviewAssignment.findMany({
      where: {
        userId: user.id,
        application: {
          ...(inCalls as object),
          ...notRuledOut(user),
          scoreSheets: { none: { userId: user.id, submittedAt: { not: null } } },
        },
      },
      select: { applicationId: true, application: { select: { callId: true } } },
    });
    for (const r of rows) {
      const call = calls.find((c) => c.id === r.application.callId)!;
      open.push({
        callId: call.id,
        scoringDeadline: call.scoringDeadline!,
        userId: user.id,
        applicationId: r.applicationId,
      });
    }
  }
  const due = scoringRemindersDue(open, now);
  const done = await alreadySent(due.map((d) => d.key));
  const url = await siteUrl();
  let sent = 0;
  for (const r of due) {
    if (done.has(r.key)) continue;
    const user = assignees.find((a) => a.user.id === r.userId)!.user;
    const call = calls.find((c) => c.id === r.callId)!;
    const locale = localeOf(user);
    const t = translatorFor(locale);
    const params = {
      call: call.title,
      count: r.count,
      deadline: formatDate(r.deadline, locale),
      url: `${url}/calls/${call.id}`,
    };
    const ok = await sendOnce(
      { key: r.key, kind: "scoring-deadline" },
      (tx) =>
        queueMail(tx, {
          to: user.email,
          subject: t("reminders.scoring.subject", params),
          body: t("reminders.scoring.body", params),
          kind: "reminder:scoring-deadline",
        }),
      options,
    );
    if (ok) sent++;
  }
  return sent;
}

/** The month's portrait, missing on the committee's due day: its secretariat is reminded once a month. */
export async function runPortraitReminders(now: Date, options?: RunOptions): Promise<number> {
  const { start, end } = monthBounds(now);
  const committees = await db().committee.findMany({
    where: { portraitDueDay: { not: null }, archivedAt: null, deletedAt: null },
    select: {
      id: true,
      name: true,
      portraitDueDay: true,
      _count: { select: { portraits: { where: { deletedAt: null, month: { gte: start, lt: end } } } } },
    },
  });
  const due = portraitRemindersDue(
    committees.map((c) => ({
      committeeId: c.id,
      portraitDueDay: c.portraitDueDay,
      portraitsThisMonth: c._count.portraits,
    })),
    now,
  );
  const done = await alreadySent(due.map((d) => d.key));
  const staffOf = await secretariatOf(due.map((d) => d.committeeId));
  const url = await siteUrl();
  let sent = 0;
  for (const r of due) {
    const staff = staffOf(r.committeeId);
    if (done.has(r.key) || staff.length === 0) continue;
    const committee = committees.find((c) => c.id === r.committeeId)!;
    const ok = await sendOnce(
      { key: r.key, kind: "portrait-due" },
      (tx) =>
        mailEach(tx, staff, "reminder:portrait-due", (t, locale) => {
          const params = { committee: committee.name, month: formatMonthOf(start, locale), url: `${url}/dashboard` };
          return { subject: t("reminders.portrait.subject", params), body: t("reminders.portrait.body", params) };
        }),
      options,
    );
    if (ok) sent++;
  }
  return sent;
}

/** Planned project reports due within a week, or overdue: to the project's people (with an account) and secretariat. */
export async function runStatusReportReminders(now: Date, options?: RunOptions): Promise<number> {
  const reports = await db().statusReport.findMany({
    where: { submittedAt: null, dueOn: { not: null }, project: { deletedAt: null } },
    select: {
      id: true,
      kind: true,
      dueOn: true,
      submittedAt: true,
      project: {
        select: {
          id: true,
          title: true,
          committeeId: true,
          people: {
            where: { user: activeUser },
            select: { user: { select: { id: true, email: true, locale: true } } },
          },
        },
      },
    },
  });
  const due = statusReportRemindersDue(
    reports.map((r) => ({ reportId: r.id, projectId: r.project.id, dueOn: r.dueOn, submittedAt: r.submittedAt })),
    now,
  );
  const done = await alreadySent(due.map((d) => d.key));
  const staffOf = await secretariatOf([...new Set(reports.map((r) => r.project.committeeId))]);
  const url = await siteUrl();
  let sent = 0;
  for (const r of due) {
    if (done.has(r.key)) continue;
    const report = reports.find((x) => x.id === r.reportId)!;
    const people = [
      ...report.project.people.flatMap((p) => (p.user ? [p.user] : [])),
      ...staffOf(report.project.committeeId),
    ];
    const recipients = [...new Map(people.map((p) => [p.id, p])).values()];
    if (recipients.length === 0) continue;
    const ok = await sendOnce(
      { key: r.key, kind: r.kind },
      (tx) =>
        mailEach(tx, recipients, `reminder:${r.kind}`, (t, locale) => {
          const params = {
            project: report.project.title,
            kindLabel: t(`reminders.reportKinds.${report.kind}`),
            due: formatDate(report.dueOn!, locale),
            url: `${url}/projects/${report.project.id}#reports`,
          };
          const which = r.kind === "report-due-soon" ? "reportDueSoon" : "reportOverdue";
          return { subject: t(`reminders.${which}.subject`, params), body: t(`reminders.${which}.body`, params) };
        }),
      options,
    );
    if (ok) sent++;
  }
  return sent;
}

type T = ReturnType<typeof translatorFor>;
async function mailEach(
  tx: Tx,
  recipients: readonly Recipient[],
  kind: string,
  text: (t: T, locale: "da" | "en") => { subject: string; body: string },
): Promise<void> {
  for (const r of recipients) {
    const locale = localeOf(r);
    await queueMail(tx, { to: r.email, kind, ...text(translatorFor(locale), locale) });
  }
}

function formatMonthOf(start: Date, locale: "da" | "en"): string {
  return formatMonth(start.getUTCFullYear(), start.getUTCMonth() + 1, locale);
}
