// The production server (scripts/server.ts) as npm start runs it, on the production build and this file's own
// database: request ids, the JSON request log, /api/metrics behind its token, and a graceful shutdown with a
// download still in flight. Builds the app first when the build is not current (minutes, once).
import { createHash, randomBytes } from "node:crypto";
import http from "node:http";
import net from "node:net";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "@/prisma/seed/demo";
import { ensureBuild } from "@/scripts/lib/fresh-app";
import { get, logLines, startServer, waitFor, type Started } from "@/tests/support/app-server";

const databaseUrl = () => process.env.DATABASE_URL!;
const metricsToken = randomBytes(24).toString("base64url");

/** The large demo photo's response, its body not read yet (paused): a download in flight. */
const pausedPhoto = (server: Started, agent: http.Agent | false) =>
  new Promise<http.IncomingMessage>((resolve, reject) =>
    http
      .get({ host: "127.0.0.1", port: server.port, path: "/api/public/photos/demo-photo-lektiecafe", agent })
      .on("response", (res) => {
        res.pause();
        resolve(res);
      })
      .on("error", reject),
  );

const stopped: Started[] = [];
afterAll(async () => {
  for (const s of stopped) if (s.child.exitCode === null) s.child.kill("SIGKILL");
});

beforeAll(async () => {
  ensureBuild();
  await seedDemo(databaseUrl());
}, 900_000);

