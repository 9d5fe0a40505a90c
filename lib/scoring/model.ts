// The ranking of applications from rubric scores. Pure: no Prisma, no Next.
//
// Rules (documented in the README, "Ranking"):
// - A score counts when it has a value, is not "not applicable" (N/A), and
//   its member is not ruled out of that application for conflict of interest.
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

export type Criterion = { id: string; title: string; weight: number; scaleMin: number; scaleMax: number };
export type Score = {
  applicationId: string;
  criterionId: string;
  userId: string;
  value: number | null;
  notApplicable: boolean;
};
export type ApplicationRef = { id: string; reference: string; title: string; assignedUserIds: readonly string[] };
type Exclusion = { applicationId: string; userId: string };

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
export function competitionRanks(scores: readonly (number | null)[]): (number | null)[] {
  return scores.map((s) => (s === null ? null : 1 + scores.filter((o) => o !== null && o > s + EPS).length));
}

export function rankApplications(input: {
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
