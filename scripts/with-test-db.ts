// Runs a command against the test database server: the embedded one (its own
// folder and port, apart from the demo's), or TEST_DATABASE_URL's server when set
// (CI sets it to Debian's PostgreSQL, .ci/debian-postgres), else DATABASE_URL's.
// A migrated template database is made fresh; tests clone it.
import { spawnSync } from "node:child_process";
import pg from "pg";
import { checkDatabaseUrl, openDatabase, probeDatabase } from "./lib/database";
import { applyMigrations } from "./lib/migrations";
import { SetupError } from "./lib/embedded-db";

export const templateName = "lokalpulje_template";

export async function prepareTemplate(serverUrl: string): Promise<string> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${templateName}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${templateName}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${templateName}`;
  await applyMigrations(url.toString());
  return url.toString();
}

async function externalServer(raw: string) {
  const url = checkDatabaseUrl(raw);
  await probeDatabase(url);
  return { url, server: null };
}

async function main() {
  const [cmd, ...args] = process.argv.slice(2);
  if (!cmd) throw new SetupError("usage: tsx scripts/with-test-db.ts <command> [args…]");
  const external = process.env.TEST_DATABASE_URL;
  const { url, server } = external
    ? await externalServer(external)
    : await openDatabase("test", (l) => console.log(`test-db: ${l}`));
  if (external) console.log(`test-db: using the PostgreSQL at TEST_DATABASE_URL (${new URL(url).host})`);
  let status = 1;
  try {
    await prepareTemplate(url);
    const admin = new URL(url);
    admin.pathname = "/postgres";
    // The tests get the server, not a database: each file clones its own.
    const { DATABASE_URL: _server, ...rest } = process.env;
    const env: NodeJS.ProcessEnv = {
      ...rest,
      TEST_DATABASE_ADMIN_URL: admin.toString(),
      TEST_TEMPLATE_DATABASE: templateName,
    };
    const r = spawnSync(cmd, args, { stdio: "inherit", env, shell: process.platform === "win32" });
    status = r.status ?? 1;
  } finally {
    server?.stop();
  }
  process.exit(status);
}

main().catch((e: unknown) => {
  console.error(`test-db: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