describe("the production server's request log and metrics", () => {
  let server: Started;
  beforeAll(async () => {
    server = await startServer({ METRICS_TOKEN: metricsToken, JOBS_ENABLED: "1" });
    stopped.push(server);
  }, 120_000);

  it("gives every response a request id, keeps a safe one from outside and replaces a forged one", async () => {
    const own = await get(server.port, "/api/health?probe=live");
    expect(own.status).toBe(200);
    expect(own.headers["x-request-id"]).toMatch(/^[A-Za-z0-9._-]{1,64}$/);
    expect((await get(server.port, "/api/health?probe=live")).headers["x-request-id"]).not.toBe(
      own.headers["x-request-id"],
    );

    const kept = await get(server.port, "/api/health?probe=live", { "x-request-id": "lb-4711.abc_Z" });
    expect(kept.headers["x-request-id"]).toBe("lb-4711.abc_Z");

    for (const forged of ["x".repeat(65), "<script>alert(1)</script>", "a b", "id;drop"]) {
      const r = await get(server.port, "/api/health?probe=live", { "x-request-id": forged });
      expect(r.headers["x-request-id"]).not.toBe(forged);
      expect(r.headers["x-request-id"]).toMatch(/^[A-Za-z0-9._-]{1,64}$/);
    }
  });

  it("writes one JSON line per request without the query string, the cookies or an e-mail address", async () => {
    const r = await get(server.port, "/initiativer?q=anna%40example.dk&udvalg=hemmeligt", {
      cookie: "authjs.session-token=cookie-value-never-logged",
      "x-request-id": "test-line-1",
    });
    expect(r.status).toBe(200);
    const line = await waitFor("the request's line", () => logLines(server).find((l) => l.requestId === "test-line-1"));
    expect(line).toMatchObject({
      level: "info",
      msg: "request",
      component: "http",
      method: "GET",
      path: "/initiativer",
      status: 200,
    });
    expect(typeof line.durationMs).toBe("number");
    expect(line.durationMs as number).toBeGreaterThan(0);
    expect(typeof line.time).toBe("string");
    const all = server.out.join("\n");
    for (const secret of ["hemmeligt", "anna", "example.dk", "cookie-value-never-logged", "udvalg="])
      expect(all).not.toContain(secret);
  });

  it("hides a private link's token in the logged path", async () => {
    await get(server.port, "/ansoegning/privat-token-123456", { "x-request-id": "test-token-line" });
    const line = await waitFor("the line", () => logLines(server).find((l) => l.requestId === "test-token-line"));
    expect(line.path).toBe("/ansoegning/[token]");
    expect(server.out.join("\n")).not.toContain("privat-token-123456");
  });

  it("answers /api/metrics only with the right bearer token", async () => {
    expect((await get(server.port, "/api/metrics")).status).toBe(401);
    expect((await get(server.port, "/api/metrics", { authorization: "Bearer wrong-token-wrong-token" })).status).toBe(
      401,
    );
    expect((await get(server.port, "/api/metrics", { authorization: metricsToken })).status).toBe(401);
    const ok = await get(server.port, "/api/metrics", { authorization: `Bearer ${metricsToken}` });
    expect(ok.status).toBe(200);
    expect(ok.headers["content-type"]).toContain("text/plain");
  });

  it("counts requests by route group, and reports the job queues, the outbox and the process", async () => {
    await waitFor("the job runner", () => logLines(server).some((l) => l.msg === "runner started") || undefined);
    for (const id of ["demo-app-2025-001", "findes-ikke", "findes-heller-ikke"])
      await get(server.port, `/initiativer/${id}`);
    const pool = new pg.Pool({ connectionString: databaseUrl() });
    await pool.query(
      `INSERT INTO "EmailMessage" (id, "toAddress", subject, body, kind, "createdAt")
       VALUES ('ops-test-mail', 'x@example.dk', 's', 'b', 'test', now())`,
    );
    const { rows } = await pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "EmailMessage" WHERE "sentAt" IS NULL AND "error" IS NULL`,
    );
    await pool.end();

    const text = (await get(server.port, "/api/metrics", { authorization: `Bearer ${metricsToken}` })).body;
    const value = (series: string) => {
      const line = text.split("\n").find((l) => l.startsWith(`${series} `));
      return line === undefined ? undefined : Number(line.slice(series.length + 1));
    };
    // One label for the three pages (and for a missing one's 404): the group, never the id.
    expect(value('lokalpulje_http_requests_total{method="GET",route="/initiativer",status="200"}')).toBeGreaterThan(1);
    expect(value('lokalpulje_http_requests_total{method="GET",route="/initiativer",status="404"}')).toBe(2);
    expect(text).not.toContain("demo-app-2025-001");
    expect(value('lokalpulje_http_request_duration_seconds_count{method="GET",route="/initiativer"}')).toBeGreaterThan(
      3,
    );
    expect(value('lokalpulje_mail_outbox{state="pending"}')).toBe(rows[0]!.n);
    expect(value('lokalpulje_mail_outbox{state="failed"}')).toBe(0);
    for (const state of ["queued", "active", "failed"])
      expect(value(`lokalpulje_jobs{queue="reminders-accounts",state="${state}"}`)).toBeGreaterThanOrEqual(0);
    expect(value("process_cpu_user_seconds_total")).toBeGreaterThan(0);
    expect(value("nodejs_heap_size_used_bytes")).toBeGreaterThan(0);
  });
});

describe("the production server's error lines", () => {
  it("log a page's failure with the request's id and the digest its error page shows", async () => {
    // A database that is not there: the page's query fails, the user gets the error page (500).
    const missing = new URL(databaseUrl());
    missing.pathname = "/lokalpulje_no_such_database";
    const server = await startServer({ JOBS_ENABLED: "0", DATABASE_URL: missing.toString() });
    stopped.push(server);
    const r = await get(server.port, "/initiativer?q=x", { "x-request-id": "test-error-line" });
    expect(r.status).toBe(500);
    const failed = await waitFor("the error line", () =>
      logLines(server).find((l) => l.requestId === "test-error-line" && l.msg === "request failed"),
    );
    expect(failed).toMatchObject({ level: "error", component: "http", method: "GET", path: "/initiativer" });
    expect(failed.digest).toEqual(expect.any(String));
    expect(r.body).toContain(failed.digest as string);
    const line = await waitFor("the request line", () =>
      logLines(server).find((l) => l.requestId === "test-error-line" && l.msg === "request"),
    );
    expect(line).toMatchObject({ level: "error", status: 500 });
    // The database's password (when the server has one: CI's and the embedded one do) is never logged.
    const { password } = new URL(databaseUrl());
    if (password) expect(server.out.join("\n")).not.toContain(password);
    server.child.kill("SIGTERM");
    expect(await server.exited).toBe(0);
  }, 120_000);
});

describe("the production server's shutdown", () => {
  // A published photo made large (48 MiB), read by a client that stops reading at once: the response stays in
  // flight, held by the socket's buffers, until the client reads on.
  const photo = randomBytes(48 * 1024 * 1024);
  beforeAll(async () => {
    const pool = new pg.Pool({ connectionString: databaseUrl() });
    await pool.query(
      `UPDATE "Attachment" SET "isPublic" = true, data = $1, "sizeBytes" = $2, sha256 = $3,
         "portraitId" = (SELECT id FROM "Portrait" WHERE slug = 'repair-cafe-hver-maaned')
       WHERE id = 'demo-photo-lektiecafe'`,
      [photo, photo.length, createHash("sha256").update(photo).digest("hex")],
    );
    await pool.end();
  });

  it("has no /api/metrics without a configured token", async () => {
    const server = await startServer({ JOBS_ENABLED: "0" });
    stopped.push(server);
    expect((await get(server.port, "/api/metrics", { authorization: "Bearer anything-at-all-here" })).status).toBe(404);
    server.child.kill("SIGTERM");
    expect(await server.exited).toBe(0);
  }, 120_000);

  it("on SIGTERM refuses new connections, finishes a download in flight, stops its jobs and exits 0", async () => {
    const server = await startServer({ JOBS_ENABLED: "1", SHUTDOWN_TIMEOUT_SECONDS: "20" });
    const agent = new http.Agent({ keepAlive: true });
    stopped.push(server);
    await waitFor("the job runner", () => logLines(server).some((l) => l.msg === "runner started") || undefined);

    // A browser's kind of connection, kept alive: the server must close it once the response is done.
    const response = await pausedPhoto(server, agent);
    expect(response.statusCode).toBe(200);
    const signalled = Date.now();
    server.child.kill("SIGTERM");

    const refused = (): Promise<boolean> =>
      new Promise((resolve) => {
        const socket = net.connect({ host: "127.0.0.1", port: server.port });
        socket.once("connect", () => {
          socket.destroy();
          resolve(false);
        });
        socket.once("error", (e: NodeJS.ErrnoException) => resolve(e.code === "ECONNREFUSED"));
      });
    await waitFor("new connections to be refused", async () => (await refused()) || undefined, 10_000);
    // Still serving the download: the process has not exited.
    await new Promise((r) => setTimeout(r, 1000));
    expect(server.child.exitCode).toBeNull();

    // The client reads on: the rest of the body arrives, whole.
    const chunks: Buffer[] = [];
    const closed = new Promise((r) => response.on("close", r));
    response.on("data", (c: Buffer) => chunks.push(c));
    response.resume();
    await closed;
    expect(response.complete).toBe(true);
    const body = Buffer.concat(chunks);
    expect(body.length).toBe(photo.length);
    expect(body.equals(photo)).toBe(true);

    const received = Date.now();
    expect(await server.exited).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(20_000);
    // Not held up by the idle kept-alive connection (Node would drop it only after 5 s).
    expect(Date.now() - received).toBeLessThan(3000);
    agent.destroy();
    const lines = logLines(server);
    expect(lines.find((l) => l.path === "/api/public/photos/demo-photo-lektiecafe")).toMatchObject({ status: 200 });
    expect(lines.find((l) => l.msg === "stopped")).toMatchObject({ forced: false });
  }, 180_000);

  it("cuts off a request that outlasts the time limit and exits 1", async () => {
    const server = await startServer({ JOBS_ENABLED: "0", SHUTDOWN_TIMEOUT_SECONDS: "2" });
    stopped.push(server);
    // The same large photo, never read: the response cannot finish.
    const response = await pausedPhoto(server, false);
    expect(response.statusCode).toBe(200);
    const signalled = Date.now();
    server.child.kill("SIGTERM");
    expect(await server.exited).toBe(1);
    expect(Date.now() - signalled).toBeGreaterThanOrEqual(2000);
    expect(Date.now() - signalled).toBeLessThan(10_000);
    const lines = logLines(server);
    expect(lines.some((l) => l.msg === "time limit reached: closing the connections still open")).toBe(true);
    expect(lines.find((l) => l.msg === "stopped")).toMatchObject({ forced: true });
    response.destroy();
  }, 120_000);
});
