import "server-only";
import { disconnectDb } from "@/lib/db";
import { env } from "@/lib/env";
import { stopJobRunner } from "@/lib/jobs/runner";
import { componentLog } from "./log";
import { observeRequest } from "./metrics";
import { loggablePath, routeGroup } from "./model";

// What the app hands the production server (scripts/server.ts) when it starts: the server wraps every request and
// owns the signals, but the logger, the metrics and the database live in the app's bundles. instrumentation.ts
// puts these hooks under a process-wide key; the server reads them after `prepare()`, which runs instrumentation.
// The server script itself imports none of the app's modules.

export const serverHooksKey = Symbol.for("lokalpulje.serverHooks");

export type AnsweredRequest = { requestId: string; method: string; url: string; status: number; durationMs: number };

export type ServerHooks = {
  /** One log line and the metrics for an answered (or aborted) request. */
  requestDone(r: AnsweredRequest & { aborted: boolean }): void;
  /** The server's own lines (listening, shutting down). */
  event(level: "info" | "warn" | "error", message: string, fields?: Record<string, unknown>): void;
  /** How long in-flight requests may take after SIGTERM (SHUTDOWN_TIMEOUT_SECONDS). */
  shutdownTimeoutMs: number;
  /** After the last request: stops the job runner (its running jobs finish) and closes the database pool. */
  closeResources(): Promise<void>;
};

export function installServerHooks(): void {
  const http = componentLog("http");
  const server = componentLog("server");
  const hooks: ServerHooks = {
    requestDone(r) {
      const path = loggablePath(r.url);
      observeRequest({ method: r.method, route: routeGroup(r.url), status: r.status, durationMs: r.durationMs });
      const line = {
        requestId: r.requestId,
        method: r.method,
        path,
        status: r.status,
        durationMs: Math.round(r.durationMs * 10) / 10,
        ...(r.aborted ? { aborted: true } : {}),
      };
      if (r.status >= 500) http.error(line, "request");
      else http.info(line, "request");
    },
    event: (level, message, fields = {}) => server[level](fields, message),
    shutdownTimeoutMs: env().SHUTDOWN_TIMEOUT_SECONDS * 1000,
    async closeResources() {
      await stopJobRunner().catch((e: unknown) => server.error({ err: e }, "job runner did not stop cleanly"));
      await disconnectDb().catch((e: unknown) => server.error({ err: e }, "database pool did not close cleanly"));
    },
  };
  (globalThis as Record<symbol, unknown>)[serverHooksKey] = hooks;
}
