// The ranking as it was computed before PostgreSQL did the sums (lib/scoring/model.ts until December 2026): straight
// from every score, one by one. Kept here only as the oracle of the property test in ranking.test.ts and of the
// integration test in tests/integration/ranking-sql.test.ts: the aggregate path must give what this gives.
import { expect } from "vitest";
import type { ApplicationRef, Criterion, Ranking, RankedApplication, Score } from "@/lib/scoring/model";

type Exclusion = { applicationId: string; userId: string };

const EPS = 1e-9;
// One collator for the whole sort: localeCompare(…, "da") builds one per comparison.
const danish = new Intl.Collator("da");
const key = (applicationId: string, userId: string) => `${applicationId}\u0000${userId}`;

function sharedScale(criteria: readonly Criterion[]): { min: number; max: number } | null {
  const first = criteria[0];
  if (!first) return null;
  return criteria.every((c) => c.scaleMin === first.scaleMin && c.scaleMax === first.scaleMax)
    ? { min: first.scaleMin, max: first.scaleMax }
    : null;
}

function weightedMean(items: readonly { weight: number; value: number }[]): number | null {
  let num = 0;
  let den = 0;
  for (const i of items) {
    num += i.weight * i.value;
    den += i.weight;
  }
  return den > 0 ? num / den : null;
}

function sd(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  return Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length);
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(keyOf(item));
    if (group) group.push(item);
    else groups.set(keyOf(item), [item]);
  }
  return groups;
}

/** Competition ranks over the given scores (higher is better); null scores get null. */
function competitionRanks(scores: readonly (number | null)[]): (number | null)[] {
  return scores.map((s) => (s === null ? null : 1 + scores.filter((o) => o !== null && o > s + EPS).length));
}

export function rankApplicationsPerScore(input: {
  criteria: readonly Criterion[];
  applications: readonly ApplicationRef[];
  scores: readonly Score[];
  exclusions: readonly Exclusion[];
}): Ranking {
  const common = sharedScale(input.criteria);
  const scale = common ?? { min: 0, max: 100 };
  const criterion = new Map(input.criteria.map((c) => [c.id, c]));
  const excluded = new Set(input.exclusions.map((e) => key(e.applicationId, e.userId)));
  const toScale = (c: Criterion, v: number) =>
    common ? v : c.scaleMax === c.scaleMin ? 0 : ((v - c.scaleMin) / (c.scaleMax - c.scaleMin)) * 100;

  // The scores that count, on the shown scale.
  const counting = input.scores.flatMap((s) => {
    const c = criterion.get(s.criterionId);
    if (!c || s.notApplicable || s.value === null || excluded.has(key(s.applicationId, s.userId))) return [];
    if (s.value < c.scaleMin || s.value > c.scaleMax) return [];
    return [{ ...s, value: toScale(c, s.value), weight: c.weight }];
  });

  // Per-member normalisation: each member's values as z-scores against their own mean and spread.
  const byMember = new Map<string, number[]>();
  for (const s of counting) {
    const values = byMember.get(s.userId);
    if (values) values.push(s.value);
    else byMember.set(s.userId, [s.value]);
  }
  const memberStats = new Map(
    [...byMember].map(([u, vs]) => [u, { mean: vs.reduce((a, b) => a + b, 0) / vs.length, sd: sd(vs) }]),
  );
  const z = (userId: string, v: number) => {
    const st = memberStats.get(userId)!;
    return st.sd > EPS ? (v - st.mean) / st.sd : 0;
  };

  // Grouped once by application: a call of 500 applications × 9 members × 6 criteria is 27.000 scores, and
  // filtering them all again for every application took seconds.
  const countingByApp = groupBy(counting, (s) => s.applicationId);
  const scorersByApp = new Map<string, Set<string>>();
  for (const s of input.scores) {
    const set = scorersByApp.get(s.applicationId);
    if (set) set.add(s.userId);
    else scorersByApp.set(s.applicationId, new Set([s.userId]));
  }

  const rows = input.applications.map((app) => {
    const mine = countingByApp.get(app.id) ?? [];
    const members = [...new Set(mine.map((s) => s.userId))].sort();
    const memberScores = members.map((userId) => ({
      userId,
      score: weightedMean(mine.filter((s) => s.userId === userId))!,
    }));
    const perMember = memberScores.map((m) => m.score);
    const perCriterion = input.criteria.map((c) => {
      const vs = mine.filter((s) => s.criterionId === c.id).map((s) => s.value);
      return { criterionId: c.id, mean: vs.length ? vs.reduce((a, b) => a + b, 0) / vs.length : null, n: vs.length };
    });
    const scoredBy = scorersByApp.get(app.id) ?? new Set<string>();
    const missingUserIds = app.assignedUserIds.filter((u) => !excluded.has(key(app.id, u)) && !scoredBy.has(u));
    return {
      applicationId: app.id,
      reference: app.reference,
      title: app.title,
      weightedScore: weightedMean(mine),
      normalizedScore: weightedMean(mine.map((s) => ({ weight: s.weight, value: z(s.userId, s.value) }))),
      nScores: members.length,
      memberScores,
      spread: perMember.length ? { min: Math.min(...perMember), max: Math.max(...perMember), sd: sd(perMember) } : null,
      perCriterion,
      missingUserIds,
    };
  });

  const ranks = competitionRanks(rows.map((r) => r.weightedScore));
  const normalizedRanks = competitionRanks(rows.map((r) => r.normalizedScore));
  const applications: RankedApplication[] = rows.map((r, i) => ({
    ...r,
    rank: ranks[i] ?? null,
    normalizedRank: normalizedRanks[i] ?? null,
  }));
  applications.sort(
    (a, b) =>
      (a.rank ?? Infinity) - (b.rank ?? Infinity) || b.nScores - a.nScores || danish.compare(a.reference, b.reference),
  );
  return { scale, commonScale: common !== null, applications };
}

/** Deep equality with numbers equal to 1e-9 (relative): sums added up in another order differ in the last bits. */
export function expectSameRanking(actual: unknown, expected: unknown, path = "ranking"): void {
  if (typeof actual === "number" && typeof expected === "number") {
    const tolerance = 1e-9 * Math.max(1, Math.abs(actual), Math.abs(expected));
    if (!(Math.abs(actual - expected) <= tolerance)) expect.fail(`${path}: ${actual} ≠ ${expected}`);
  } else if (Array.isArray(actual) && Array.isArray(expected)) {
    expect(actual.length, `${path}.length`).toBe(expected.length);
    actual.forEach((x, i) => expectSameRanking(x, expected[i], `${path}[${i}]`));
  } else if (actual && expected && typeof actual === "object" && typeof expected === "object") {
    expect(Object.keys(actual).sort(), `${path} keys`).toEqual(Object.keys(expected).sort());
    for (const k of Object.keys(expected))
      expectSameRanking(
        (actual as Record<string, unknown>)[k],
        (expected as Record<string, unknown>)[k],
        `${path}.${k}`,
      );
  } else expect(actual, path).toEqual(expected);
}
