import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { queueMail } from "@/lib/mail/outbox";
import { awaitingAccounts, settle } from "@/lib/grants/model";
import { releaseUnspent } from "@/lib/decisions/ledger";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/translator";
import { formatDate, formatKr } from "@/lib/i18n/format";
import { siteUrl } from "@/lib/installation/site";
import { accountsRemindersDue, answerRemindersDue, lapsesDue, type LetterRow } from "./model";
import { alreadySent, sendOnce, type RunOptions } from "./once";
import { ConflictError } from "@/lib/actions/errors";
import { moveGrant } from "@/lib/grants/move";

/** The language each applicant with an account reads in (Danish for one applying through the link alone). */
async function applicantLocales(ids: readonly (string | null | undefined)[]): Promise<(id: string | null) => Locale> {
  const wanted = ids.filter((id): id is string => !!id);
  const users = await db().user.findMany({ where: { id: { in: wanted } }, select: { id: true, locale: true } });
  const of = new Map(users.map((u) => [u.id, u.locale]));
  return (id) => {
    const locale = id ? of.get(id) : undefined;
    return isLocale(locale) ? locale : "da";
  };
}

/** The grants still owing accounts, with what the rules and the mails need. */
async function grantsAwaitingAccounts() {
  const letters = await db().grantLetter.findMany({
    where: {
      accountsDueOn: { not: null },
      decision: { application: { status: { in: [...awaitingAccounts] }, deletedAt: null } },
    },
    select: {
      accountsDueOn: true,
      reminderSentAt: true,
      decision: {
        select: {
          id: true,
          amountOre: true,
          payments: { where: { kind: "ADVANCE" }, select: { amountOre: true } },
          application: {
            select: {
              id: true,
              status: true,
              title: true,
              reference: true,
              contactName: true,
              contactEmail: true,
              applicantId: true,
              call: { select: { committeeId: true, committee: { select: { name: true } } } },
            },
          },
        },
      },
    },
  });
  const localeOf = await applicantLocales(letters.map((l) => l.decision.application?.applicantId));
  return letters.flatMap((l) => {
    const app = l.decision.application;
    if (!app) return [];
    const row: LetterRow = {
      applicationId: app.id,
      status: app.status,
      accountsDueOn: l.accountsDueOn,
      reminderSentAt: l.reminderSentAt,
      advancePaidOre: l.decision.payments.reduce((s, p) => s + Number(p.amountOre), 0),
    };
    return [
      {
        row,
        app,
        decisionId: l.decision.id,
        grantedOre: Number(l.decision.amountOre ?? 0n),
        locale: localeOf(app.applicantId),
      },
    ];
  });
}

/** Accounts due within DUE_SOON_DAYS, and the one reminder after the deadline (which starts the lapse's clock). */
export async function runAccountsReminders(now: Date, options?: RunOptions): Promise<number> {
  const grants = await grantsAwaitingAccounts();
  const due = accountsRemindersDue(
    grants.map((g) => g.row),
    now,
  );
  const done = await alreadySent(due.map((d) => d.key));
  const url = await siteUrl();
  let sent = 0;
  for (const r of due) {
    if (done.has(r.key)) continue;
    const g = grants.find((x) => x.row.applicationId === r.applicationId)!;
    const t = translatorFor(g.locale);
    const params = {
      title: g.app.title,
      reference: g.app.reference ?? "",
      name: g.app.contactName,
      committee: g.app.call.committee.name,
      due: formatDate(g.row.accountsDueOn!, g.locale),
      url,
    };
    const overdue = r.kind === "accounts-overdue";
    const ok = await sendOnce(
      { key: r.key, kind: r.kind, applicationId: r.applicationId },
      async (tx) => {
        await queueMail(tx, {
          to: g.app.contactEmail,
          subject: t(overdue ? "reminders.accountsOverdue.subject" : "reminders.accountsDueSoon.subject", params),
          body: t(overdue ? "reminders.accountsOverdue.body" : "reminders.accountsDueSoon.body", params),
          kind: `reminder:${r.kind}`,
          applicationId: r.applicationId,
        });
        // The one reminder before the lapse: the letter records when it went.
        if (overdue)
          await tx.grantLetter.updateMany({
            where: { decisionId: g.decisionId, reminderSentAt: null },
            data: { reminderSentAt: now },
          });
      },
      options,
    );
    if (ok) sent++;
  }
  return sent;
}

