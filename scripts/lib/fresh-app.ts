// What the end-to-end tests and the Lighthouse run share: a database of their
// own, migrated and seeded with the demo data, and a production build that is
// current with the sources.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { applyMigrations } from "./migrations";
import { buildIsCurrent, writeStamp } from "./build-stamp";
import { projectRoot } from "./paths";
import { seedDemo } from "../../prisma/seed/demo";

export const nextBin = path.join(projectRoot, "node_modules", "next", "dist", "bin", "next");

/**
 * Node's arguments for the production server (scripts/server.ts, on the port in PORT), the one way the app is
 * served: with tsx, and a preload that ends it when the process that started it dies (even by kill -9).
 */
export const serverArgs = [
  "--require",
  path.join(projectRoot, "scripts", "lib", "exit-with-parent.cjs"),
  "--import",
  "tsx",
  path.join(projectRoot, "scripts", "server.ts"),
];

/** Drops and creates the database `name` on the server, migrates it and seeds the demo; returns its URL. */
export async function freshDemoDatabase(serverUrl: string, name: string, log: (line: string) => void): Promise<string> {
  const url = await freshEmptyDatabase(serverUrl, name);
  log(await seedDemo(url));
  return url;
}

/** Drops and creates the database `name` on the server and migrates it: a production installation's first run. */
export async function freshEmptyDatabase(serverUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await applyMigrations(url.toString());
  return url.toString();
}

const buildLock = path.join(projectRoot, ".next-build.lock");
const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Whether the lock's owner is gone (a lock without a pid yet, younger than 5 s, is being made). */
function ownerDied(ageMs: number): boolean {
  let pid = NaN;
  try {
    pid = Number(fs.readFileSync(path.join(buildLock, "pid"), "utf8") || NaN);
  } catch {
    // No pid file: being made (young), or left by a crash between the two steps (old), or the lock just went.
  }
  if (!Number.isInteger(pid)) return ageMs > 5_000 && fs.existsSync(buildLock);
  try {
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "ESRCH";
  }
}

/**
 * Runs `next build` unless the last build is of these sources. One build at a time: test files that need the
 * server start in parallel, and a second build over a running one fails both. The lock is a folder holding its
 * owner's pid: a lock whose owner has died (a build killed with the test run) is taken over at once, and one older
 * than 30 minutes whatever its owner.
 */
export function ensureBuild(): void {
  for (;;) {
    if (buildIsCurrent()) return;
    try {
      fs.mkdirSync(buildLock);
      fs.writeFileSync(path.join(buildLock, "pid"), String(process.pid));
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const age = Date.now() - (fs.statSync(buildLock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 30 * 60_000 || ownerDied(age)) fs.rmSync(buildLock, { recursive: true, force: true });
      else sleep(1000);
    }
  }
  try {
    if (buildIsCurrent()) return;
    const build = spawnSync(process.execPath, [nextBin, "build"], {
      stdio: "inherit",
      cwd: projectRoot,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    if (build.status !== 0) throw new Error("next build failed");
    writeStamp();
  } finally {
    fs.rmSync(buildLock, { recursive: true, force: true });
  }
}
