// npm run test:e2e: Playwright against the production build, on a freshly
// migrated and seeded database of its own, in Debian's Chromium.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { openDatabase } from "./lib/database";
import { ensureBuild, freshDemoDatabase } from "./lib/fresh-app";
import { projectRoot } from "./lib/paths";
import { chromiumPath } from "./ensure-chromium";
import { startMailSink, type MailSink } from "./lib/mail-sink";

async function main() {
  const chromium = chromiumPath();
  const { url: serverUrl, server } = await openDatabase("test", (l) => console.log(`e2e: ${l}`));
  let status = 1;
  let mailSink: MailSink | undefined;
  let mailDir: string | undefined;
  try {
    const url = await freshDemoDatabase(serverUrl, "lokalpulje_e2e", (l) => console.log(`e2e: ${l}`));
    ensureBuild();
    // The app delivers its mail over SMTP to this server; tests read the mailed links from the folder.
    // (Not under test-results, which Playwright empties when it starts.)
    mailDir = mkdtempSync(path.join(tmpdir(), "lokalpulje-e2e-mail-"));
    mailSink = await startMailSink(mailDir);
    const env = {
      ...process.env,
      E2E_DATABASE_URL: url,
      E2E_AUTH_SECRET: randomBytes(32).toString("base64url"),
      CHROMIUM_PATH: chromium,
      E2E_SMTP_URL: mailSink.url,
      E2E_MAIL_DIR: mailDir,
    };
    // Asynchronous, so this process keeps answering SMTP while the tests run.
    const child = spawn(process.execPath, [path.join(projectRoot, "node_modules", "@playwright", "test", "cli.js"), "test", ...process.argv.slice(2)], { stdio: "inherit", cwd: projectRoot, env });
    status = await new Promise<number>((resolve) => child.on("close", (code) => resolve(code ?? 1)));
  } finally {
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
