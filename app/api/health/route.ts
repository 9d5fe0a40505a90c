import { checkDatabase } from "@/lib/platform/queries";
import { version } from "@/package.json";

export const dynamic = "force-dynamic";

// Public by design: a load balancer asks it. It tells nothing private.
export async function GET() {
  const database = await checkDatabase(null);
  const body = {
    status: database.up ? "ok" : "degraded",
    app: { name: "lokalpulje", version, uptimeSeconds: Math.round(process.uptime()) },
    database: {
      status: database.up ? "up" : "down",
      latencyMs: database.latencyMs,
      migrations: database.migrations ?? null,
    },
  };
  return Response.json(body, { status: database.up ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
