import "server-only";
import pg from "pg";
import PgBoss from "pg-boss";
import { queueName, reminderKinds, schedules, type ReminderKind } from "./model";
import { runReminders } from "./run";
import { deliverOutbox } from "@/lib/mail/outbox";
import { componentLog } from "@/lib/ops/log";

// The job runner: pg-boss on the application's own PostgreSQL (schema "pgboss"), started by every instance from
// instrumentation.ts. Coordination is the database's: a job is fetched by one worker (FOR UPDATE SKIP LOCKED), and a
// cron schedule is turned into a job by one instance per minute (pg-boss claims the minute in its own table and
// dedupes the job with a singleton key). The reminders are idempotent on top of that (ReminderSent's unique key),
// so a job that runs twice anyway sends nothing twice. Payloads carry ids only, never personal data.

export const jobsSchema = "pgboss";
const outboxQueue = "outbox-delivery";
export const timeZone = "Europe/Copenhagen";

export type JobRunner = {
  /** Queues a run of the kind now (the "Kør nu" button); the next free worker on any instance takes it. */
  runNow(kind: ReminderKind, requestedById?: string): Promise<string | null>;
  stop(): Promise<void>;
  boss: PgBoss;
};

export type RunnerOptions = {
  connectionString: string;
  /** Take jobs (false: only queue them, e.g. an instance that serves but does not work). */
  work?: boolean;
  /** Seconds between a worker's polls for new jobs (pg-boss's default is 2). */
  pollingIntervalSeconds?: number;
  log?: (line: string) => void;
};

export async function startJobRunner(options: RunnerOptions): Promise<JobRunner> {
  const log = options.log ?? jobsLog;
  const work = options.work ?? true;
  const boss = new PgBoss({
    connectionString: options.connectionString,
    schema: jobsSchema,
    application_name: "lokalpulje-jobs",
    max: 4,
    // Only a working instance turns schedules into jobs and tidies up; a queue-only one just sends.
    schedule: work,
    supervise: work,
    // Completed runs stay listed on /admin/jobs for a week (the archive), then are deleted.
    archiveCompletedAfterSeconds: 7 * 86_400,
    archiveFailedAfterSeconds: 30 * 86_400,
    deleteAfterDays: 30,
  });
  boss.on("error", (e) =>
    options.log ? options.log(`error: ${e.message}`) : componentLog("jobs").error({ err: e }, "job runner error"),
  );
  // A start that fails half-way (the database gone during the set-up) stops what it started, so a retry leaves no
  // second scheduler or pool behind.
  try {
    await boss.start();
    // Instances starting together would create the same queues' partitions at once, which deadlocks in PostgreSQL:
    // the set-up is taken in turns, under an advisory lock.
    await inTurn(options.connectionString, async () => {
      for (const kind of reminderKinds) {
        const name = queueName(kind);
        if (!(await boss.getQueue(name)))
          await boss.createQueue(name, { name, retryLimit: 2, retryDelay: 300, expireInSeconds: 15 * 60 });
        if (work) await boss.schedule(name, schedules[kind], {}, { tz: timeZone });
      }
      if (!(await boss.getQueue(outboxQueue)))
        await boss.createQueue(outboxQueue, { name: outboxQueue, retryLimit: 0, expireInSeconds: 15 * 60 });
      if (work) await boss.schedule(outboxQueue, "*/5 * * * *", {}, { tz: timeZone });
    });
    // Not a job of the committee's (not on /admin/jobs): every 5 minutes, the mail whose next attempt has come
    // (a temporary SMTP failure, lib/mail/delivery.ts) or whose lease ran out. /api/metrics counts what is pending.
    if (work)
      await boss.work(outboxQueue, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 10 }, async () => {
        const sent = await deliverOutbox();
        if (sent > 0) log(`${outboxQueue}: ${sent} sent`);
        return { sent };
      });
    for (const kind of reminderKinds) {
      const name = queueName(kind);
      if (!work) continue;
      await boss.work(name, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 10 }, async (jobs) => {
        const results = [];
        for (const job of jobs) {
          const result = await runReminders(kind, new Date());
          log(`${name} ${job.id}: ${result.sent} sent`);
          results.push(result);
        }
        return results.length === 1 ? results[0] : results;
      });
    }
  } catch (e) {
    await boss.stop({ graceful: false, wait: false }).catch(() => {});
    throw e;
  }
  return {
    boss,
    runNow: (kind, requestedById) => boss.send(queueName(kind), requestedById ? { requestedById } : {}),
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 10_000 }),
  };
}

async function inTurn(connectionString: string, fn: () => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString, application_name: "lokalpulje-jobs-setup" });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock(hashtext('lokalpulje-jobs-setup'))");
    await fn();
  } finally {
    await client.end();
  }
}

const holder = globalThis as unknown as { lokalpuljeJobs?: Promise<JobRunner>; lokalpuljeJobsStopped?: boolean };

/** The runner's lines in the app's JSON log, with component "jobs". */
export const jobsLog = (line: string) => componentLog("jobs").info(line);

/**
 * Keeps trying `start` until it succeeds, every `delayMs`: an instance that boots while the database is down (a
 * restart, a failover) starts its runner when the database is back, without a restart of its own.
 */
export function retryUntilStarted<T>(
  start: () => Promise<T>,
  options: { delayMs: number; log: (line: string) => void },
): Promise<T> {
  return new Promise((resolve) => {
    const attempt = () =>
      start().then(resolve, (e: unknown) => {
        const why = e instanceof Error ? e.message : String(e);
        options.log(`runner not started (${why}); trying again in ${Math.round(options.delayMs / 1000)} s`);
        setTimeout(attempt, options.delayMs).unref();
      });
    void attempt();
  });
}

/** The instance's runner, started once (instrumentation.ts), or a queue-only one for "Kør nu" when jobs are off. */
export function jobRunner(options: RunnerOptions): Promise<JobRunner> {
  if (holder.lokalpuljeJobsStopped) return Promise.reject(new Error("the instance is shutting down"));
  holder.lokalpuljeJobs ??= startJobRunner(options).catch((e: unknown) => {
    holder.lokalpuljeJobs = undefined;
    throw e;
  });
  return holder.lokalpuljeJobs;
}

/**
 * On shutdown (scripts/server.ts): lets the runner's running jobs finish (pg-boss waits up to 10 s) and closes its
 * connections; a start still under way is awaited first, and no later retry starts another.
 */
export async function stopJobRunner(): Promise<void> {
  holder.lokalpuljeJobsStopped = true;
  const starting = holder.lokalpuljeJobs;
  if (!starting) return;
  const runner = await starting.catch(() => null);
  await runner?.stop();
}
