import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  aggregateScores,
  competitionRanks,
  rankApplications,
  rankFromAggregates,
  type ApplicationRef,
  type Criterion,
  type Score,
} from "@/lib/scoring/model";
import { expectSameRanking, rankApplicationsPerScore } from "@/tests/support/ranking-oracle";

const criteria: Criterion[] = [
  { id: "soc", title: "Social bæredygtighed", weight: 30, scaleMin: 1, scaleMax: 5 },
  { id: "ens", title: "Ensomhed", weight: 20, scaleMin: 1, scaleMax: 5 },
  { id: "arb", title: "Arbejdsmarked", weight: 50, scaleMin: 1, scaleMax: 5 },
];
const apps: ApplicationRef[] = ["A", "B", "C"].map((id, i) => ({
  id,
  reference: `R-${i + 1}`,
  title: id,
  assignedUserIds: ["m1", "m2", "m3"],
}));
const s = (
  applicationId: string,
  userId: string,
  criterionId: string,
  value: number | null,
  notApplicable = false,
): Score => ({ applicationId, userId, criterionId, value, notApplicable });

describe("the weighted ranking", () => {
  it("computes the weighted mean over the scores that count", () => {
    const r = rankApplications({
      criteria,
      applications: apps,
      exclusions: [],
      scores: [s("A", "m1", "soc", 5), s("A", "m1", "ens", 3), s("A", "m1", "arb", 1)],
    });
    const a = r.applications.find((x) => x.applicationId === "A")!;
    expect(a.weightedScore).toBeCloseTo((30 * 5 + 20 * 3 + 50 * 1) / 100, 12);
    expect(a.nScores).toBe(1);
    expect(a.rank).toBe(1);
    expect(a.missingUserIds).toEqual(["m2", "m3"]);
  });

  it("leaves 'not applicable' out instead of counting it as zero", () => {
    const r = rankApplications({
      criteria,
      applications: apps,
      exclusions: [],
      scores: [s("A", "m1", "soc", 4), s("A", "m1", "arb", null, true)],
    });
    expect(r.applications.find((x) => x.applicationId === "A")!.weightedScore).toBe(4);
  });

  it("excludes the scores of a member ruled out for conflict, but still lists them nowhere as missing", () => {
    const scores = [s("A", "m1", "soc", 5), s("A", "m2", "soc", 1)];
    const r = rankApplications({
      criteria,
      applications: apps,
      scores,
      exclusions: [{ applicationId: "A", userId: "m2" }],
    });
    const a = r.applications.find((x) => x.applicationId === "A")!;
    expect(a.weightedScore).toBe(5);
    expect(a.nScores).toBe(1);
    expect(a.missingUserIds).toEqual(["m3"]);
  });

  it("gives equal scores the same rank and skips the next (1, 1, 3), unscored last without rank", () => {
    const scores = [s("A", "m1", "soc", 4), s("B", "m1", "soc", 4), s("C", "m1", "soc", 2)];
    const r = rankApplications({
      criteria,
      applications: [...apps, { id: "D", reference: "R-4", title: "D", assignedUserIds: [] }],
      scores,
      exclusions: [],
    });
    expect(r.applications.map((a) => [a.applicationId, a.rank])).toEqual([
      ["A", 1],
      ["B", 1],
      ["C", 3],
      ["D", null],
    ]);
    expect(competitionRanks([3, null, 3, 5])).toEqual([2, null, 2, 1]);
  });

  it("reports spread and per-criterion means", () => {
    const scores = [s("A", "m1", "soc", 5), s("A", "m2", "soc", 3), s("A", "m2", "ens", 1)];
    const a = rankApplications({ criteria, applications: apps, scores, exclusions: [] }).applications.find(
      (x) => x.applicationId === "A",
    )!;
    expect(a.memberScores).toEqual([
      { userId: "m1", score: 5 },
      { userId: "m2", score: (30 * 3 + 20 * 1) / 50 },
    ]);
    expect(a.spread!.min).toBeCloseTo(2.2);
    expect(a.spread!.max).toBe(5);
    expect(a.perCriterion.find((c) => c.criterionId === "soc")).toEqual({ criterionId: "soc", mean: 4, n: 2 });
    expect(a.perCriterion.find((c) => c.criterionId === "arb")).toEqual({ criterionId: "arb", mean: null, n: 0 });
  });

  it("maps mixed scales to 0–100 before weighing", () => {
    const mixed: Criterion[] = [
      { id: "a", title: "a", weight: 1, scaleMin: 1, scaleMax: 5 },
      { id: "b", title: "b", weight: 1, scaleMin: 0, scaleMax: 10 },
    ];
    const r = rankApplications({
      criteria: mixed,
      applications: apps,
      scores: [s("A", "m1", "a", 5), s("A", "m1", "b", 0)],
      exclusions: [],
    });
    expect(r.commonScale).toBe(false);
    expect(r.applications.find((x) => x.applicationId === "A")!.weightedScore).toBe(50);
  });

  it("normalises per member: a harsh member's low scores weigh like a lenient member's high ones", () => {
    const scores = [
      s("A", "harsh", "soc", 2),
      s("B", "harsh", "soc", 1),
      s("A", "kind", "soc", 4),
      s("B", "kind", "soc", 5),
    ];
    const r = rankApplications({ criteria, applications: apps.slice(0, 2), scores, exclusions: [] });
    const a = r.applications.find((x) => x.applicationId === "A")!;
    const b = r.applications.find((x) => x.applicationId === "B")!;
    expect(a.weightedScore).toBe(b.weightedScore);
    expect(a.normalizedScore).toBeCloseTo(0);
    expect(b.normalizedScore).toBeCloseTo(0);
  });
});

