import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { resolveAuthSecret } from "../../scripts/lib/auth-secret";
import { SetupError } from "../../scripts/lib/embedded-db";
import { migrationsDir } from "../../scripts/lib/migrations";
import { db } from "@/lib/db";

describe("the session secret", () => {
  let dir: string;
  const saved = { AUTH_SECRET: process.env.AUTH_SECRET, LOKALPULJE_DATA_DIR: process.env.LOKALPULJE_DATA_DIR };
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "lokalpulje-secret-"));
    delete process.env.AUTH_SECRET;
    process.env.LOKALPULJE_DATA_DIR = dir;
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });

  it("on the embedded database, is generated once into a file under the data directory with mode 0600", () => {
    const secret = resolveAuthSecret({ externalDatabase: false });
    expect(secret.length).toBeGreaterThanOrEqual(32);
    const file = path.join(dir, "auth-secret");
    expect(fs.readFileSync(file, "utf8").trim()).toBe(secret);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(resolveAuthSecret({ externalDatabase: false })).toBe(secret);
  });

  it("with an external database, AUTH_SECRET is required and the refusal says why", () => {
    expect(() => resolveAuthSecret({ externalDatabase: true })).toThrow(SetupError);
    expect(() => resolveAuthSecret({ externalDatabase: true })).toThrow(/AUTH_SECRET.*(instances|database)/s);
    expect(fs.existsSync(path.join(dir, "auth-secret"))).toBe(false);
  });

  it("AUTH_SECRET wins when set, and a short one is refused", () => {
    process.env.AUTH_SECRET = "x".repeat(40);
    expect(resolveAuthSecret({ externalDatabase: true })).toBe("x".repeat(40));
    process.env.AUTH_SECRET = "short";
    expect(() => resolveAuthSecret({ externalDatabase: false })).toThrow(/32/);
  });

  it("is never written to the database, and the migration removes the copy earlier versions stored there", async () => {
    resolveAuthSecret({ externalDatabase: false });
    expect(await db().appSetting.count({ where: { key: "auth_secret" } })).toBe(0);
    await db().appSetting.create({ data: { key: "auth_secret", value: "old-secret-from-the-database" } });
    const step = fs.readdirSync(migrationsDir).find((d) => d.endsWith("_drop_stored_auth_secret"));
    expect(step).toBeDefined();
    await db().$executeRawUnsafe(fs.readFileSync(path.join(migrationsDir, step!, "migration.sql"), "utf8"));
    expect(await db().appSetting.count({ where: { key: "auth_secret" } })).toBe(0);
  });
});
