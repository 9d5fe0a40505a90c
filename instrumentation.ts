import type { Instrumentation } from "next";

// Runs once when the Node server starts, before it serves requests.
export async function register() {
  // eslint-disable-next-line no-restricted-properties -- Next's own switch between runtimes, not configuration
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { installPeerAddressHeader } = await import("./lib/auth/peer-address");
    installPeerAddressHeader();
    // The logger, the metrics and the shutdown of the runner and the pool, for the production server around us.
    const { installServerHooks } = await import("./lib/ops/server-hooks");
    installServerHooks();
    // The job runner (reminders, lapses) on every instance unless JOBS_ENABLED=0; it never holds up the server.
    // Imported inside this branch so that the edge build, where the branch is dropped, never sees it.
    const { env } = await import("./lib/env");
    if (env().JOBS_ENABLED === "1") {
      const { jobRunner, jobsLog, retryUntilStarted } = await import("./lib/jobs/runner");
      void retryUntilStarted(() => jobRunner({ connectionString: env().DATABASE_URL }), {
        delayMs: 30_000,
        log: jobsLog,
      }).then(() => jobsLog("runner started"));
    }
  }
}

/**
 * Every error a render, route handler, action or the proxy throws: one JSON line with the request id (the same as
 * in the request's line and response header) and the digest the error page shows, so a user's report finds it.
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  // eslint-disable-next-line no-restricted-properties -- as above
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { componentLog } = await import("./lib/ops/log");
  const { loggablePath, requestIdHeader } = await import("./lib/ops/model");
  const header = request.headers[requestIdHeader];
  componentLog("http").error(
    {
      requestId: typeof header === "string" ? header : undefined,
      digest: (error as { digest?: string }).digest,
      method: request.method,
      path: loggablePath(request.path),
      route: context.routePath,
      routeType: context.routeType,
      err: error,
    },
    "request failed",
  );
};
