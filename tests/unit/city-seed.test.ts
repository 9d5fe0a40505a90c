import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import type { Batch } from "@/prisma/seed/city/batch";
import { cityBatches, criterionWeights } from "@/prisma/seed/city/rows";
import { citySpec, rankingScores } from "@/prisma/seed/city/spec";
import { rankingCallId } from "@/prisma/seed/city/plan";

const small = citySpec(0.01);
const hash = "scrypt$test";

function tables(batches: Iterable<Batch>) {
  const byTable = new Map<string, Record<string, unknown>[]>();
  for (const b of batches) {
    const rows = byTable.get(b.table) ?? [];
    for (const r of b.rows) rows.push(Object.fromEntries(b.columns.map((c, i) => [c, r[i]])));
    byTable.set(b.table, rows);
  }
  return byTable;
}

const digest = (batches: Iterable<Batch>) => {
  const h = createHash("sha256");
  for (const b of batches) h.update(JSON.stringify(b, (_, v: unknown) => (typeof v === "bigint" ? `${v}n` : v)));
  return h.digest("hex");
};

const city = tables(cityBatches(small, hash));
const rows = (t: string) => city.get(t) ?? [];

describe("the city seed's rows", () => {
  it("are the same for the same seed, and differ for another seed", () => {
    expect(digest(cityBatches(small, hash))).toBe(digest(cityBatches(small, hash)));
    expect(digest(cityBatches({ ...small, seed: small.seed + 1 }, hash))).not.toBe(digest(cityBatches(small, hash)));
  });

  it("hold the counts the spec asks for at a small factor", () => {
    expect(rows("Committee")).toHaveLength(12);
    expect(rows("PoolYear")).toHaveLength(12 * 10);
    expect(rows("Project")).toHaveLength(small.projects);
    expect(rows("Application")).toHaveLength(small.applications);
    expect(rows("Application").filter((a) => a.publishedAt !== null)).toHaveLength(small.published);
    const perSheet = small.membersPerCommittee * small.criteria;
    expect(rows("Score").length).toBeLessThanOrEqual(small.scores);
    expect(rows("Score").length).toBeGreaterThan(small.scores - perSheet);
  });

  it("build the ranking call: every application scored by every member on every criterion", () => {
    const apps = new Set(
      rows("Application")
        .filter((a) => a.callId === rankingCallId)
        .map((a) => a.id),
    );
    expect(apps.size).toBe(small.rankingApplications);
    const scores = rows("Score").filter((s) => apps.has(s.applicationId));
    expect(scores).toHaveLength(rankingScores(small));
    expect(scores.every((s) => (s.value === null) === s.notApplicable)).toBe(true);
  });

  it("keep text lengths realistic: titles 30–90 characters, descriptions 0,5–3 KB", () => {
    for (const a of [...rows("Application"), ...rows("Project")]) {
      const title = a.title as string;
      expect(title.length, title).toBeGreaterThanOrEqual(30);
      expect(title.length, title).toBeLessThanOrEqual(90);
      const bytes = Buffer.byteLength(a.description as string);
      expect(bytes).toBeGreaterThanOrEqual(500);
      expect(bytes).toBeLessThanOrEqual(3000);
    }
  });

  it("stay valid as the app sees them: scale values, not-applicable only where allowed, decisions for grants", () => {
    const criteria = new Map(rows("RubricCriterion").map((c) => [c.id, c]));
    expect(criterionWeights.reduce((s, w) => s + w, 0)).toBe(100);
    for (const s of rows("Score")) {
      const c = criteria.get(s.criterionId)!;
      if (s.notApplicable) expect(c.allowNotApplicable).toBe(true);
      else expect(s.value as number).toBeGreaterThanOrEqual(c.scaleMin as number);
      if (!s.notApplicable) expect(s.value as number).toBeLessThanOrEqual(c.scaleMax as number);
    }
    const decided = new Map(rows("Decision").map((d) => [d.applicationId, d]));
    for (const a of rows("Application").filter((x) => x.publishedAt !== null)) {
      expect(["GRANT", "PARTIAL_GRANT"]).toContain(decided.get(a.id)?.outcome);
      expect((a.publicSummary as string).length).toBeGreaterThan(0);
    }
    const years = new Set(rows("PoolYear").map((y) => y.id));
    expect(rows("DecisionYear").every((y) => years.has(y.poolYearId))).toBe(true);
    const ids = rows("Application").map((a) => a.reference);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
