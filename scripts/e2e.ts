// npm run test:e2e: Playwright against the production build, on a freshly
// migrated and seeded database of its own, in Debian's Chromium.
import { spawn } from "node:child_process";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { openDatabase } from "./lib/database";
import { ensureBuild, freshDemoDatabase } from "./lib/fresh-app";
import { projectRoot } from "./lib/paths";
import { chromiumPath } from "./ensure-chromium";
import { startOidcMock } from "./lib/oidc-mock";

async function main() {
  const chromium = chromiumPath();
  const { url: serverUrl, server } = await openDatabase("test", (l) => console.log(`e2e: ${l}`));
  let status = 1;
  const oidc = await startOidcMock();
  try {
    const url = await freshDemoDatabase(serverUrl, "lokalpulje_e2e", (l) => console.log(`e2e: ${l}`));
    ensureBuild();
    const env = {
      ...process.env,
      E2E_DATABASE_URL: url,
      E2E_AUTH_SECRET: randomBytes(32).toString("base64url"),
      CHROMIUM_PATH: chromium,
      E2E_OIDC_ISSUER: oidc.issuer,
    };
    // Not spawnSync: the fake OpenID provider runs in this process and must keep answering.
    const child = spawn(process.execPath, [path.join(projectRoot, "node_modules", "@playwright", "test", "cli.js"), "test", ...process.argv.slice(2)], { stdio: "inherit", cwd: projectRoot, env });
    status = await new Promise<number>((resolve) => child.on("exit", (code) => resolve(code ?? 1)));
  } finally {
    await oidc.stop();
    server?.stop();
  }
  process.exit(status);
}

main().catch((e: unknown) => {
  console.error(`e2e: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
