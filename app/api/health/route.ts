import { checkDatabase } from "@/lib/platform/queries";
import { version } from "@/package.json";

export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "no-store" };

/**
 * Public by design: a load balancer and an orchestrator ask it. It tells
 * nothing private. `?probe=live` answers liveness (the process serves; no
 * database call, so a database outage does not get instances restarted).
 * Without it, readiness: 200 when the database answers and every migration
 * this version ships is applied, else 503 with the reason.
 */
export async function GET(request: Request) {
  const app = { name: "lokalpulje", version, uptimeSeconds: Math.round(process.uptime()) };
  if (new URL(request.url).searchParams.get("probe") === "live")
    return Response.json({ status: "ok", app }, { headers: noStore });
  const database = await checkDatabase(null);
  const pending = database.pendingMigrations ?? [];
  const ready = database.up && pending.length === 0;
  const body = {
    status: ready ? "ok" : "degraded",
    app,
    database: {
      status: database.up ? "up" : "down",
      latencyMs: database.latencyMs,
      migrations: database.migrations ?? null,
      pendingMigrations: pending,
    },
    jobs: { lastRunAt: database.jobsLastRunAt?.toISOString() ?? null },
  };
  return Response.json(body, { status: ready ? 200 : 503, headers: noStore });
}
