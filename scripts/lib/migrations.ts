// Migrations through Prisma's schema engine compiled to WebAssembly, driven
// with the pg driver adapter: no native engine download. It writes the
// standard `_prisma_migrations` table, so `prisma migrate deploy` from a
// machine with the native CLI sees the same history.
import fs from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";
import { createRequire } from "node:module";
import { projectRoot } from "./paths";

export const schemaPath = path.join(projectRoot, "prisma", "schema.prisma");
export const migrationsDir = path.join(projectRoot, "prisma", "migrations");
// The schema as of the newest migration: a new migration is the diff from it.
const snapshotPath = path.join(migrationsDir, "schema.snapshot.prisma");

const noFilter = { externalTables: [], externalEnums: [] };

function readMigrations(): MigrationList {
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  const dirs = fs.existsSync(migrationsDir)
    ? fs
        .readdirSync(migrationsDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  return {
    baseDir: migrationsDir,
    lockfile: {
      path: "migration_lock.toml",
      content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((name) => {
      const file = path.join(migrationsDir, name, "migration.sql");
      return {
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: fs.existsSync(file)
            ? { tag: "ok" as const, value: fs.readFileSync(file, "utf8") }
            : { tag: "error" as const, value: `${file} is missing` },
        },
      };
    }),
  };
}

// The package imports its .wasm the way bundlers do; Node needs it
// instantiated by hand with the JS glue as its import object.
let engineClass: Promise<typeof SchemaEngine> | null = null;
function loadEngine(): Promise<typeof SchemaEngine> {
  engineClass ??= (async () => {
    const require = createRequire(import.meta.url);
    const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
    const glue = (await import(
      path.join(dir, "schema_engine_bg.js")
    )) as typeof import("@prisma/schema-engine-wasm/schema_engine_bg") & {
      __wbg_set_wasm: (w: unknown) => void;
    };
    const bytes = fs.readFileSync(path.join(dir, "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, {
      "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports,
    });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue.SchemaEngine;
  })();
  return engineClass;
}

async function withEngine<T>(url: string, fn: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  // Keep hold of every adapter the engine opens, so its pool can be closed:
  // a lingering connection would block e.g. cloning a template database.
  const factory = new PrismaPg({ connectionString: url });
  const opened: { dispose: () => Promise<void> }[] = [];
  const track = <T extends { dispose: () => Promise<void> }>(p: Promise<T>) => p.then((a) => (opened.push(a), a));
  const connect = factory.connect.bind(factory);
  const connectShadow = factory.connectToShadowDb.bind(factory);
  factory.connect = () => track(connect());
  factory.connectToShadowDb = () => track(connectShadow());
  const adapter = bindMigrationAwareSqlAdapterFactory(factory);
  const schema = fs.readFileSync(schemaPath, "utf8");
  const Engine = await loadEngine();
  const engine = await Engine.new({ datamodels: [[schemaPath, schema]] }, () => {}, adapter);
  try {
    return await fn(engine);
  } finally {
    engine.free();
    await Promise.all(opened.map((a) => a.dispose().catch(() => {})));
  }
}

export async function applyMigrations(url: string): Promise<string[]> {
  return withEngine(url, async (engine) => {
    const out = await engine.applyMigrations({ migrationsList: readMigrations(), filters: noFilter });
    return out.appliedMigrationNames;
  });
}

export async function resetDatabase(url: string): Promise<void> {
  await withEngine(url, (engine) => engine.reset({ filter: noFilter }));
}

/** Writes prisma/migrations/<timestamp>_<name>/migration.sql from the schema change since the last migration. */
export async function createMigration(url: string, name: string): Promise<string | null> {
  const schema = fs.readFileSync(schemaPath, "utf8");
  const from = fs.existsSync(snapshotPath)
    ? {
        tag: "schemaDatamodel" as const,
        files: [{ path: snapshotPath, content: fs.readFileSync(snapshotPath, "utf8") }],
      }
    : { tag: "empty" as const };
  const sql = await withEngine(url, async (engine) => {
    const out = await engine.diff({
      from,
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schema }] },
      script: true,
      exitCode: null,
      filters: noFilter,
    });
    return out.stdout ?? "";
  });
  if (!sql.trim() || /^-- This is an empty migration/.test(sql.trim())) return null;
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const slug =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "_")
      .replace(/^_|_$/g, "") || "migration";
  const dir = path.join(migrationsDir, `${stamp}_${slug}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "migration.sql"), sql);
  fs.writeFileSync(snapshotPath, schema);
  const lock = path.join(migrationsDir, "migration_lock.toml");
  if (!fs.existsSync(lock)) {
    fs.writeFileSync(
      lock,
      "# Please do not edit this file manually\n" +
        "# It should be added in your version-control system (e.g., Git)\n" +
        'provider = "postgresql"\n',
    );
  }
  return dir;
}
