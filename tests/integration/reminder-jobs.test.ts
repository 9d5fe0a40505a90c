import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedDemo } from "@/prisma/seed/demo";
import { retryUntilStarted, startJobRunner, type JobRunner } from "@/lib/jobs/runner";
import { runReminders } from "@/lib/jobs/run";
import { queueName } from "@/lib/jobs/model";
import { getJobsPage } from "@/lib/jobs/queries";
import { actorFor } from "@/tests/factories";

const dayMs = 86_400_000;
const url = () => process.env.DATABASE_URL!;
let runners: JobRunner[] = [];

beforeAll(async () => {
  expect(await seedDemo(url())).toBe("Demo data seeded.");
}, 60_000);

afterAll(async () => {
  await Promise.all(runners.map((r) => r.stop()));
});

async function waitForCompletion(runner: JobRunner, name: string, ids: string[]) {
  for (let i = 0; i < 120; i++) {
    const jobs = await Promise.all(ids.map((id) => runner.boss.getJobById(name, id, { includeArchive: true })));
    if (jobs.every((j) => j && ["completed", "failed"].includes(j.state))) return jobs;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("the jobs did not finish");
}

const overdueMails = () =>
  db().emailMessage.findMany({
    where: { applicationId: "demo-grant-05", kind: "reminder:accounts-overdue" },
    select: { toAddress: true, subject: true, body: true },
  });

describe("the reminder jobs", () => {
  it("send the demo's overdue accounts reminder once, even with two job runners started at once", async () => {
    runners = await Promise.all([
      startJobRunner({ connectionString: url(), pollingIntervalSeconds: 0.5, log: () => {} }),
      startJobRunner({ connectionString: url(), pollingIntervalSeconds: 0.5, log: () => {} }),
    ]);
    const [a, b] = runners as [JobRunner, JobRunner];
    const ids = await Promise.all([a.runNow("accounts"), b.runNow("accounts"), a.runNow("accounts")]);
    const jobs = await waitForCompletion(a, queueName("accounts"), ids as string[]);
    expect(jobs.map((j) => j!.state)).toEqual(["completed", "completed", "completed"]);

    const mails = await overdueMails();
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain("ikke modtaget");
    expect(mails[0]!.body).toContain("NLU-S26-05");
    const keys = await db().reminderSent.findMany({ where: { applicationId: "demo-grant-05" }, select: { key: true } });
    expect(keys).toHaveLength(1);
    expect(keys[0]!.key).toMatch(/^accounts-overdue:demo-grant-05:\d{4}-\d{2}-\d{2}$/);
    const letter = await db().grantLetter.findFirstOrThrow({ where: { decision: { applicationId: "demo-grant-05" } } });
    expect(letter.reminderSentAt).not.toBeNull();
    // The grant due in 10 days got its "due soon" reminder, once.
    expect(await db().emailMessage.count({ where: { applicationId: "demo-grant-06" } })).toBe(1);
  }, 60_000);

  it("remind an applicant who has not answered the secretariat's request in 14 days, once per request", async () => {
    // demo-grant-08: more was asked for on 20 October 2026 and not answered.
    const answers = () =>
      db().emailMessage.findMany({ where: { applicationId: "demo-grant-08", kind: "reminder:accounts-answer" } });
    // The runs above (today, more than 14 days after the request) reminded it; later runs send nothing more.
    await runReminders("accounts", new Date(Date.now() + 2 * dayMs));
    const mails = await answers();
    expect(mails).toHaveLength(1);
    expect(mails[0]!.body).toContain("Send venligst kvitteringen for lokalelejen.");
    expect(mails[0]!.body).toContain("NLU-S26-08");
    const key = await db().reminderSent.findFirstOrThrow({ where: { applicationId: "demo-grant-08" } });
    expect(key.key).toBe("accounts-answer:demo-grant-08:2026-10-20");
  });

  it("send nothing more when ten runs race after them", async () => {
    const before = await db().emailMessage.count();
    const runs = await Promise.all(Array.from({ length: 10 }, () => runReminders("accounts")));
    expect(runs.reduce((s, r) => s + r.sent, 0)).toBe(0);
    expect(await db().emailMessage.count()).toBe(before);
    expect(await overdueMails()).toHaveLength(1);
  });

  it("resume an interrupted lapse run without a second mail or a second release", async () => {
    // 14 days after the one reminder: demo-grant-04 (accepted, no advance; its deadline moved into the past here)
    // lapses; demo-grant-05 (advance paid, reminded above) is claimed back.
    await db().grantLetter.updateMany({
      where: { decision: { applicationId: "demo-grant-04" } },
      data: { accountsDueOn: new Date(Date.now() - 30 * dayMs), reminderSentAt: new Date(Date.now() - dayMs) },
    });
    const later = new Date(Date.now() + 15 * dayMs);
    let calls = 0;
    const interrupt = () => {
      calls++;
      throw new Error("the server stopped");
    };
    await expect(runReminders("lapse", later, { onSent: interrupt })).rejects.toThrow("the server stopped");
    expect(calls).toBe(1);
    const second = await runReminders("lapse", later);
    const third = await runReminders("lapse", later);
    expect(second.sent).toBeGreaterThanOrEqual(1);
    expect(third.sent).toBe(0);

    const apps = await db().application.findMany({
      where: { id: { in: ["demo-grant-04", "demo-grant-05"] } },
      select: { id: true, status: true },
      orderBy: { id: "asc" },
    });
    expect(apps).toEqual([
      { id: "demo-grant-04", status: "LAPSED" },
      { id: "demo-grant-05", status: "REPAYMENT" },
    ]);
    for (const id of ["demo-grant-04", "demo-grant-05"]) {
      const mails = await db().emailMessage.count({
        where: { applicationId: id, kind: { in: ["reminder:lapsed", "reminder:lapsedWithAdvance"] } },
      });
      expect(mails, id).toBe(1);
      const decision = await db().decision.findUniqueOrThrow({
        where: { applicationId: id },
        include: { years: true },
      });
      // Nothing was spent: the whole grant returns to its funds year, once.
      expect(
        decision.years.reduce((s, y) => s + Number(y.releasedOre ?? 0n), 0),
        id,
      ).toBe(Number(decision.amountOre));
      const entries = await db().auditEntry.findMany({ where: { entityId: id, actorLabel: "system" } });
      expect(entries, id).toHaveLength(1);
    }
  });

  it("start on an instance that booted while the database was down, once it is back", async () => {
    // The first two tries meet no database (a port nothing listens on); the third meets it.
    const down = "postgresql://lokalpulje@127.0.0.1:1/lokalpulje";
    const lines: string[] = [];
    let tries = 0;
    const runner = await retryUntilStarted(
      () => {
        tries++;
        return startJobRunner({ connectionString: tries < 3 ? down : url(), log: () => {}, work: false });
      },
      { delayMs: 50, log: (line) => lines.push(line) },
    );
    runners.push(runner);
    expect(tries).toBe(3);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^runner not started \(.+\); trying again in 0 s$/);
    expect(await runner.boss.getQueue(queueName("accounts"))).not.toBeNull();
  }, 30_000);

  it("list their runs on the jobs page, ids only, for the secretariat", async () => {
    const page = await getJobsPage(await actorFor("sekretariat@example.dk"));
    expect(page.kinds.map((k) => k.kind)).toContain("accounts");
    expect(page.recent.some((r) => r.kind === "accounts" && r.state === "completed")).toBe(true);
    expect(JSON.stringify(page.recent)).not.toContain("@");
    await expect(getJobsPage(await actorFor("medlem1@example.dk"))).rejects.toThrow(/forbidden/);
  });
});
