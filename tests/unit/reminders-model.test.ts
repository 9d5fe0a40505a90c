import { describe, expect, it } from "vitest";
import {
  accountsRemindersDue,
  answerRemindersDue,
  dayKey,
  lapsesDue,
  monthBounds,
  portraitRemindersDue,
  queueName,
  reminderKinds,
  scoringRemindersDue,
  statusReportRemindersDue,
  statusReportState,
  type LetterRow,
} from "@/lib/jobs/model";

const day = 86_400_000;
const now = new Date("2026-11-30T09:00:00Z");
const at = (days: number) => new Date(now.getTime() + days * day);
const letter = (p: Partial<LetterRow>): LetterRow => ({
  applicationId: "a1",
  status: "ADVANCE_PAID",
  accountsDueOn: at(-20),
  reminderSentAt: null,
  advancePaidOre: 0,
  ...p,
});

describe("accounts reminders", () => {
  it("remind once after the deadline, keyed by the application and its deadline", () => {
    expect(accountsRemindersDue([letter({})], now)).toEqual([
      { applicationId: "a1", kind: "accounts-overdue", key: `accounts-overdue:a1:${dayKey(at(-20))}` },
    ]);
  });
  it("never send the overdue reminder twice: the letter records the one reminder", () => {
    expect(accountsRemindersDue([letter({ reminderSentAt: at(-1) })], now)).toEqual([]);
  });
  it("remind before the deadline, within 14 days, and not earlier", () => {
    expect(accountsRemindersDue([letter({ accountsDueOn: at(10) })], now).map((r) => r.kind)).toEqual([
      "accounts-due-soon",
    ]);
    expect(accountsRemindersDue([letter({ accountsDueOn: at(20) })], now)).toEqual([]);
  });
  it("remind nobody who has sent the accounts, or whose grant has no deadline", () => {
    expect(
      accountsRemindersDue([letter({ status: "ACCOUNTS_RECEIVED" }), letter({ accountsDueOn: null })], now),
    ).toEqual([]);
  });
  it("give a moved deadline a new key", () => {
    const [a] = accountsRemindersDue([letter({ accountsDueOn: at(-20) })], now);
    const [b] = accountsRemindersDue([letter({ accountsDueOn: at(-19) })], now);
    expect(a!.key).not.toBe(b!.key);
  });
});

describe("the lapse", () => {
  it("lapses a grant without an advance 14 days after the one reminder, not a day before", () => {
    const row = letter({ status: "GRANT_ACCEPTED", reminderSentAt: at(-14) });
    expect(lapsesDue([row], now)).toEqual([{ applicationId: "a1", event: "lapsed", key: "lapse:a1" }]);
    expect(lapsesDue([{ ...row, reminderSentAt: at(-13) }], now)).toEqual([]);
  });
  it("claims a paid advance back instead of lapsing quietly", () => {
    expect(lapsesDue([letter({ reminderSentAt: at(-15), advancePaidOre: 500_000 })], now)).toEqual([
      { applicationId: "a1", event: "lapsedWithAdvance", key: "lapse-claim:a1" },
    ]);
    expect(
      lapsesDue([letter({ status: "GRANT_ACCEPTED", reminderSentAt: at(-15), advancePaidOre: 1 })], now)[0]!.event,
    ).toBe("lapsedWithAdvance");
  });
  it("never lapses a grant without the reminder", () => {
    expect(lapsesDue([letter({ accountsDueOn: at(-100) })], now)).toEqual([]);
  });
});

describe("scoring deadlines", () => {
  const open = (userId: string, applicationId: string, deadline: Date) => ({
    callId: "c1",
    scoringDeadline: deadline,
    userId,
    applicationId,
  });
  it("remind each member once per call with how many are left, in the 3 days before the deadline", () => {
    const due = scoringRemindersDue([open("u1", "a1", at(2)), open("u1", "a2", at(2)), open("u2", "a1", at(2))], now);
    expect(due.map((r) => [r.userId, r.count])).toEqual([
      ["u1", 2],
      ["u2", 1],
    ]);
  });
  it("remind nobody earlier or after the deadline", () => {
    expect(scoringRemindersDue([open("u1", "a1", at(4)), open("u1", "a2", at(-0.1))], now)).toEqual([]);
  });
});

describe("the month's portrait", () => {
  const c = (portraitDueDay: number | null, portraitsThisMonth = 0) => ({
    committeeId: "k",
    portraitDueDay,
    portraitsThisMonth,
  });
  it("is due from its day of the month when the month has none, once per month", () => {
    expect(portraitRemindersDue([c(30)], now)).toEqual([{ committeeId: "k", key: "portrait-due:k:2026-11" }]);
    expect(portraitRemindersDue([c(10)], now)).toHaveLength(1);
  });
  it("is not due before the day, with a portrait, or for a committee that writes none", () => {
    expect(portraitRemindersDue([c(31), c(10, 1), c(null)], now)).toEqual([]);
  });
  it("reads the month in Copenhagen time", () => {
    expect(monthBounds(new Date("2026-11-30T23:30:00Z"))).toEqual({
      start: new Date("2026-12-01T00:00:00Z"),
      end: new Date("2027-01-01T00:00:00Z"),
    });
  });
});

describe("project status reports", () => {
  it("are written, planned, due within a week, or overdue", () => {
    expect(statusReportState({ dueOn: at(-3), submittedAt: at(-1) }, now)).toBe("submitted");
    expect(statusReportState({ dueOn: null, submittedAt: null }, now)).toBe("planned");
    expect(statusReportState({ dueOn: at(30), submittedAt: null }, now)).toBe("planned");
    expect(statusReportState({ dueOn: at(5), submittedAt: null }, now)).toBe("dueSoon");
    expect(statusReportState({ dueOn: new Date("2026-11-30T00:00:00Z"), submittedAt: null }, now)).toBe("dueSoon");
    expect(statusReportState({ dueOn: at(-1), submittedAt: null }, now)).toBe("overdue");
  });
  it("remind before and after the due date, each once", () => {
    const rows = [
      { reportId: "r1", projectId: "p", dueOn: at(5), submittedAt: null },
      { reportId: "r2", projectId: "p", dueOn: at(-5), submittedAt: null },
      { reportId: "r3", projectId: "p", dueOn: at(-5), submittedAt: at(-6) },
    ];
    expect(statusReportRemindersDue(rows, now).map((r) => r.kind)).toEqual(["report-due-soon", "report-overdue"]);
  });
});

describe("the queues", () => {
  it("have names pg-boss accepts, one per kind", () => {
    const names = reminderKinds.map(queueName);
    expect(new Set(names).size).toBe(reminderKinds.length);
    for (const n of names) expect(n).toMatch(/^[a-z-]+$/);
    expect(queueName("statusReports")).toBe("reminders-status-reports");
  });
});

describe("a request for more left unanswered", () => {
  it("is reminded once, 14 days after it was made, under a key of the request's day", () => {
    const row = { applicationId: "a1", requestedAt: new Date("2026-10-20T09:00:00Z") };
    expect(answerRemindersDue([row], new Date("2026-11-03T08:59:00Z"))).toEqual([]);
    expect(answerRemindersDue([row], new Date("2026-11-03T09:00:00Z"))).toEqual([
      { applicationId: "a1", kind: "accounts-answer", key: "accounts-answer:a1:2026-10-20" },
    ]);
  });
});
