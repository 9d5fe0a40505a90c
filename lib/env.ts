import { z } from "zod";

// The one place that reads process.env. Parsed lazily, so `next build` works
// without a database; a bad value fails with a message that names it.
const schema = z.object({
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL"),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  AUTH_URL: z.string().url().optional(),
  // The public address (behind a proxy), for mailed links, feeds, the sitemap and Open Graph;
  // see lib/public/site-url.ts.
  PUBLIC_URL: z.string().url().optional(),
  // The web port (scripts/server.ts listens on it); the fallback origin when neither PUBLIC_URL nor AUTH_URL is set.
  PORT: z.coerce.number().int().positive().optional(),
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_NAME: z.string().min(1).default("Kommunalt login"),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("Lokalpulje <noreply@lokalpulje.local>"),
  // How many reverse proxies in front of the app append to X-Forwarded-For; 0 = clients connect directly.
  TRUSTED_PROXIES: z.coerce.number().int("must be a whole number").min(0).max(10).default(0),
  // The job runner (reminders, lapses; lib/jobs/runner.ts) on this instance: "0" turns it off here. Every instance
  // may run it; the database keeps a scheduled job to one run.
  JOBS_ENABLED: z.enum(["0", "1"], "must be 0 or 1").default("1"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  // The JSON log's threshold (lib/ops/log.ts): one line per request at info, the app's own events, errors.
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  // The bearer token a Prometheus scraper sends to /api/metrics; unset, the route answers 404.
  METRICS_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
  // How long the production server (scripts/server.ts) lets in-flight requests finish after SIGTERM.
  SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().int("must be a whole number").min(1).max(600).default(25),
});

type Env = z.infer<typeof schema>;

let cached: Env | null = null;

export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment: ${lines.join("; ")}`);
  }
  cached = parsed.data;
  return cached;
}

export function oidcEnabled(): boolean {
  const e = env();
  return Boolean(e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET);
}
