import { beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { db } from "@/lib/db";
import { getCallRanking, listCallScoresForExport } from "@/lib/scoring/queries";
import { seedDemo } from "@/prisma/seed/demo";
import { actorFor } from "@/tests/factories";

beforeAll(async () => {
  await seedDemo(process.env.DATABASE_URL!);
}, 60_000);

describe("the ranking of the demo call", () => {
  it("equals an independent computation in SQL (weighted mean, N/A and conflicted scores left out)", async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    const { rows } = await client.query<{ id: string; score: string; n: string }>(`
      SELECT s."applicationId" AS id,
             SUM(c.weight * s.value)::numeric / SUM(c.weight) AS score,
             COUNT(DISTINCT s."userId") AS n
      FROM "Score" s
      JOIN "RubricCriterion" c ON c.id = s."criterionId"
      JOIN "Application" a ON a.id = s."applicationId"
      WHERE a."callId" = 'demo-call-social' AND s.value IS NOT NULL AND NOT s."notApplicable"
        AND NOT EXISTS (SELECT 1 FROM "ConflictDeclaration" d
                        WHERE d."applicationId" = s."applicationId" AND d."userId" = s."userId" AND d.excluded)
      GROUP BY s."applicationId"`);
    await client.end();
    const data = (await getCallRanking(await actorFor("sekretariat@example.dk"), "demo-call-social"))!;
    expect(data.ranking.applications).toHaveLength(18);
    for (const r of rows) {
      const mine = data.ranking.applications.find((a) => a.applicationId === r.id)!;
      expect(mine.weightedScore).toBeCloseTo(Number(r.score), 10);
      expect(mine.nScores).toBe(Number(r.n));
    }
    const conflicted = data.ranking.applications.find((a) => a.applicationId === "demo-app-007")!;
    expect(conflicted.nScores).toBe(4);
    expect(conflicted.missingUserIds).not.toContain("demo-user-medlem3");
    const ranks = data.ranking.applications.map((a) => a.rank!);
    expect(ranks[0]).toBe(1);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
  });

  it("shows the missing scorers (medlem4 has 6 left, medlem5 3)", async () => {
    const data = (await getCallRanking(await actorFor("admin@example.dk"), "demo-call-social"))!;
    const missing = data.ranking.applications.flatMap((a) => a.missingUserIds);
    expect(missing.filter((u) => u === "demo-user-medlem4")).toHaveLength(6);
    expect(missing.filter((u) => u === "demo-user-medlem5")).toHaveLength(3);
  });

  it("never gives a ruled-out member the application or its scores", async () => {
    const data = (await getCallRanking(await actorFor("medlem3@example.dk"), "demo-call-social"))!;
    expect(data.ranking.applications.map((a) => a.applicationId)).not.toContain("demo-app-007");
    expect(data.ranking.applications).toHaveLength(17);
  });

  it("in a blind call, hides the ranking from a member until all their sheets are submitted", async () => {
    expect(await getCallRanking(await actorFor("medlem4@example.dk"), "demo-call-social")).toBeNull();
    expect(await getCallRanking(await actorFor("medlem1@example.dk"), "demo-call-social")).not.toBeNull();
  });

  it("gives no ranking to an applicant or to another committee's staff", async () => {
    expect(await getCallRanking(await actorFor("ansoeger@example.dk"), "demo-call-social")).toBeNull();
    const other = {
      ...(await actorFor("sekretariat@example.dk")),
      memberships: [{ committeeId: "demo-committee-moerkhoej", role: "SECRETARIAT" as const }],
    };
    expect(await getCallRanking(other, "demo-call-social")).toBeNull();
  });

  it("exports every score with conflicted ones kept and marked, N/A as empty", async () => {
    const rows = (await listCallScoresForExport(await actorFor("sekretariat@example.dk"), "demo-call-social"))!;
    expect(rows.length).toBe(await db().score.count({ where: { application: { callId: "demo-call-social" } } }));
    const excluded = rows.filter((r) => r.excluded);
    expect(excluded.length).toBe(5);
    expect(new Set(excluded.map((r) => r.memberEmail))).toEqual(new Set(["medlem3@example.dk"]));
    expect(excluded[0]!.excludedReason).toMatch(/inhabil/);
    expect(rows.some((r) => r.score === null)).toBe(true);
    expect(await listCallScoresForExport(await actorFor("medlem1@example.dk"), "demo-call-social")).toBeNull();
  });
});