describe("ranking properties", () => {
  const scoreArb = fc.record({
    applicationId: fc.constantFrom("A", "B", "C"),
    userId: fc.constantFrom("m1", "m2", "m3"),
    criterionId: fc.constantFrom("soc", "ens", "arb"),
    value: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
    notApplicable: fc.boolean(),
  });
  const dedupe = (scores: Score[]) => [
    ...new Map(scores.map((x) => [`${x.applicationId}${x.userId}${x.criterionId}`, x])).values(),
  ];

  it("a ruled-out member's scores never change any result", () => {
    fc.assert(
      fc.property(
        fc.array(scoreArb, { maxLength: 40 }),
        fc.array(
          fc.record({ criterionId: fc.constantFrom("soc", "ens", "arb"), value: fc.integer({ min: 1, max: 5 }) }),
          { maxLength: 6 },
        ),
        (raw, conflicted) => {
          const scores = dedupe(raw).filter((x) => !(x.applicationId === "A" && x.userId === "m3"));
          const exclusions = [{ applicationId: "A", userId: "m3" }];
          const without = rankApplications({ criteria, applications: apps, scores, exclusions });
          const withConflicted = rankApplications({
            criteria,
            applications: apps,
            scores: dedupe([...scores, ...conflicted.map((c) => s("A", "m3", c.criterionId, c.value))]),
            exclusions,
          });
          const pick = (r: typeof without) =>
            r.applications.map((a) => [a.applicationId, a.rank, a.weightedScore, a.nScores]);
          expect(pick(withConflicted)).toEqual(pick(without));
        },
      ),
    );
  });

  it("'not applicable' marks never move a weighted score", () => {
    fc.assert(
      fc.property(fc.array(scoreArb, { maxLength: 40 }), (raw) => {
        const scores = dedupe(raw).filter((x) => !x.notApplicable);
        const base = rankApplications({ criteria, applications: apps, scores, exclusions: [] });
        const taken = new Set(scores.map((x) => `${x.applicationId}${x.userId}${x.criterionId}`));
        const na = ["A", "B", "C"]
          .flatMap((a) => ["m1", "m2", "m3"].map((u) => s(a, u, "ens", null, true)))
          .filter((x) => !taken.has(`${x.applicationId}${x.userId}${x.criterionId}`));
        const more = rankApplications({ criteria, applications: apps, scores: [...scores, ...na], exclusions: [] });
        const pick = (r: typeof base) =>
          Object.fromEntries(r.applications.map((a) => [a.applicationId, a.weightedScore]));
        expect(pick(more)).toEqual(pick(base));
      }),
    );
  });

  it("a weighted score lies within the scale, and ranks follow scores", () => {
    fc.assert(
      fc.property(fc.array(scoreArb, { maxLength: 40 }), (raw) => {
        const r = rankApplications({ criteria, applications: apps, scores: dedupe(raw), exclusions: [] });
        for (const a of r.applications) {
          if (a.weightedScore === null) expect(a.rank).toBeNull();
          else {
            expect(a.weightedScore).toBeGreaterThanOrEqual(1 - 1e-12);
            expect(a.weightedScore).toBeLessThanOrEqual(5 + 1e-12);
          }
        }
        const ranked = r.applications.filter((a) => a.rank !== null);
        for (let i = 1; i < ranked.length; i++)
          expect(ranked[i]!.weightedScore!).toBeLessThanOrEqual(ranked[i - 1]!.weightedScore! + 1e-9);
      }),
    );
  });

  it("the order of the input does not matter", () => {
    fc.assert(
      fc.property(fc.array(scoreArb, { maxLength: 30 }), (raw) => {
        const scores = dedupe(raw);
        const a = rankApplications({ criteria, applications: apps, scores, exclusions: [] });
        const b = rankApplications({
          criteria,
          applications: [...apps].reverse(),
          scores: [...scores].reverse(),
          exclusions: [],
        });
        expect(b.applications.map((x) => [x.applicationId, x.rank])).toEqual(
          a.applications.map((x) => [x.applicationId, x.rank]),
        );
      }),
    );
  });
});

