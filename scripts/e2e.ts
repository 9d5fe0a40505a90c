// npm run test:e2e: Playwright against the production build, on a freshly
// migrated and seeded database of its own, in Debian's Chromium.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { openDatabase } from "./lib/database";
import { ensureBuild, freshDemoDatabase } from "./lib/fresh-app";
import { projectRoot } from "./lib/paths";
import { chromiumPath } from "./ensure-chromium";

async function main() {
  const chromium = chromiumPath();
  const { url: serverUrl, server } = await openDatabase("test", (l) => console.log(`e2e: ${l}`));
  let status = 1;
  try {
    const url = await freshDemoDatabase(serverUrl, "lokalpulje_e2e", (l) => console.log(`e2e: ${l}`));
    ensureBuild();
    const env = {
      ...process.env,
      E2E_DATABASE_URL: url,
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
