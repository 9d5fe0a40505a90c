import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
// The second app: a production installation on an empty database (tests/e2e/from-nothing.spec.ts).
const emptyPort = port + 1;

// The production server the way npm start runs it (scripts/server.ts; scripts/lib/fresh-app.ts's serverArgs).
const serverCommand = "node --import tsx scripts/server.ts";

const serverEnv = (databaseUrl: string | undefined, serverPort: number) => ({
  PORT: String(serverPort),
  // The servers' request lines would drown Playwright's report; warnings and errors still show.
  LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? "warn",
  DATABASE_URL: databaseUrl ?? "",
  AUTH_SECRET: process.env.E2E_AUTH_SECRET ?? "",
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  // Single sign-on through the fake provider that scripts/e2e.ts starts.
  ...(process.env.E2E_OIDC_ISSUER
    ? {
        OIDC_ISSUER: process.env.E2E_OIDC_ISSUER,
        OIDC_CLIENT_ID: "lokalpulje-e2e",
        OIDC_CLIENT_SECRET: "e2e-oidc-secret",
      }
    : {}),
  // Mail goes over real SMTP to the test's server (scripts/e2e.ts); links in it use PUBLIC_URL.
  SMTP_URL: process.env.E2E_SMTP_URL ?? "",
  PUBLIC_URL: `http://localhost:${serverPort}`,
});

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  // A whole flow (several logins at OWASP's scrypt cost, axe runs, a mail over SMTP) on 2 busy cores:
  // a safety net, not a measure.
  timeout: 120_000,
  // A login hashes with scrypt at OWASP's cost (~0.3 s of one core); on a busy 2-core machine the default 5 s is short.
  // E2E_EXPECT_TIMEOUT (ms) gives assertions longer still on a loaded machine.
  expect: { timeout: Number(process.env.E2E_EXPECT_TIMEOUT ?? 15_000) },
  use: {
    baseURL: `http://localhost:${port}`,
    locale: "da-DK",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--disable-dev-shm-usage",
      ],
    },
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    {
      name: "e2e",
      dependencies: ["setup"],
      testIgnore: [/auth\.setup\.ts/, /\.mutating\.spec\.ts/, /\.last\.spec\.ts/, /from-nothing\.spec\.ts/],
    },
    // Tests that change shared demo data run after the read-only ones, so a
    // comparison (ranking vs. CSV) never sees a change half-way.
    { name: "mutating", dependencies: ["e2e"], testMatch: /\.mutating\.spec\.ts/ },
    // These change demo data at will (script payloads in every text field, then generated input to every action):
    // they come after everything that reads it, one after the other.
    { name: "injection", dependencies: ["mutating"], testMatch: /injection\.last\.spec\.ts/ },
    { name: "fuzz", dependencies: ["injection"], testMatch: /fuzz\.last\.spec\.ts/ },
    // Its own app and database: runs beside the others from the start.
    { name: "from-nothing", testMatch: /from-nothing\.spec\.ts/, use: { baseURL: `http://localhost:${emptyPort}` } },
  ],
  webServer: [
    {
      command: serverCommand,
      url: `http://localhost:${port}/api/health`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: serverEnv(process.env.E2E_DATABASE_URL, port),
    },
    {
      command: serverCommand,
      url: `http://localhost:${emptyPort}/api/health`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: serverEnv(process.env.E2E_EMPTY_DATABASE_URL, emptyPort),
    },
  ],
});
