// The ranking's sums are PostgreSQL's (lib/scoring/aggregates.ts). On real rows they must equal the TypeScript sums
// (aggregateScores), and the page's ranking must equal the old per-score ranking (tests/support/ranking-oracle.ts):
// conflicts ruled and pending, N/A, empty values, values outside the scale, a criterion outside the rubric, a
// single-point scale, and both a rubric whose criteria share a scale and one whose scales differ.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { scoreAggregates } from "@/lib/scoring/aggregates";
import { aggregateScores, sharedScale, type Criterion, type ScoreAggregates } from "@/lib/scoring/model";
import { getCallRanking } from "@/lib/scoring/queries";
import { createCallWithApplications, createCommittee, createUser } from "@/tests/factories";
import { expectSameRanking, rankApplicationsPerScore } from "@/tests/support/ranking-oracle";

type Fixture = { callId: string; applicationIds: string[]; criteria: Criterion[]; staffEmail: string };
type Actor = Awaited<ReturnType<typeof createUser>>["actor"];

const fixtures: Record<"mixed" | "shared", Fixture> = {} as never;
let ruledOut: { actor: Actor; applicationId: string; callId: string };

/** A small deterministic generator (the fixture must not change between runs). */
function lcg(seed: number) {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return x / 2 ** 31;
  };
}

async function makeCall(kind: "mixed" | "shared", seed: number) {
  const committee = await createCommittee();
  const staff = await createUser({ roles: [{ committeeId: committee.id, role: "SECRETARIAT" }] });
  const members = await Promise.all(
    [1, 2, 3, 4, 5].map(() => createUser({ roles: [{ committeeId: committee.id, role: "MEMBER" }] })),
  );
  const scales: [number, number][] =
    kind === "mixed"
      ? [
          [1, 5],
          [0, 10],
          [3, 3],
          [1, 7],
        ]
      : [
          [1, 5],
          [1, 5],
          [1, 5],
        ];
  const rubric = await db().rubric.create({
    data: {
      committeeId: committee.id,
      name: `Kriterier ${kind}`,
      criteria: {
        create: scales.map(([scaleMin, scaleMax], i) => ({
          position: i,
          title: `Kriterium ${i + 1}`,
          weight: [30, 50, 20, 7][i]!,
          scaleMin,
          scaleMax,
          allowNotApplicable: true,
        })),
      },
    },
    include: { criteria: { orderBy: { position: "asc" } } },
  });
  // A criterion of another rubric: a score on it never counts (it is not this call's), though its member scored.
  const other = await db().rubric.create({
    data: { committeeId: committee.id, name: "Gammel", criteria: { create: [{ position: 0, title: "X", weight: 9 }] } },
    include: { criteria: true },
  });
  const { call, applications } = await createCallWithApplications(committee.id, 8);
  await db().call.update({ where: { id: call.id }, data: { rubricId: rubric.id, blindScoring: false } });
  // Two applications the ranking leaves out whatever their scores: a draft and a withdrawn one.
  await db().application.update({ where: { id: applications[6]!.id }, data: { status: "DRAFT" } });
  await db().application.update({ where: { id: applications[7]!.id }, data: { status: "WITHDRAWN" } });

  const random = lcg(seed);
  const scores = [];
  for (const app of applications)
    for (const [m, member] of members.entries()) {
      await db().reviewAssignment.create({ data: { applicationId: app.id, userId: member.user.id } });
      if (m === 4 && random() < 0.5) continue; // some assigned members have not scored yet
      for (const c of rubric.criteria) {
        const r = random();
        const inScale = c.scaleMin + Math.floor(random() * (c.scaleMax - c.scaleMin + 1));
        if (r < 0.08) continue; // no row
        const [value, notApplicable] =
          r < 0.16
            ? [null, false] // left empty
            : r < 0.24
              ? [c.scaleMax + 1 + Math.floor(random() * 3), false]
              : r < 0.3
                ? [c.scaleMin - 1, false]
                : r < 0.38
                  ? [null, true] // N/A
                  : [inScale, false];
        scores.push({ applicationId: app.id, userId: member.user.id, criterionId: c.id, value, notApplicable });
      }
    }
  // A member who scored only outside the rubric has scored (not missing) but is not among the scorers.
  const [app2, member4] = [applications[2]!.id, members[4]!.user.id];
  await db().score.createMany({
    data: [
      ...scores.filter((s) => !(s.applicationId === app2 && s.userId === member4)),
      { applicationId: app2, userId: member4, criterionId: other.criteria[0]!.id, value: 4, notApplicable: false },
      {
        applicationId: applications[1]!.id,
        userId: members[0]!.user.id,
        criterionId: other.criteria[0]!.id,
        value: 5,
        notApplicable: false,
      },
    ],
  });

  const conflict = (applicationId: string, userId: string, excluded: boolean | null) =>
    db().conflictDeclaration.create({
      data: {
        applicationId,
        userId,
        ground: "FAMILY",
        description: "Min søster er formand.",
        declaredById: userId,
        excluded,
      },
    });
  await conflict(applications[0]!.id, members[2]!.user.id, true); // ruled out: neither the case nor its scores
  await conflict(applications[1]!.id, members[3]!.user.id, null); // not ruled yet: the scores count
  await conflict(applications[3]!.id, members[1]!.user.id, false); // ruled not conflicted: the scores count
  await conflict(applications[4]!.id, members[0]!.user.id, true);

  fixtures[kind] = {
    callId: call.id,
    applicationIds: applications.map((a) => a.id),
    criteria: rubric.criteria.map((c) => ({ ...c })),
    staffEmail: staff.user.email,
  };
  if (kind === "mixed") ruledOut = { actor: members[2]!.actor, applicationId: applications[0]!.id, callId: call.id };
  return staff.actor;
}

