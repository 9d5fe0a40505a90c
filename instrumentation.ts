// Runs once when the Node server starts, before it serves requests.
export async function register() {
  // eslint-disable-next-line no-restricted-properties -- Next's own switch between runtimes, not configuration
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { installPeerAddressHeader } = await import("./lib/auth/peer-address");
    installPeerAddressHeader();
    // The job runner (reminders, lapses) on every instance unless JOBS_ENABLED=0; it never holds up the server.
    // Imported inside this branch so that the edge build, where the branch is dropped, never sees it.
    const { env } = await import("./lib/env");
    if (env().JOBS_ENABLED === "1") {
      const { jobRunner, retryUntilStarted } = await import("./lib/jobs/runner");
      const log = (line: string) => console.log(`[jobs] ${line}`);
      void retryUntilStarted(() => jobRunner({ connectionString: env().DATABASE_URL }), { delayMs: 30_000, log }).then(
        () => log("runner started"),
      );
    }
  }
}
