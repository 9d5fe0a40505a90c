import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { env } from "@/lib/env";
import { jobRunner } from "./runner";
import type { RunReminderNowInput } from "./schema";

/**
 * Queues a run of a reminder job now. Safe for anyone who may see the jobs: a run sends only what is due and not
 * yet sent. On an instance with jobs turned off, a queue-only runner sends it for another instance to work.
 */
export async function runReminderNow(
  actor: Actor | null,
  input: RunReminderNowInput,
): Promise<{ jobId: string | null }> {
  assertCan(actor, "jobs:read");
  const runner = await jobRunner({ connectionString: env().DATABASE_URL, work: env().JOBS_ENABLED === "1" });
  const jobId = await runner.runNow(input.kind, actor.id);
  await audit(db(), {
    actorId: actor.id,
    actorLabel: actor.name,
    action: "jobs.runNow",
    entityType: "Job",
    entityId: jobId ?? input.kind,
    changes: { kind: input.kind },
  });
  return { jobId };
}
