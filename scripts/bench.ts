// npm run bench [-- --scale demo|city] [--factor F] [--duration S] [--connections N] [--targets a,b] [--port P]
// [--reseed]
// Builds if needed, starts the production server on a database of its own (the demo, fresh each run; or the
// city, seeded once and kept), and measures each target with autocannon beside a static file from public/ in
// the same run: on a shared machine only the ratios mean much. Prints a Markdown table.
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { openDatabase } from "./lib/database";
import { ensureBuild, freshDemoDatabase, freshEmptyDatabase } from "./lib/fresh-app";
import { applyMigrations } from "./lib/migrations";
import { login, measure, nativeFormPost, startServer, treeRssMb, type Figures, type Target } from "./lib/bench-http";
import { cityBenchTargets, seedCity } from "../prisma/seed/city";
import { demoPassword } from "../prisma/seed/demo";

const allTargets = [
  "static",
  "list",
  "list-rendered",
  "initiative",
  "feed",
  "projects",
  "ranking",
  "score",
  "csv",
] as const;
type TargetName = (typeof allTargets)[number];

function options(args: string[]) {
  const value = (flag: string) => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const scale = value("--scale") ?? "demo";
  if (scale !== "demo" && scale !== "city") throw new Error(`--scale is demo or city (got '${scale}').`);
  const targets = (value("--targets") ?? allTargets.join(",")).split(",") as TargetName[];
  const unknown = targets.filter((t) => !allTargets.includes(t));
  if (unknown.length) throw new Error(`Unknown targets: ${unknown.join(", ")}. Choose from ${allTargets.join(", ")}.`);
  return {
    scale,
    factor: Number(value("--factor") ?? 1),
    seconds: Number(value("--duration") ?? 10),
    connections: Number(value("--connections") ?? 10),
    port: Number(value("--port") ?? 3200),
    targets: targets.includes("static") ? targets : (["static", ...targets] as TargetName[]),
    reseed: args.includes("--reseed"),
  };
}

/** The city database is slow to make, so it is kept between runs and made again only when missing (or --reseed). */
async function cityDatabase(serverUrl: string, factor: number, reseed: boolean): Promise<string> {
  const name = `lokalpulje_bench_city_${String(factor).replace(/\W/g, "_")}`;
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const exists = (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount;
  await admin.end();
  if (exists && !reseed) {
    await applyMigrations(url.toString());
    const db = new pg.Client({ connectionString: url.toString() });
    await db.connect();
    const seeded = (await db.query(`SELECT 1 FROM "AuditEntry" WHERE id = 'city-seed'`)).rowCount;
    await db.end();
    if (seeded) return url.toString();
  }
  await freshEmptyDatabase(serverUrl, name);
  console.log(await seedCity(url.toString(), { factor, log: console.log }));
  return url.toString();
}

async function newestInitiative(url: string): Promise<string> {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  const r = await db.query<{ id: string }>(
    `SELECT a.id FROM "Application" a WHERE a."publishedAt" IS NOT NULL AND a."deletedAt" IS NULL
       AND EXISTS (SELECT 1 FROM "Decision" d
                    WHERE d."applicationId" = a.id AND d.outcome IN ('GRANT', 'PARTIAL_GRANT'))
     ORDER BY a."publishedAt" DESC LIMIT 1`,
  );
  await db.end();
  if (!r.rows[0]) throw new Error("No published initiative in the database.");
  return r.rows[0].id;
}

function who(scale: string, factor: number) {
  if (scale === "city") {
    const t = cityBenchTargets(factor);
    return {
      staff: t.secretariatEmail,
      scorer: t.scorerEmail,
      rankingCall: t.rankingCallId,
      scoreApplications: t.scoreApplicationIds,
    };
  }
  // The demo's social call: medlem4 has not scored applications 13–18 (prisma/seed/demo/scoring.ts).
  return {
    staff: "sekretariat@example.dk",
    scorer: "medlem4@example.dk",
    rankingCall: "demo-call-social",
    scoreApplications: [13, 14, 15, 16, 17, 18].map((n) => `demo-app-0${n}`),
  };
}

const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : "–");

function table(rows: Figures[], staticRow: Figures | undefined): string {
  const lines = [
    "| target | path | req/s | × static req/s | p50 ms | p95 ms | p99 ms | p95 × static | requests | statuses |",
    "|---|---|---:|---:|---:|---:|---:|---:|---:|---|",
  ];
  for (const r of rows) {
    const ratio = staticRow ? fmt(r.rps / staticRow.rps, 2) : "–";
    const p95 = staticRow ? fmt(r.p95 / Math.max(1, staticRow.p95), 1) : "–";
    lines.push(
      `| ${r.name} | \`${r.path}\` | ${fmt(r.rps)} | ${ratio} | ${r.p50} | ${r.p95} | ${r.p99} | ${p95} | ` +
        `${r.requests} | ${r.statuses}${r.errors ? ` errors:${r.errors}` : ""} |`,
    );
  }
  return lines.join("\n");
}

