// The ranking of applications from rubric scores. Pure: no Prisma, no Next.
//
// Rules (documented in the README, "Ranking"):
// - A score counts when it has a value inside its criterion's scale, is not "not applicable" (N/A), and its
//   member is not ruled out of that application for conflict of interest.
// - An application's weighted score is the weighted mean over every score
//   that counts: Σ(weight × value) / Σ(weight). N/A and missing scores are
//   left out of both sums, never counted as zero.
// - Values are compared on each criterion's own scale: when all criteria share
//   one scale the score is shown on it (e.g. 1–5); otherwise every value is
//   first mapped to 0–100.
// - n_scores is the number of members whose scores count for the application.
// - Ranks are competition ranks: equal weighted scores (to 1e-9) share a rank
//   and the next rank is skipped (1, 2, 2, 4). Applications with no counting
//   score get no rank and are listed last. Among equals, the listing order is
//   more scores first, then reference.
//
// Two steps, so that PostgreSQL can do the first: the counting scores are summed per (application, member),
// per (application, criterion) and per member (`ScoreAggregates`: lib/scoring/aggregates.ts in SQL,
// `aggregateScores` below in TypeScript), and `rankFromAggregates` ranks from those sums alone. Every figure of
// the ranking follows from them: a member's own mean is Σ(w·v)/Σw of their group; the per-member z-score
// normalisation Σ w·(v − mean)/sd over a group is (Σ(w·v) − mean·Σw)/sd.

export type Criterion = { id: string; title: string; weight: number; scaleMin: number; scaleMax: number };
export type Score = {
  applicationId: string;
  criterionId: string;
  userId: string;
  value: number | null;
  notApplicable: boolean;
};
export type ApplicationRef = { id: string; reference: string; title: string; assignedUserIds: readonly string[] };
export type Exclusion = { applicationId: string; userId: string };

/**
 * The sums the ranking needs, over the scores of members not ruled out of their application. `v` is a counting
 * value on the shown scale (`toShownScale`), `w` its criterion's weight.
 */
export type ScoreAggregates = {
  /** Every (application, member) with at least one score row, counting or not: n = 0 means "scored, none count". */
  byApplicationMember: { applicationId: string; userId: string; n: number; sumWeight: number; sumWeighted: number }[];
  /** Σv and n per (application, criterion); criteria without a counting score may be left out. */
  byApplicationCriterion: { applicationId: string; criterionId: string; n: number; sum: number }[];
  /** Each member's counting values across the whole ranking: their mean and population standard deviation. */
  byMember: { userId: string; n: number; mean: number; sd: number }[];
};

type CriterionSummary = { criterionId: string; mean: number | null; n: number };

export type RankedApplication = {
  applicationId: string;
  reference: string;
  title: string;
  rank: number | null;
  weightedScore: number | null;
  nScores: number;
  /** Per member: their own weighted mean for this application. */
  memberScores: { userId: string; score: number }[];
  spread: { min: number; max: number; sd: number } | null;
  perCriterion: CriterionSummary[];
  /** Assigned, not ruled out, and no score yet. */
  missingUserIds: string[];
  normalizedScore: number | null;
  normalizedRank: number | null;
};

export type Ranking = { scale: { min: number; max: number }; commonScale: boolean; applications: RankedApplication[] };

const EPS = 1e-9;
// One collator for the whole sort: localeCompare(…, "da") builds one per comparison.
const danish = new Intl.Collator("da");
const key = (applicationId: string, userId: string) => `${applicationId}\u0000${userId}`;

/** The scale every criterion shares, or null when they differ (then values are shown on 0–100). */
export function sharedScale(criteria: readonly Criterion[]): { min: number; max: number } | null {
  const first = criteria[0];
  if (!first) return null;
  return criteria.every((c) => c.scaleMin === first.scaleMin && c.scaleMax === first.scaleMax)
    ? { min: first.scaleMin, max: first.scaleMax }
    : null;
}

/**
 * A score's value as it counts: null unless it counts (a value, not N/A, inside the criterion's scale), else on the
 * shown scale. The SQL in lib/scoring/aggregates.ts writes the same rule out; an integration test holds them equal.
 */
