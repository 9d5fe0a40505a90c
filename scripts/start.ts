// npm start: the database (embedded unless DATABASE_URL is set), migrations,
// demo data on an empty database, a production build when the sources
// changed, then the server on http://localhost:3000.
import { spawn, spawnSync } from "node:child_process";
import { openDatabase } from "./lib/database";
import { SetupError, portIsFree } from "./lib/embedded-db";
import { applyMigrations } from "./lib/migrations";
import { resolveAuthSecret } from "./lib/auth-secret";
import { buildIsCurrent, writeStamp } from "./lib/build-stamp";
import { projectRoot } from "./lib/paths";
import { nextBin, serverArgs } from "./lib/fresh-app";
import { seedDemo } from "../prisma/seed/demo";
import { withInstallation } from "./lib/first-run";
import { firstRunLink } from "../lib/installation/first-run";

const log = (line: string) => console.log(`lokalpulje: ${line}`);
const port = Number(process.env.PORT ?? 3000);

async function main() {
  const [major, minor] = process.versions.node.split(".").map(Number) as [number, number];
  if (major < 20 || (major === 20 && minor < 19))
    throw new SetupError(`Node.js 20.19 or newer is needed (this is ${process.versions.node}).`);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new SetupError(`PORT=${process.env.PORT} is not a port number.`);
  if (!(await portIsFree(port, "0.0.0.0"))) {
    throw new SetupError(
      `Port ${port} is already in use (another Lokalpulje, or another program). ` +
        "Stop it, or start on another port: PORT=3001 npm start",
    );
  }

  // Refuse before anything starts: an external database needs AUTH_SECRET.
  if (process.env.DATABASE_URL) resolveAuthSecret({ externalDatabase: true });
  const { url, server } = await openDatabase("app", log);
  log(
    server
      ? `embedded PostgreSQL on 127.0.0.1:${server.port} (data in ${server.dataDir})`
      : "using the PostgreSQL at DATABASE_URL",
  );
  let child: ReturnType<typeof spawn> | null = null;
  const finish = (code: number) => {
    server?.stop();
    process.exit(code);
  };
  // The server first: it lets its requests finish, stops its jobs and closes its pool (scripts/server.ts), and only
  // when it has exited does the database stop. Its own time limit ends it; a hung one is killed 10 s later.
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    if (!child || child.exitCode !== null || child.signalCode !== null) return finish(0);
    log(`${signal}: stopping the server, then the database`);
    child.kill(signal);
    const limitSeconds = Number(process.env.SHUTDOWN_TIMEOUT_SECONDS ?? 25) || 25;
    setTimeout(() => child?.kill("SIGKILL"), (limitSeconds + 10) * 1000).unref();
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));

  try {
    const applied = await applyMigrations(url);
    log(applied.length ? `migrations applied: ${applied.join(", ")}` : "database schema is up to date");
    if (process.env.LOKALPULJE_DEMO !== "0") log(await seedDemo(url));
    // A production installation starts with nobody: the first administrator comes through a one-time link.
    const setupLink = await withInstallation(url, port, firstRunLink);
    const secret = resolveAuthSecret({ externalDatabase: !server });

    if (!buildIsCurrent()) {
      log("building the app (next build)…");
      const build = spawnSync(process.execPath, [nextBin, "build"], {
        stdio: "inherit",
        cwd: projectRoot,
        env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
      });
      if (build.status !== 0) throw new SetupError("next build failed; see the output above.");
      writeStamp();
    }

    child = spawn(process.execPath, serverArgs, {
      stdio: "inherit",
      cwd: projectRoot,
      env: {
        ...process.env,
        PORT: String(port),
        DATABASE_URL: url,
        AUTH_SECRET: secret,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        LOKALPULJE_PARENT_PID: String(process.pid),
      },
    });
    log(`serving on http://localhost:${port}`);
    if (setupLink) {
      log("no administrator yet. Open this link to set up the installation (valid 24 hours, works once):");
      log(`  ${setupLink}`);
      log("(or, from a shell: npm run admin:create -- --email name@municipality.dk)");
    }
    child.on("exit", (code) => finish(code ?? 1));
  } catch (e) {
    server?.stop();
    throw e;
  }
}

main().catch((e: unknown) => {
  if (e instanceof SetupError) console.error(`lokalpulje: ${e.message}`);
  else console.error("lokalpulje: start failed:", e);
  process.exit(1);
});