/** The same rows as the SQL reads, through Prisma: every score and every ruling-out of the given applications. */
async function rowsOf(applicationIds: string[]) {
  const scores = await db().score.findMany({
    where: { applicationId: { in: applicationIds } },
    select: { applicationId: true, userId: true, criterionId: true, value: true, notApplicable: true },
  });
  const exclusions = await db().conflictDeclaration.findMany({
    where: { applicationId: { in: applicationIds }, excluded: true },
    select: { applicationId: true, userId: true },
  });
  return { scores, exclusions };
}

const sorted = (a: ScoreAggregates): ScoreAggregates => {
  const by =
    <T>(k: (x: T) => string) =>
    (x: T, y: T) =>
      k(x) < k(y) ? -1 : k(x) > k(y) ? 1 : 0;
  return {
    byApplicationMember: [...a.byApplicationMember].sort(by((g) => `${g.applicationId}/${g.userId}`)),
    byApplicationCriterion: [...a.byApplicationCriterion].sort(by((g) => `${g.applicationId}/${g.criterionId}`)),
    byMember: [...a.byMember].sort(by((g) => g.userId)),
  };
};

const staffActors: Partial<Record<"mixed" | "shared", Actor>> = {};

beforeAll(async () => {
  staffActors.mixed = await makeCall("mixed", 7);
  staffActors.shared = await makeCall("shared", 11);
}, 60_000);

describe.each(["mixed", "shared"] as const)("the ranking's sums in SQL (%s scales)", (kind) => {
  it("equal the TypeScript sums over the same rows", async () => {
    const f = fixtures[kind];
    const ids = f.applicationIds.slice(0, 6);
    const common = sharedScale(f.criteria) !== null;
    expect(common).toBe(kind === "shared");
    const sql = await scoreAggregates(db(), ids, f.criteria, common);
    const ts = aggregateScores({ criteria: f.criteria, ...(await rowsOf(ids)) });
    expectSameRanking(sorted(sql), sorted(ts), "aggregates");
    // The fixture is what it says: rows that count, rows that do not, members with and without counting scores.
    expect(sql.byApplicationMember.some((g) => g.n === 0)).toBe(true);
    expect(sql.byApplicationMember.filter((g) => g.n > 0).length).toBeGreaterThan(20);
    expect(sql.byMember).toHaveLength(5);
  });

  it("give the page the ranking the per-score computation gives", async () => {
    const f = fixtures[kind];
    const data = (await getCallRanking(staffActors[kind]!, f.callId))!;
    expect(data.ranking.applications).toHaveLength(6);
    const ids = f.applicationIds.slice(0, 6);
    const apps = await db().application.findMany({
      where: { id: { in: ids } },
      select: { id: true, reference: true, title: true, assignments: { select: { userId: true } } },
    });
    const expected = rankApplicationsPerScore({
      criteria: f.criteria.map(({ id, title, weight, scaleMin, scaleMax }) => ({
        id,
        title,
        weight,
        scaleMin,
        scaleMax,
      })),
      applications: apps.map((a) => ({
        id: a.id,
        reference: a.reference ?? a.id,
        title: a.title,
        assignedUserIds: a.assignments.map((x) => x.userId),
      })),
      ...(await rowsOf(ids)),
    });
    expectSameRanking(data.ranking, expected);
    expect(data.ranking.applications.filter((a) => a.rank !== null).length).toBeGreaterThan(3);
    expect(data.ranking.applications.some((a) => a.missingUserIds.length > 0)).toBe(true);
  });
});

describe("a member ruled out of an application", () => {
  it("gets neither the application nor its scores in the ranking", async () => {
    const data = (await getCallRanking(ruledOut.actor, ruledOut.callId))!;
    expect(data.ranking.applications.map((a) => a.applicationId)).not.toContain(ruledOut.applicationId);
    expect(data.ranking.applications).toHaveLength(5);
    const sql = await scoreAggregates(db(), [ruledOut.applicationId], fixtures.mixed.criteria, false);
    expect(sql.byApplicationMember.map((g) => g.userId)).not.toContain(ruledOut.actor.id);
    const stored = await db().score.count({
      where: { applicationId: ruledOut.applicationId, userId: ruledOut.actor.id },
    });
    expect(stored).toBeGreaterThan(0);
  });
});

describe("a call without a rubric", () => {
  it("ranks nothing and names the assigned members as missing, without an error", async () => {
    const committee = await createCommittee();
    const staff = await createUser({ roles: [{ committeeId: committee.id, role: "SECRETARIAT" }] });
    const member = await createUser({ roles: [{ committeeId: committee.id, role: "MEMBER" }] });
    const { call, applications } = await createCallWithApplications(committee.id, 2);
    await db().reviewAssignment.create({ data: { applicationId: applications[0]!.id, userId: member.user.id } });
    const data = (await getCallRanking(staff.actor, call.id))!;
    expect(data.criteria).toEqual([]);
    expect(data.ranking.applications.map((a) => [a.rank, a.weightedScore, a.nScores])).toEqual([
      [null, null, 0],
      [null, null, 0],
    ]);
    expect(data.ranking.applications.flatMap((a) => a.missingUserIds)).toEqual([member.user.id]);
    expect(data.members[member.user.id]).toBe(member.user.name);
  });
});