async function main() {
  const o = options(process.argv.slice(2));
  const started = new Date();
  ensureBuild();
  const { url: serverUrl, server: pgServer } = await openDatabase("app", console.log);
  try {
    const url =
      o.scale === "city"
        ? await cityDatabase(serverUrl, o.factor, o.reseed)
        : await freshDemoDatabase(serverUrl, "lokalpulje_bench_demo", console.log);
    const logFile = path.join(os.tmpdir(), `lokalpulje-bench-${o.scale}-${process.pid}.log`);
    const app = await startServer(url, o.port, randomBytes(32).toString("base64"), logFile);
    console.log(`The server's log: ${logFile}`);
    try {
      const w = who(o.scale, o.factor);
      const staff = await login(app.base, w.staff, demoPassword);
      const scorer = await login(app.base, w.scorer, demoPassword);
      const targets: Record<TargetName, () => Promise<Target>> = {
        static: async () => ({ name: "static file", path: "/icon.svg" }),
        list: async () => ({ name: "public initiatives list", path: "/initiativer" }),
        // A visitor with a cookie (here the language) is never served the shared copy: the page's render itself.
        "list-rendered": async () => ({
          name: "public list, rendered per visitor",
          path: "/initiativer",
          headers: { cookie: "lokalpulje-locale=da" },
        }),
        initiative: async () => ({ name: "initiative page", path: `/initiativer/${await newestInitiative(url)}` }),
        feed: async () => ({ name: "Atom feed", path: "/portraetter/feed.xml" }),
        projects: async () => ({
          name: "staff project list",
          path: "/projects?status=RUNNING",
          headers: { cookie: staff },
        }),
        ranking: async () => ({
          name: "ranking page",
          path: `/calls/${w.rankingCall}/ranking`,
          headers: { cookie: staff },
        }),
        score: async () => {
          // Every criterion gets 3, saved as a draft (a submitted sheet refuses the next save); one sheet per
          // application, taken in turn.
          const variants = [];
          for (const applicationId of w.scoreApplications) {
            const path = `/calls/${w.rankingCall}/score/${applicationId}`;
            const html = await (await fetch(`${app.base}${path}`, { headers: { cookie: scorer } })).text();
            const criteria = [...html.matchAll(/name="scores\.(\d+)\.criterionId" value="([^"]+)"/g)];
            if (!criteria.length) throw new Error(`No score sheet on ${path}.`);
            const fields = criteria.flatMap(([, i, id]) => [
              [`scores.${i}.criterionId`, id!],
              [`scores.${i}.value`, "3"],
              [`scores.${i}.comment`, ""],
            ]);
            const post = await nativeFormPost(app.base, path, scorer, "applicationId", [...fields, ["intent", "save"]]);
            variants.push({ path, body: post.body, headers: post.headers });
          }
          const first = variants[0]!;
          return {
            name: `save a score sheet (${variants.length} sheets in turn)`,
            path: first.path,
            method: "POST",
            headers: first.headers,
            body: first.body,
            variants: variants.map(({ path, body }) => ({ path, body })),
          };
        },
        csv: async () => ({ name: "open data CSV", path: "/api/public/grants.csv" }),
      };
      const results: Figures[] = [];
      const memory: string[] = [];
      for (const name of o.targets) {
        const target = await targets[name]();
        // Warm up: the first requests fill Next's caches. Each must succeed, or the figures would measure an error.
        for (let i = 0; i < 3; i++) {
          const init = { method: target.method, headers: target.headers };
          const r = await fetch(`${app.base}${target.path}`, {
            ...init,
            body: target.body ? new Uint8Array(target.body) : undefined,
          });
          const text = await r.text();
          if (!r.ok || text.includes("data-error-summary"))
            throw new Error(
              `${target.name}: ${target.path} answered ${r.status}${r.ok ? " with an error summary" : ""}.`,
            );
        }
        let peak = 0;
        const before = treeRssMb(app.pid);
        const sampler = setInterval(() => (peak = Math.max(peak, treeRssMb(app.pid))), 250);
        const figures = await measure(app.base, target, o.seconds, o.connections);
        clearInterval(sampler);
        const after = treeRssMb(app.pid);
        results.push(figures);
        memory.push(`| ${figures.name} | ${fmt(before)} | ${fmt(Math.max(peak, after))} | ${fmt(after)} |`);
        console.log(`${figures.name}: ${fmt(figures.rps)} req/s, p95 ${figures.p95} ms (${figures.statuses})`);
      }
      const staticRow = results.find((r) => r.name === "static file");
      console.log(
        `\n## ${o.scale} scale${o.scale === "city" && o.factor !== 1 ? ` (factor ${o.factor})` : ""}, ` +
          `${started.toISOString().slice(0, 16)}Z, ${o.seconds} s × ${o.connections} connections per target\n`,
      );
      console.log(table(results, staticRow));
      console.log("\nServer memory (RSS of the server's processes, MB) around each target:\n");
      console.log(["| target | before | peak | after |", "|---|---:|---:|---:|", ...memory].join("\n"));
    } finally {
      await app.stop();
    }
  } finally {
    pgServer?.stop();
  }
}

main().catch((e: unknown) => {
  console.error(`bench: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
