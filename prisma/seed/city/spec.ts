// How big the city is. Factor 1 is the city of issue 16; a small factor (0.01) keeps the same shape for tests:
// the structure (committees, funds years, members, criteria) stays, the volumes scale.

export type CitySpec = {
  seed: number;
  committees: number;
  /** Funds years per pool, ending with `lastYear`. */
  years: number;
  lastYear: number;
  membersPerCommittee: number;
  criteria: number;
  callsPerYear: number;
  projects: number;
  /** All applications, the ranking call's included. */
  applications: number;
  /** All scores, the ranking call's included (approximately: whole sheets of `criteria` scores). */
  scores: number;
  published: number;
  organisations: number;
  /** The call built for the ranking benchmark: this many applications, each scored by every member. */
  rankingApplications: number;
};

export function citySpec(factor = 1, seed = 20261201): CitySpec {
  if (!(factor > 0 && factor <= 1)) throw new Error(`The factor must be above 0 and at most 1 (got ${factor}).`);
  const n = (full: number, min = 1) => Math.max(min, Math.round(full * factor));
  return {
    seed,
    committees: 12,
    years: 10,
    lastYear: 2026,
    membersPerCommittee: 9,
    criteria: 6,
    callsPerYear: factor >= 0.1 ? 4 : 1,
    projects: n(20_000),
    applications: n(100_000, 100),
    scores: n(1_000_000, 1_000),
    published: n(5_000, 10),
    organisations: n(25_000, 25),
    rankingApplications: n(500, 5),
  };
}

/** The scores of the ranking call: every member scores every criterion of every application. */
export const rankingScores = (s: CitySpec) => s.rankingApplications * s.membersPerCommittee * s.criteria;
