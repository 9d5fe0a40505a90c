import "server-only";
import { db } from "@/lib/db";
import { assertCan, can, type Actor } from "@/lib/auth/permissions";
import { env } from "@/lib/env";
import { isReminderKind, queueName, reminderKinds, schedules, type ReminderKind } from "./model";

export type JobRun = {
  id: string;
  kind: ReminderKind;
  state: "created" | "retry" | "active" | "completed" | "cancelled" | "failed";
  createdAt: Date;
  startedAt: Date | null;
  completedAt: Date | null;
  /** Reminders sent by a completed run. */
  sent: number | null;
  /** The error message of a failed (or retrying) run: no stack, no payload. */
  error: string | null;
};

type Row = {
  id: string;
  name: string;
  state: JobRun["state"];
  created_on: Date;
  started_on: Date | null;
  completed_on: Date | null;
  output: unknown;
};

const kindOf = new Map(reminderKinds.map((k) => [queueName(k), k]));

function toRun(r: Row): JobRun | null {
  const kind = kindOf.get(r.name);
  if (!kind || !isReminderKind(kind)) return null;
  const out = (r.output ?? {}) as { sent?: unknown; message?: unknown; value?: unknown };
  const failed = r.state === "failed" || r.state === "retry";
  const message = typeof out.message === "string" ? out.message : typeof out.value === "string" ? out.value : null;
  return {
    id: r.id,
    kind,
    state: r.state,
    createdAt: r.created_on,
    startedAt: r.started_on,
    completedAt: r.completed_on,
    sent: typeof out.sent === "number" ? out.sent : null,
    error: failed ? (message ?? "").slice(0, 500) : null,
  };
}

/**
 * The jobs page: each reminder job with its schedule and last run, the recent runs and the failed ones with their
 * error. The queue's tables (pg-boss, schema "pgboss") hold ids only; nothing personal is read or shown. Jobs are
 * the installation's, not a committee's: whoever holds jobs:read in any committee sees them.
 */
export async function getJobsPage(actor: Actor) {
  assertCan(actor, "jobs:read");
  const enabled = env().JOBS_ENABLED === "1";
  const names = reminderKinds.map(queueName);
  const [check] = await db().$queryRaw<{ ready: boolean }[]>`
    SELECT to_regclass('pgboss.job') IS NOT NULL AND to_regclass('pgboss.archive') IS NOT NULL AS ready`;
  const ready = check?.ready ?? false;
  const rows = ready
    ? await db().$queryRaw<Row[]>`
        SELECT id::text, name, state::text AS state, created_on, started_on, completed_on, output FROM (
          SELECT id, name, state, created_on, started_on, completed_on, output FROM pgboss.job
          WHERE name = ANY(${names})
          UNION ALL
          SELECT id, name, state, created_on, started_on, completed_on, output FROM pgboss.archive
          WHERE name = ANY(${names})
        ) runs ORDER BY created_on DESC LIMIT 200`
    : [];
  const runs = rows.flatMap((r) => toRun(r) ?? []);
  return {
    enabled,
    available: ready,
    canRun: can(actor, "jobs:read"),
    kinds: reminderKinds.map((kind) => ({
      kind,
      cron: schedules[kind],
      lastRun: runs.find((r) => r.kind === kind) ?? null,
    })),
    recent: runs.slice(0, 25),
    failed: runs.filter((r) => r.error !== null).slice(0, 25),
  };
}

export type JobsPage = Awaited<ReturnType<typeof getJobsPage>>;
