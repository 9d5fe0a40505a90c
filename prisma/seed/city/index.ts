// npm run db:seed -- --scale city [--factor 0.01]: the city of issue 16 on top of the demo data. The demo
// stays (its logins, its pages), and the city's committees, people, calls and cases are added beside it,
// so one database serves both the demo's tests and the benchmarks. Deterministic (./rows.ts is pure); the
// writing is batched INSERT … SELECT FROM unnest in one transaction, so a failed run leaves nothing half made.
import pg from "pg";
import { hashPassword } from "../../../lib/auth/password";
import { demoPassword, seedDemo } from "../demo";
import { chunked } from "./batch";
import { benchScoreTargets } from "./case-rows";
import { cityPlan, committeeId, rankingCallId } from "./plan";
import { cityBatches, committeeSlug, memberEmail, secretariatEmail } from "./rows";
import { citySpec } from "./spec";
import { BatchWriter } from "./write";

export { citySpec, rankingCallId };

/** Who the benchmark logs in as, and what it opens: the first city committee's secretariat and a member. */
export function cityBenchTargets(factor = 1) {
  const spec = citySpec(factor);
  const target = benchScoreTargets(cityPlan(spec));
  return {
    secretariatEmail: secretariatEmail(0),
    scorerEmail: memberEmail(0, spec.membersPerCommittee - 1),
    password: demoPassword,
    committeeSlug: committeeSlug(0),
    rankingCallId,
    scoreApplicationIds: target.applicationIds,
  };
}

const counted = [
  "Committee",
  "User",
  "Membership",
  "PoolYear",
  "Project",
  "Organisation",
  "Call",
  "Application",
  "ApplicationPlanGoal",
  "Decision",
  "DecisionYear",
  "GrantLetter",
  "Payment",
  "ReviewAssignment",
  "ScoreSheet",
  "Score",
  "ConflictDeclaration",
];

export async function seedCity(
  url: string,
  options: { factor?: number; log?: (line: string) => void } = {},
): Promise<string> {
  const log = options.log ?? (() => {});
  const factor = options.factor ?? 1;
  const started = Date.now();
  const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
  log(await seedDemo(url));
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const there = await client.query(`SELECT 1 FROM "Committee" WHERE id = $1`, [committeeId(0)]);
    if (there.rowCount) return "City data: the database already has it; nothing seeded.";
    const writer = new BatchWriter(client);
    const hash = await hashPassword(demoPassword);
    await client.query("SET synchronous_commit = off");
    await client.query("BEGIN");
    let table = "";
    let rows = 0;
    let lastLog = 0;
    for (const batch of cityBatches(citySpec(factor), hash)) {
      if (batch.table !== table) {
        if (table) log(`  ${table}: ${rows.toLocaleString("da-DK")} rows (${seconds()} s)`);
        table = batch.table;
        rows = 0;
      }
      await writer.insert(batch);
      rows += batch.rows.length;
      if (Date.now() - lastLog > 5000) {
        lastLog = Date.now();
        log(`  … ${table}: ${rows.toLocaleString("da-DK")} rows so far (${seconds()} s)`);
      }
    }
    log(`  ${table}: ${rows.toLocaleString("da-DK")} rows (${seconds()} s)`);
    for (const b of chunked(
      "AuditEntry",
      ["id", "actorLabel", "action", "entityType", "entityId"],
      [["city-seed", "system", "seed.city", "Installation", `factor ${factor}`]],
      1,
    ))
      await writer.insert(b);
    await client.query("COMMIT");
    log(`  committed (${seconds()} s); analysing…`);
    await client.query("ANALYZE");
    return await report(client, factor, seconds());
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    await client.end();
  }
}

async function report(client: pg.Client, factor: number, took: string): Promise<string> {
  const lines = [`City data seeded (factor ${factor}) in ${took} s. Rows per table (demo rows included):`];
  for (const t of counted) {
    const r = await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM "${t}"`);
    lines.push(`  ${t.padEnd(22)} ${Number(r.rows[0]!.n).toLocaleString("da-DK").padStart(12)}`);
  }
  const size = await client.query<{ s: string }>("SELECT pg_size_pretty(pg_database_size(current_database())) AS s");
  lines.push(`Database size: ${size.rows[0]!.s}`);
  return lines.join("\n");
}
