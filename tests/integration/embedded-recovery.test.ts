import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { freePort } from "@/tests/support/app-server";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbedded } from "@/scripts/lib/embedded-db";
import { embeddedDatabaseUrl } from "@/scripts/lib/paths";

// A start after a crash (the parent killed with -9 leaves the server
// running and holding the folder) must recover by itself, data intact.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lokalpulje-recovery-"));
fs.chmodSync(dir, 0o755);
process.env.LOKALPULJE_DATA_DIR = dir;
// A port the system says is free now: one made from the pid could be taken by any other test's connections.
process.env.EMBEDDED_PG_PORT = String(await freePort());

let stop: (() => void) | null = null;
afterAll(() => {
  stop?.();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("the embedded PostgreSQL", () => {
  it("recovers when an earlier server still holds the folder, with the data intact", async () => {
    const first = await startEmbedded("app");
    const c1 = new pg.Client({ connectionString: embeddedDatabaseUrl("app") });
    await c1.connect();
    await c1.query("CREATE TABLE kept (v text)");
    await c1.query("INSERT INTO kept VALUES ('før nedbruddet')");
    await c1.end();
    // No stop(): as after kill -9 of npm start, the server is left running.
    const pidFile = path.join(first.dataDir, "postmaster.pid");
    const leftoverPid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
    expect(() => process.kill(leftoverPid, 0)).not.toThrow();

    const second = await startEmbedded("app");
    stop = second.stop;
    const newPid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
    expect(newPid).not.toBe(leftoverPid);
    const c2 = new pg.Client({ connectionString: embeddedDatabaseUrl("app") });
    await c2.connect();
    const rows = await c2.query("SELECT v FROM kept");
    await c2.end();
    expect(rows.rows).toEqual([{ v: "før nedbruddet" }]);
  }, 60_000);

  it("refuses a port held by another program with a message that says what to do", async () => {
    const net = await import("node:net");
    const blocker = net.createServer();
    // Port 0: the system hands the blocker a port no one else holds (a pid-made one collided in CI).
    await new Promise<void>((r) => blocker.listen(0, "127.0.0.1", () => r()));
    const port = (blocker.address() as import("node:net").AddressInfo).port;
    process.env.EMBEDDED_PG_TEST_PORT = String(port);
    try {
      await expect(startEmbedded("test")).rejects.toThrow(/in use by another program.*EMBEDDED_PG_TEST_PORT/);
    } finally {
      blocker.close();
    }
  }, 60_000);
});
