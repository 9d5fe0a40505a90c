import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { restoreBackup, writeBackup } from "@/scripts/lib/backup";
import { seedDemo } from "@/prisma/seed/demo";

// Issue 16, point 7: npm run db:backup / db:restore on the embedded server (no pg_dump there). A backup
// restored into an empty database holds every row, and every attachment's bytes (sha256).

const source = process.env.DATABASE_URL!;
const adminUrl = process.env.TEST_DATABASE_ADMIN_URL!;
const target = new URL(adminUrl);
target.pathname = `/lokalpulje_restore_${process.pid}_${randomBytes(3).toString("hex")}`;
const file = path.join(os.tmpdir(), `lokalpulje-test-${process.pid}.backup.gz`);

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(sql)).rows;
  } finally {
    await c.end();
  }
}

/** Every app table's row count and a digest of all its rows, as text. */
async function fingerprint(url: string) {
  const tables = await query<{ t: string }>(
    url,
    "SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
  );
  const out: Record<string, string> = {};
  for (const { t } of tables) {
    const [row] = await query<{ n: string; d: string }>(
      url,
      `SELECT count(*)::text AS n, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS d FROM "${t}" x`,
    );
    out[t] = t === "_prisma_migrations" ? row!.n : `${row!.n} ${row!.d}`;
  }
  return out;
}

beforeAll(async () => {
  await seedDemo(source);
  // An attachment with real bytes, so the restore must carry them.
  const bytes = randomBytes(200_000);
  await query(
    source,
    `INSERT INTO "Attachment" (id, filename, "mimeType", "sizeBytes", sha256, data, "createdAt")
     VALUES ('backup-test-file', 'kvittering.pdf', 'application/pdf', ${bytes.length},
             '${createHash("sha256").update(bytes).digest("hex")}', '\\x${bytes.toString("hex")}', now())`,
  );
  await query(adminUrl, `CREATE DATABASE "${target.pathname.slice(1)}"`);
}, 120_000);

afterAll(async () => {
  fs.rmSync(file, { force: true });
  await query(adminUrl, `DROP DATABASE IF EXISTS "${target.pathname.slice(1)}" WITH (FORCE)`);
});

describe("backup and restore", () => {
  it("restores a backup into an empty database with every row and every attachment's bytes", async () => {
    const written = await writeBackup(source, file);
    expect(written.rows).toBeGreaterThan(100);
    const restored = await restoreBackup(target.toString(), file);
    expect(restored).toEqual(written);
    expect(await fingerprint(target.toString())).toEqual(await fingerprint(source));
    const files = await query<{ id: string; sha256: string; actual: string }>(
      target.toString(),
      `SELECT id, sha256, encode(sha256(data), 'hex') AS actual FROM "Attachment" WHERE data IS NOT NULL`,
    );
    expect(files.some((f) => f.id === "backup-test-file")).toBe(true);
    const real = files.filter((f) => /^[0-9a-f]{64}$/.test(f.sha256));
    expect(real.length).toBeGreaterThan(0);
    for (const f of real) expect(f.actual, f.id).toBe(f.sha256);
  }, 120_000);

  it("refuses to restore into a database that is not empty, and changes nothing", async () => {
    const before = await fingerprint(source);
    await expect(restoreBackup(source, file)).rejects.toThrow(/not empty/);
    expect(await fingerprint(source)).toEqual(before);
  }, 60_000);

  it("refuses a file that is not a backup", async () => {
    const other = `${file}.txt`;
    fs.writeFileSync(other, "hello");
    await expect(restoreBackup(target.toString(), other)).rejects.toThrow();
    fs.rmSync(other);
  });
});