/** The one reminder to an applicant who has not answered the secretariat's request for more (ANSWER_DAYS). */
export async function runAnswerReminders(now: Date, options?: RunOptions): Promise<number> {
  const reports = await db().accountsReport.findMany({
    where: {
      status: "MORE_REQUESTED",
      requestedAt: { not: null },
      application: { status: "ACCOUNTS_RETURNED", deletedAt: null },
    },
    select: {
      requestedAt: true,
      requestText: true,
      application: {
        select: {
          id: true,
          title: true,
          reference: true,
          contactName: true,
          contactEmail: true,
          applicantId: true,
          call: { select: { committee: { select: { name: true } } } },
        },
      },
    },
  });
  const due = answerRemindersDue(
    reports.map((r) => ({ applicationId: r.application.id, requestedAt: r.requestedAt! })),
    now,
  );
  const done = await alreadySent(due.map((d) => d.key));
  const localeOf = await applicantLocales(reports.map((r) => r.application.applicantId));
  const url = await siteUrl();
  let sent = 0;
  for (const r of due) {
    if (done.has(r.key)) continue;
    const report = reports.find((x) => x.application.id === r.applicationId)!;
    const app = report.application;
    const locale = localeOf(app.applicantId);
    const t = translatorFor(locale);
    const params = {
      title: app.title,
      reference: app.reference ?? "",
      name: app.contactName,
      committee: app.call.committee.name,
      asked: formatDate(report.requestedAt!, locale),
      request: report.requestText ?? "",
      url,
    };
    const ok = await sendOnce(
      { key: r.key, kind: r.kind, applicationId: r.applicationId },
      (tx) =>
        queueMail(tx, {
          to: app.contactEmail,
          subject: t("reminders.accountsAnswer.subject", params),
          body: t("reminders.accountsAnswer.body", params),
          kind: `reminder:${r.kind}`,
          applicationId: r.applicationId,
        }),
      options,
    );
    if (ok) sent++;
  }
  return sent;
}

/**
 * The lapse: no accounts LAPSE_DAYS after the one reminder. The grant lapses and its whole amount returns to its funds
 * year; a grant with a paid advance is instead claimed back (REPAYMENT), settled with no expenses. The step is claimed
 * with a conditional update, so a second runner finds nothing left to move.
 */
export async function runLapses(now: Date, options?: RunOptions): Promise<number> {
  const grants = await grantsAwaitingAccounts();
  const steps = lapsesDue(
    grants.map((g) => g.row),
    now,
  );
  let moved = 0;
  for (const s of steps) {
    const g = grants.find((x) => x.row.applicationId === s.applicationId)!;
    const t = translatorFor(g.locale);
    const da = translatorFor("da");
    const to = s.event === "lapsed" ? "LAPSED" : "REPAYMENT";
    const settlement = settle({
      grantedOre: g.grantedOre,
      expensesOre: 0,
      incomeOre: 0,
      advancePaidOre: g.row.advancePaidOre,
    });
    const params = {
      title: g.app.title,
      reference: g.app.reference ?? "",
      name: g.app.contactName,
      committee: g.app.call.committee.name,
      amount: formatKr(settlement.repaymentOre, g.locale),
    };
    const ok = await sendOnce(
      { key: s.key, kind: s.event === "lapsed" ? "lapse" : "lapse-claim", applicationId: s.applicationId },
      async (tx) => {
        // Stored as a record in Danish, like the decision's own status notes.
        const note = da(s.event === "lapsed" ? "reminders.lapse.note" : "reminders.lapseClaim.note", params);
        try {
          await moveGrant(tx, {
            applicationId: s.applicationId,
            from: g.row.status,
            event: s.event,
            byId: null,
            note,
            at: now,
          });
        } catch (e) {
          // Moved by someone else meanwhile (accounts arrived): nothing to do, and the key is rolled back with it.
          if (e instanceof ConflictError) throw new SkipReminder();
          throw e;
        }
        await releaseUnspent(tx, g.decisionId, settlement.releaseOre, note, now);
        await queueMail(tx, {
          to: g.app.contactEmail,
          subject: t(s.event === "lapsed" ? "reminders.lapse.subject" : "reminders.lapseClaim.subject", params),
          body: t(s.event === "lapsed" ? "reminders.lapse.body" : "reminders.lapseClaim.body", params),
          kind: `reminder:${s.event}`,
          applicationId: s.applicationId,
        });
        await audit(tx, {
          actorId: null,
          actorLabel: "system",
          action: s.event === "lapsed" ? "grant.lapsed" : "grant.repaymentClaimed",
          entityType: "Application",
          entityId: s.applicationId,
          committeeId: g.app.call.committeeId,
          changes: {
            from: g.row.status,
            to,
            releasedOre: settlement.releaseOre,
            repaymentOre: settlement.repaymentOre,
          },
        });
      },
      options,
    ).catch((e: unknown) => {
      if (e instanceof SkipReminder) return false;
      throw e;
    });
    if (ok) moved++;
  }
  return moved;
}

class SkipReminder extends Error {}