export function toShownScale(
  c: Pick<Criterion, "scaleMin" | "scaleMax">,
  commonScale: boolean,
  s: Pick<Score, "value" | "notApplicable">,
): number | null {
  if (s.notApplicable || s.value === null || s.value < c.scaleMin || s.value > c.scaleMax) return null;
  if (commonScale) return s.value;
  return c.scaleMax === c.scaleMin ? 0 : ((s.value - c.scaleMin) / (c.scaleMax - c.scaleMin)) * 100;
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
export function competitionRanks(scores: readonly (number | null)[]): (number | null)[] {
  return scores.map((s) => (s === null ? null : 1 + scores.filter((o) => o !== null && o > s + EPS).length));
}

/** The sums of `ScoreAggregates` in TypeScript, from the score rows: what the SQL computes, for tests and tools. */
export function aggregateScores(input: {
  criteria: readonly Criterion[];
  scores: readonly Score[];
  exclusions: readonly Exclusion[];
}): ScoreAggregates {
  const common = sharedScale(input.criteria) !== null;
  const criterion = new Map(input.criteria.map((c) => [c.id, c]));
  const excluded = new Set(input.exclusions.map((e) => key(e.applicationId, e.userId)));
  const rows = input.scores
    .filter((s) => !excluded.has(key(s.applicationId, s.userId)))
    .map((s) => {
      const c = criterion.get(s.criterionId);
      return { ...s, weight: c?.weight ?? 0, v: c ? toShownScale(c, common, s) : null };
    });
  const counting = rows.filter((r): r is typeof r & { v: number } => r.v !== null);

  const byApplicationMember = [...groupBy(rows, (r) => key(r.applicationId, r.userId)).values()].map((group) => {
    const mine = group.filter((r) => r.v !== null);
    return {
      applicationId: group[0]!.applicationId,
      userId: group[0]!.userId,
      n: mine.length,
      sumWeight: mine.reduce((a, r) => a + r.weight, 0),
      sumWeighted: mine.reduce((a, r) => a + r.weight * r.v!, 0),
    };
  });
  const byApplicationCriterion = [...groupBy(counting, (r) => key(r.applicationId, r.criterionId)).values()].map(
    (group) => ({
      applicationId: group[0]!.applicationId,
      criterionId: group[0]!.criterionId,
      n: group.length,
      sum: group.reduce((a, r) => a + r.v, 0),
    }),
  );
  const byMember = [...groupBy(counting, (r) => r.userId)].map(([userId, group]) => {
    const values = group.map((r) => r.v);
    return { userId, n: values.length, mean: values.reduce((a, b) => a + b, 0) / values.length, sd: sd(values) };
  });
  return { byApplicationMember, byApplicationCriterion, byMember };
}

/** The ranking from the sums alone (see the rules at the top). */
export function rankFromAggregates(input: {
  criteria: readonly Criterion[];
  applications: readonly ApplicationRef[];
  exclusions: readonly Exclusion[];
  aggregates: ScoreAggregates;
}): Ranking {
  const common = sharedScale(input.criteria);
  const scale = common ?? { min: 0, max: 100 };
  const excluded = new Set(input.exclusions.map((e) => key(e.applicationId, e.userId)));
  const { byApplicationMember, byApplicationCriterion, byMember } = input.aggregates;
  const memberStats = new Map(byMember.map((m) => [m.userId, m]));
  const membersByApp = groupBy(byApplicationMember, (g) => g.applicationId);
  const criterionSums = new Map(byApplicationCriterion.map((g) => [key(g.applicationId, g.criterionId), g]));

  const rows = input.applications.map((app) => {
    const groups = membersByApp.get(app.id) ?? [];
    const counting = groups
      .filter((g) => g.n > 0 && g.sumWeight > 0)
      .sort((a, b) => (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0));
    const memberScores = counting.map((g) => ({ userId: g.userId, score: g.sumWeighted / g.sumWeight }));
    const perMember = memberScores.map((m) => m.score);
    const sumWeight = counting.reduce((a, g) => a + g.sumWeight, 0);
    // Σ w·z over a member's group, z = (v − mean)/sd, is (Σ(w·v) − mean·Σw)/sd; a member whose values never vary
    // has z = 0 everywhere.
    const sumWeightedZ = counting.reduce((a, g) => {
      const st = memberStats.get(g.userId);
      return st && st.sd > EPS ? a + (g.sumWeighted - st.mean * g.sumWeight) / st.sd : a;
    }, 0);
    const perCriterion = input.criteria.map((c) => {
      const g = criterionSums.get(key(app.id, c.id));
      return g && g.n > 0 ? { criterionId: c.id, mean: g.sum / g.n, n: g.n } : { criterionId: c.id, mean: null, n: 0 };
    });
    const scoredBy = new Set(groups.map((g) => g.userId));
    const missingUserIds = app.assignedUserIds.filter((u) => !excluded.has(key(app.id, u)) && !scoredBy.has(u));
    return {
      applicationId: app.id,
      reference: app.reference,
      title: app.title,
      weightedScore: sumWeight > 0 ? counting.reduce((a, g) => a + g.sumWeighted, 0) / sumWeight : null,
      normalizedScore: sumWeight > 0 ? sumWeightedZ / sumWeight : null,
      nScores: counting.length,
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

/** The ranking straight from score rows: the TypeScript sums, then the same ranking. */
export function rankApplications(input: {
  criteria: readonly Criterion[];
  applications: readonly ApplicationRef[];
  scores: readonly Score[];
  exclusions: readonly Exclusion[];
}): Ranking {
  return rankFromAggregates({ ...input, aggregates: aggregateScores(input) });
}
