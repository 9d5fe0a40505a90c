import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listInitiatives } from "@/lib/public/queries";
import { parsePublicFilters } from "@/lib/public/model";
import { listOpenGrants } from "@/lib/public/open-data";
import { listProjects } from "@/lib/projects/queries";
import { parseProjectListFilters, projectListPageSize } from "@/lib/projects/model";
import { getCallRanking } from "@/lib/scoring/queries";
import { cityBenchTargets, citySpec, rankingCallId, seedCity } from "@/prisma/seed/city";
import { actorFor } from "@/tests/factories";

const factor = 0.01;
const spec = citySpec(factor);
let report = "";

beforeAll(async () => {
  report = await seedCity(process.env.DATABASE_URL!, { factor });
}, 120_000);

describe("the city seed at a small factor", () => {
  it("reports its rows and size, and a second run adds nothing", async () => {
    expect(report).toMatch(/City data seeded \(factor 0.01\)/);
    expect(report).toMatch(/Database size: \d+ [kMG]B/);
    const before = await db().score.count();
    expect(await seedCity(process.env.DATABASE_URL!, { factor })).toMatch(/already has it/);
    expect(await db().score.count()).toBe(before);
  });

  it("lands its published initiatives in the public list and the open data", async () => {
    const list = await listInitiatives(null, parsePublicFilters({}));
    // The demo's published grants are there too.
    expect(list.total).toBeGreaterThanOrEqual(spec.published);
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.facets.committees.map((c) => c.slug)).toContain(cityBenchTargets(factor).committeeSlug);
    const byCommittee = await listInitiatives(
      null,
      parsePublicFilters({ udvalg: cityBenchTargets(factor).committeeSlug }),
    );
    expect(byCommittee.total).toBeGreaterThan(0);
    expect((await listOpenGrants(null)).length).toBe(list.total);
  });

  it("gives the committee's secretariat its projects in the staff list, a page at a time, filtered", async () => {
    const actor = await actorFor(cityBenchTargets(factor).secretariatEmail);
    const all = await listProjects(actor, parseProjectListFilters({}));
    const own = Math.ceil(spec.projects / spec.committees);
    expect(all.total).toBe(own);
    expect(all.items).toHaveLength(Math.min(own, projectListPageSize));
    expect(new Set(all.items.map((p) => p.committee)).size).toBe(1);
    const running = await listProjects(actor, parseProjectListFilters({ status: "RUNNING" }));
    expect(running.total).toBeGreaterThan(0);
    expect(running.total).toBeLessThan(own);
    expect(running.items.every((p) => p.status === "RUNNING")).toBe(true);
  });

  it("ranks the ranking call for its secretariat: every application, every member's scores counted", async () => {
    const actor = await actorFor(cityBenchTargets(factor).secretariatEmail);
    const result = await getCallRanking(actor, rankingCallId);
    expect(result).not.toBeNull();
    expect(result!.criteria).toHaveLength(spec.criteria);
    expect(result!.ranking.applications).toHaveLength(spec.rankingApplications);
    expect(result!.ranking.applications.every((r) => r.nScores === spec.membersPerCommittee)).toBe(true);
  });

  it("leaves the benchmark's member open sheets to save into, all scored", async () => {
    const t = cityBenchTargets(factor);
    const member = await actorFor(t.scorerEmail);
    const sheets = await db().scoreSheet.findMany({
      where: { userId: member.id, application: { callId: rankingCallId } },
    });
    expect(sheets).toHaveLength(spec.rankingApplications);
    const open = sheets.filter((s) => s.submittedAt === null).map((s) => s.applicationId);
    expect(open.sort()).toEqual([...t.scoreApplicationIds].sort());
    expect(open).toHaveLength(Math.min(10, spec.rankingApplications));
  });
});
