// A logical backup of the app's own tables, for the embedded server (which
// ships no pg_dump; Debian's pg_dump 15 refuses the embedded 17 server). An
// external PostgreSQL is backed up with its own pg_dump/pg_restore instead.
//
// The file is gzipped JSON lines: a header with the applied migrations, then
// per table a line "#table <name>" and one line per row (row_to_json, read through
// a cursor so memory stays flat). A restore goes into an empty database only:
// it applies this version's migrations, refuses a backup made at another
// migration, and loads every table in one transaction with triggers (and so
// foreign-key checks) set aside while it loads, then moves sequences on.
import fs from "node:fs";
import readline from "node:readline";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import zlib from "node:zlib";
import pg from "pg";
import { applyMigrations } from "./migrations";

const format = "lokalpulje-backup";
const batch = 500;

type Header = { format: string; version: 1; createdAt: string; migrations: string[] };
type Counts = { tables: number; rows: number };

async function appliedMigrations(client: pg.Client): Promise<string[]> {
  const [table] = (await client.query<{ t: string | null }>("SELECT to_regclass('_prisma_migrations')::text AS t"))
    .rows;
  if (!table?.t) throw new Error("The database has no Lokalpulje tables yet (never migrated): nothing to back up.");
  const r = await client.query<{ migration_name: string }>(
    "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL " +
      "ORDER BY migration_name",
  );
  return r.rows.map((x) => x.migration_name);
}

async function appTables(client: pg.Client): Promise<string[]> {
  const r = await client.query<{ name: string }>(
    "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' " +
      "ORDER BY tablename",
  );
  return r.rows.map((x) => x.name);
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Writes a backup of the database at `url` to `file`; returns what it holds. */
export async function writeBackup(url: string, file: string): Promise<Counts> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let rows = 0;
  let tables = 0;
  try {
    // One snapshot for every table: a backup taken while the app runs is consistent.
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const header: Header = {
      format,
      version: 1,
      createdAt: new Date().toISOString(),
      migrations: await appliedMigrations(client),
    };
    const names = await appTables(client);
    async function* lines() {
      yield `${JSON.stringify(header)}\n`;
      for (const name of names) {
        tables++;
        yield `#table ${name}\n`;
        await client.query(
          `DECLARE backup_rows NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS j FROM ${ident(name)} t`,
        );
        for (;;) {
          const r = await client.query<{ j: string }>(`FETCH ${batch} FROM backup_rows`);
          if (!r.rows.length) break;
          rows += r.rows.length;
          yield r.rows.map((x) => x.j).join("\n") + "\n";
        }
        await client.query("CLOSE backup_rows");
      }
    }
    await pipeline(Readable.from(lines()), zlib.createGzip(), fs.createWriteStream(file));
    await client.query("COMMIT");
  } finally {
    await client.end();
  }
  return { tables, rows };
}

/** Restores `file` into the empty database at `url` (migrated here first); returns what it loaded. */
export async function restoreBackup(url: string, file: string): Promise<Counts> {
  const input = readline.createInterface({
    input: fs.createReadStream(file).pipe(zlib.createGunzip()),
    crlfDelay: Infinity,
  });
  const it = input[Symbol.asyncIterator]();
  const first = await it.next();
  const header = first.done ? null : (JSON.parse(first.value) as Header);
  if (header?.format !== format || header.version !== 1) throw new Error(`${file} is not a Lokalpulje backup.`);

  await applyMigrations(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let rows = 0;
  let tables = 0;
  try {
    const here = await appliedMigrations(client);
    if (here.join() !== header.migrations.join())
      throw new Error(
        `The backup was made at migration ${header.migrations.at(-1) ?? "(none)"}; this version is at ` +
          `${here.at(-1) ?? "(none)"}. Restore it with the version of Lokalpulje that made it, then upgrade.`,
      );
    for (const name of await appTables(client)) {
      const r = await client.query(`SELECT 1 FROM ${ident(name)} LIMIT 1`);
      if (r.rowCount) throw new Error(`The database is not empty (table ${name} has rows). Restore into an empty one.`);
    }
    await client.query("BEGIN");
    // Rows load table by table, in any order: foreign keys are checked by triggers, set aside while loading.
    await client.query("SET LOCAL session_replication_role = replica");
    let table = "";
    let pending: string[] = [];
    const flush = async () => {
      if (!pending.length) return;
      await client.query(
        `INSERT INTO ${ident(table)} SELECT * FROM json_populate_recordset(NULL::${ident(table)}, $1::json)`,
        [`[${pending.join(",")}]`],
      );
      rows += pending.length;
      pending = [];
    };
    for (let next = await it.next(); !next.done; next = await it.next()) {
      const line = next.value;
      if (!line) continue;
      // A row is a JSON object; a line naming the next table starts with "#".
      if (line.startsWith("#table ")) {
        await flush();
        table = line.slice("#table ".length);
        tables++;
        continue;
      }
      pending.push(line);
      if (pending.length >= batch) await flush();
    }
    await flush();
    // Sequences (autoincrement columns) move past the restored rows.
    const seqs = await client.query<{ tbl: string; col: string; seq: string }>(
      "SELECT c.relname AS tbl, a.attname AS col, pg_get_serial_sequence(format('%I', c.relname), a.attname) AS seq " +
        "FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid JOIN pg_namespace n ON n.oid = c.relnamespace " +
        "WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped " +
        "AND pg_get_serial_sequence(format('%I', c.relname), a.attname) IS NOT NULL",
    );
    for (const s of seqs.rows)
      await client.query(
        `SELECT setval($1, COALESCE((SELECT max(${ident(s.col)}) FROM ${ident(s.tbl)}), 0) + 1, false)`,
        [s.seq],
      );
    await client.query("COMMIT");
  } catch (e) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw e;
  } finally {
    await client.end();
  }
  return { tables, rows };
}
