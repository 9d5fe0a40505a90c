import "server-only";
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import { readOutboxCounts, readQueueCounts } from "./queries";

// The instance's metrics in Prometheus's format (prom-client). Counters live in this process, as Prometheus
// expects: each instance is scraped on its own and the server adds them up. The production server
// (scripts/server.ts) counts every request through the hooks that instrumentation.ts hands it, and
// /api/metrics renders the same registry: Next bundles those apart, so the registry lives under a process-wide key
// and is made once. Labels have few values: the route's group (lib/ops/model.ts), the method, the status.

const key = Symbol.for("lokalpulje.metrics");

function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    requests: new Counter({
      name: "lokalpulje_http_requests_total",
      help: "HTTP requests answered, by method, route group and status.",
      labelNames: ["method", "route", "status"] as const,
      registers,
    }),
    duration: new Histogram({
      name: "lokalpulje_http_request_duration_seconds",
      help: "Time from a request's arrival to its response's last byte, by method and route group.",
      labelNames: ["method", "route"] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    }),
    jobs: new Gauge({
      name: "lokalpulje_jobs",
      help: "Jobs in the job runner's queues (pg-boss), by queue and state (queued, active, failed), at scrape time.",
      labelNames: ["queue", "state"] as const,
      registers,
    }),
    outbox: new Gauge({
      name: "lokalpulje_mail_outbox",
      help: "Mails in the outbox not delivered, by state (pending, failed), at scrape time.",
      labelNames: ["state"] as const,
      registers,
    }),
  };
}

type Metrics = ReturnType<typeof createMetrics>;
const holder = globalThis as unknown as { [key]?: Metrics };

export function metrics(): Metrics {
  holder[key] ??= createMetrics();
  return holder[key];
}

const methods = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

/** Counts one answered request; `route` is already a group (routeGroup). */
export function observeRequest(r: { method: string; route: string; status: number; durationMs: number }): void {
  const m = metrics();
  const method = methods.has(r.method) ? r.method : "other";
  m.requests.inc({ method, route: r.route, status: String(r.status) });
  m.duration.observe({ method, route: r.route }, r.durationMs / 1000);
}

/** The scrape: reads the queues and the outbox from the database, then renders every metric. */
export async function renderMetrics(): Promise<{ body: string; contentType: string }> {
  const m = metrics();
  const [queues, outbox] = await Promise.all([readQueueCounts(null), readOutboxCounts(null)]);
  m.jobs.reset();
  for (const q of queues)
    for (const state of ["queued", "active", "failed"] as const) m.jobs.set({ queue: q.queue, state }, q[state]);
  m.outbox.set({ state: "pending" }, outbox.pending);
  m.outbox.set({ state: "failed" }, outbox.failed);
  return { body: await m.registry.metrics(), contentType: m.registry.contentType };
}
