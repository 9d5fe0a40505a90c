// Each integration test file gets its own database, cloned from a migrated
// template on the real PostgreSQL (scripts/with-test-db.ts makes both).
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll } from "vitest";

const adminUrl = process.env.TEST_DATABASE_ADMIN_URL;
const template = process.env.TEST_TEMPLATE_DATABASE;
if (!adminUrl || !template) {
  throw new Error("Run integration tests through `npm run test:integration` (it starts the test database).");
}

const name = `lokalpulje_t_${process.pid}_${randomBytes(3).toString("hex")}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
// PostgreSQL refuses to clone a template while another clone of it runs:
// the workers take turns.
for (let attempt = 0; ; attempt++) {
  try {
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
    break;
  } catch (e) {
    if (attempt > 50 || !/being accessed by other users/.test((e as Error).message)) throw e;
    await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
  }
}
await admin.end();

const url = new URL(adminUrl);
url.pathname = `/${name}`;
process.env.DATABASE_URL = url.toString();

afterAll(async () => {
  const g = globalThis as { lokalpuljeDb?: { $disconnect: () => Promise<void> } };
  await g.lokalpuljeDb?.$disconnect();
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await c.end();
});