describe("the ranking from sums equals the ranking from every score", () => {
  const members = ["m1", "m2", "m3", "m4"];
  const scaleArb = fc.constantFrom([1, 5], [0, 10], [1, 3], [2, 2], [0, 100]);
  const inputArb = fc
    .record({
      shared: fc.boolean(),
      scales: fc.array(scaleArb, { minLength: 1, maxLength: 4 }),
      weights: fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 4, maxLength: 4 }),
      nApps: fc.integer({ min: 1, max: 6 }),
      assigned: fc.array(fc.subarray(members), { minLength: 6, maxLength: 6 }),
    })
    .chain(({ shared, scales, weights, nApps, assigned }) => {
      const criteria: Criterion[] = scales.map(([min, max], i) => ({
        id: `c${i}`,
        title: `c${i}`,
        weight: weights[i]!,
        scaleMin: shared ? scales[0]![0]! : min!,
        scaleMax: shared ? scales[0]![1]! : max!,
      }));
      const applications: ApplicationRef[] = Array.from({ length: nApps }, (_, i) => ({
        id: `a${i}`,
        reference: `R-${(i * 7) % 10}${i}`,
        title: `a${i}`,
        assignedUserIds: assigned[i]!,
      }));
      const appIds = applications.map((a) => a.id);
      const score = fc.record({
        applicationId: fc.constantFrom(...appIds),
        userId: fc.constantFrom(...members),
        // "gone" is a criterion outside the rubric: its scores never count, but the member did score.
        criterionId: fc.constantFrom(...criteria.map((c) => c.id), "gone"),
        value: fc.option(fc.integer({ min: -2, max: 12 }), { nil: null, freq: 6 }),
        notApplicable: fc.integer({ min: 0, max: 5 }).map((x) => x === 0),
      });
      const exclusion = fc.record({ applicationId: fc.constantFrom(...appIds), userId: fc.constantFrom(...members) });
      return fc.record({
        criteria: fc.constant(criteria),
        applications: fc.constant(applications),
        scores: fc.uniqueArray(score, {
          maxLength: 80,
          selector: (x) => `${x.applicationId}/${x.userId}/${x.criterionId}`,
        }),
        exclusions: fc.array(exclusion, { maxLength: 4 }),
      });
    });

  it("on random calls: every figure, rank and order, with N/A, out-of-scale values, conflicts and mixed scales", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        expectSameRanking(rankApplications(input), rankApplicationsPerScore(input));
      }),
      { numRuns: 500 },
    );
  });

  it("whatever order the sums arrive in (PostgreSQL gives no order)", () => {
    fc.assert(
      fc.property(inputArb, fc.integer(), (input, seed) => {
        const sums = aggregateScores(input);
        const shuffle = <T>(xs: T[]) =>
          xs
            .map((x, i) => ({ x, k: (i * 2654435761 + seed) % 1000 }))
            .sort((a, b) => a.k - b.k)
            .map((y) => y.x);
        const shuffled = {
          byApplicationMember: shuffle(sums.byApplicationMember),
          byApplicationCriterion: shuffle(sums.byApplicationCriterion),
          byMember: shuffle(sums.byMember),
        };
        expect(rankFromAggregates({ ...input, aggregates: shuffled })).toEqual(
          rankFromAggregates({ ...input, aggregates: sums }),
        );
      }),
    );
  });

  it("counts a member who scored only N/A as having scored, but not among the scorers", () => {
    const input = {
      criteria,
      applications: apps.slice(0, 1),
      exclusions: [],
      scores: [s("A", "m1", "soc", null, true), s("A", "m2", "soc", 4)],
    };
    const a = rankApplications(input).applications[0]!;
    expect(a.nScores).toBe(1);
    expect(a.missingUserIds).toEqual(["m3"]);
    expect(aggregateScores(input).byApplicationMember).toContainEqual({
      applicationId: "A",
      userId: "m1",
      n: 0,
      sumWeight: 0,
      sumWeighted: 0,
    });
  });
});
