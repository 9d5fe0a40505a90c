// npm run test:e2e: Playwright against the production build, on a freshly
// migrated and seeded database of its own, in Debian's Chromium.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { openDatabase } from "./lib/database";
import { applyMigrations } from "./lib/migrations";
import { buildIsCurrent, writeStamp } from "./lib/build-stamp";
import { projectRoot } from "./lib/paths";
import { chromiumPath } from "./ensure-chromium";
import { seedDemo } from "../prisma/seed/demo";

async function main() {
  const chromium = chromiumPath();
  const { url: serverUrl, server } = await openDatabase("test", (l) => console.log(`e2e: ${l}`));
  let status = 1;
  try {
    const dbName = "lokalpulje_e2e";
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${dbName}"`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${dbName}`;
    await applyMigrations(url.toString());
    console.log(`e2e: ${await seedDemo(url.toString())}`);

    const nextBin = path.join(projectRoot, "node_modules", "next", "dist", "bin", "next");
    if (!buildIsCurrent()) {
      const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", cwd: projectRoot, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
      if (build.status !== 0) throw new Error("next build failed");
      writeStamp();
    }
    const env = {
      ...process.env,
      E2E_DATABASE_URL: url.toString(),
      E2E_AUTH_SECRET: randomBytes(32).toString("base64url"),
      CHROMIUM_PATH: chromium,
    };
    const r = spawnSync(process.execPath, [path.join(projectRoot, "node_modules", "@playwright", "test", "cli.js"), "test", ...process.argv.slice(2)], { stdio: "inherit", cwd: projectRoot, env });
    status = r.status ?? 1;
  } finally {
    server?.stop();
  }
  process.exit(status);
}

main().catch((e: unknown) => {
  console.error(`e2e: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
