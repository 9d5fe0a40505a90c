// What the end-to-end tests and the Lighthouse run share: a database of their
// own, migrated and seeded with the demo data, and a production build that is
// current with the sources.
import { spawnSync } from "node:child_process";
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

/** Runs `next build` unless the last build is of these sources. */
export function ensureBuild(): void {
  if (buildIsCurrent()) return;
  const build = spawnSync(process.execPath, [nextBin, "build"], {
    stdio: "inherit",
    cwd: projectRoot,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (build.status !== 0) throw new Error("next build failed");
  writeStamp();
}
