// npm run test:e2e: Playwright against the production build, on a freshly
// migrated and seeded database of its own, in Debian's Chromium, with a real
// SMTP server (mailed links are read from it) and a fake OpenID provider.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { openDatabase } from "./lib/database";
import { ensureBuild, freshDemoDatabase, freshEmptyDatabase } from "./lib/fresh-app";
import { withInstallation } from "./lib/first-run";
import { firstRunLink } from "../lib/installation/first-run";
import { projectRoot } from "./lib/paths";
import { chromiumPath } from "./ensure-chromium";
import { startOidcMock } from "./lib/oidc-mock";
import { startMailSink, type MailSink } from "./lib/mail-sink";

async function main() {
  const chromium = chromiumPath();
  const { url: serverUrl, server } = await openDatabase("test", (l) => console.log(`e2e: ${l}`));
  let status = 1;
  const oidc = await startOidcMock();
  let mailSink: MailSink | undefined;
  let mailDir: string | undefined;
  try {
    const url = await freshDemoDatabase(serverUrl, "lokalpulje_e2e", (l) => console.log(`e2e: ${l}`));
    // A second app on an empty database, as `LOKALPULJE_DEMO=0 npm start` leaves it: its set-up link is made the
    // way npm start makes it (tests/e2e/from-nothing.spec.ts).
    const emptyUrl = await freshEmptyDatabase(serverUrl, "lokalpulje_e2e_empty");
    const emptyPort = Number(process.env.E2E_PORT ?? 3100) + 1;
    const setupLink = await withInstallation(emptyUrl, emptyPort, firstRunLink);
    ensureBuild();
    // The app delivers its mail over SMTP to this server; tests read the mailed links from the folder.
    // (Not under test-results, which Playwright empties when it starts.)
    mailDir = mkdtempSync(path.join(tmpdir(), "lokalpulje-e2e-mail-"));
    mailSink = await startMailSink(mailDir);
    const env = {
      ...process.env,
      E2E_DATABASE_URL: url,
      E2E_EMPTY_DATABASE_URL: emptyUrl,
      E2E_SETUP_LINK: setupLink ?? "",
      E2E_AUTH_SECRET: randomBytes(32).toString("base64url"),
      CHROMIUM_PATH: chromium,
      E2E_OIDC_ISSUER: oidc.issuer,
      E2E_SMTP_URL: mailSink.url,
      E2E_MAIL_DIR: mailDir,
    };
    // Not spawnSync: the SMTP server and the fake OpenID provider run in this process and must keep answering.
    const cli = path.join(projectRoot, "node_modules", "@playwright", "test", "cli.js");
    const child = spawn(process.execPath, [cli, "test", ...process.argv.slice(2)], {
      stdio: "inherit",
      cwd: projectRoot,
      env,
    });
    status = await new Promise<number>((resolve) => child.on("close", (code) => resolve(code ?? 1)));
  } finally {
    await oidc.stop();
    await mailSink?.close();
    if (mailDir) rmSync(mailDir, { recursive: true, force: true });
    server?.stop();
  }
  process.exit(status);
}

main().catch((e: unknown) => {
  console.error(`e2e: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
