// The city's skeleton, decided before any text is written: committees, calls, and every application's fate
// (status, decision, amount, published or not, scored or not). Pure and deterministic: the same spec gives
// the same plan. The rows (./rows.ts) dress it in text.
import { seededRandom } from "../random";
import { rankingScores, type CitySpec } from "./spec";

export type Outcome = "GRANT" | "PARTIAL_GRANT" | "REFUSAL";
export type CallPlan = {
  id: string;
  committee: number;
  year: number;
  /** Index of the call within its committee's year. */
  k: number;
  status: "PUBLISHED" | "CLOSED" | "DECIDED";
  ranking: boolean;
};
export type AppPlan = {
  n: number;
  call: CallPlan;
  organisation: number;
  status: string;
  requestedKr: number;
  outcome: Outcome | null;
  grantedKr: number;
  published: boolean;
  scored: boolean;
  /** Minutes after the round's deadline it was sent, so lists have a stable order. */
  offset: number;
};
export type CityPlan = {
  spec: CitySpec;
  calls: CallPlan[];
  apps: AppPlan[];
  /** Granted kroner per committee and funds year, for budgets that cover them. */
  grantedByYear: Map<string, number>;
};

export const firstYear = (s: CitySpec) => s.lastYear - s.years + 1;
export const two = (n: number) => String(n + 1).padStart(2, "0");
export const cityId = (kind: string, n: number | string) =>
  `city-${kind}-${typeof n === "number" ? String(n).padStart(6, "0") : n}`;
export const committeeId = (c: number) => `city-committee-${two(c)}`;
export const memberId = (c: number, m: number) => `city-user-${two(c)}-m${m + 1}`;
export const secretariatUserId = (c: number) => `city-user-${two(c)}-s`;
export const poolYearId = (c: number, year: number) => `city-poolyear-${two(c)}-${year}`;
export const criterionId = (c: number, k: number) => `city-criterion-${two(c)}-${k + 1}`;
export const goalId = (c: number, k: number) => `city-goal-${two(c)}-${k + 1}`;
export const rankingCallId = "city-call-ranking";

function planCalls(s: CitySpec): CallPlan[] {
  const calls: CallPlan[] = [];
  for (let c = 0; c < s.committees; c++)
    for (let year = firstYear(s); year <= s.lastYear; year++)
      for (let k = 0; k < s.callsPerYear; k++) {
        const current = year === s.lastYear;
        const open = current && s.callsPerYear > 1 && k === s.callsPerYear - 1;
        const status = open ? "PUBLISHED" : current ? "CLOSED" : "DECIDED";
        calls.push({ id: `city-call-${two(c)}-${year}-${k + 1}`, committee: c, year, k, status, ranking: false });
      }
  return calls;
}

function fate(
  rand: () => number,
  call: CallPlan,
  lastDecidedYear: number,
): Pick<AppPlan, "status" | "outcome" | "requestedKr" | "grantedKr"> {
  const requestedKr = 5_000 + Math.floor(rand() * 96) * 1_000;
  const roll = rand();
  if (call.status === "PUBLISHED")
    return { status: roll < 0.6 ? "SUBMITTED" : "SCREENING", outcome: null, requestedKr, grantedKr: 0 };
  if (roll < 0.03) return { status: "INELIGIBLE", outcome: null, requestedKr, grantedKr: 0 };
  if (roll < 0.05) return { status: "WITHDRAWN", outcome: null, requestedKr, grantedKr: 0 };
  if (call.status === "CLOSED") return { status: "SCORING", outcome: null, requestedKr, grantedKr: 0 };
  if (roll < 0.55) return { status: "DECIDED", outcome: "REFUSAL", requestedKr, grantedKr: 0 };
  const partial = roll > 0.9;
  const grantedKr = partial ? Math.round((requestedKr * (0.5 + rand() * 0.4)) / 500) * 500 : requestedKr;
  // Grants of the last decided year have their letters out; older ones are paid.
  const status = call.year >= lastDecidedYear ? "GRANT_LETTER_SENT" : "PAID";
  return { status, outcome: partial ? "PARTIAL_GRANT" : "GRANT", requestedKr, grantedKr };
}

export function cityPlan(s: CitySpec): CityPlan {
  const rand = seededRandom(s.seed);
  const calls = planCalls(s);
  const ordinary = s.applications - s.rankingApplications;
  const apps: AppPlan[] = [];
  for (let n = 0; n < ordinary; n++) {
    const call = calls[n % calls.length]!;
    const organisation = Math.floor(rand() * s.organisations);
    apps.push({
      n,
      call,
      organisation,
      ...fate(rand, call, s.lastYear - 1),
      published: false,
      scored: false,
      offset: n % 997,
    });
  }
  const ranking: CallPlan = {
    id: rankingCallId,
    committee: 0,
    year: s.lastYear,
    k: s.callsPerYear,
    status: "CLOSED",
    ranking: true,
  };
  calls.push(ranking);
  for (let i = 0; i < s.rankingApplications; i++) {
    const requestedKr = 10_000 + Math.floor(rand() * 41) * 1_000;
    apps.push({
      n: ordinary + i,
      call: ranking,
      organisation: Math.floor(rand() * s.organisations),
      status: "SCORING",
      requestedKr,
      outcome: null,
      grantedKr: 0,
      published: false,
      scored: true,
      offset: i,
    });
  }

  // Published: spread evenly over all granted applications.
  const granted = apps.filter((a) => a.outcome === "GRANT" || a.outcome === "PARTIAL_GRANT");
  const stride = Math.max(1, granted.length / s.published);
  for (let i = 0; i < Math.min(s.published, granted.length); i++) granted[Math.floor(i * stride)]!.published = true;

  // Scored: whole sheets (every member, every criterion), newest rounds first.
  const perApp = s.membersPerCommittee * s.criteria;
  let toScore = Math.floor((s.scores - rankingScores(s)) / perApp);
  const candidates = apps
    .filter((a) => !a.call.ranking && (a.outcome !== null || a.status === "SCORING"))
    .sort((a, b) => b.call.year - a.call.year || a.n - b.n);
  for (const a of candidates) {
    if (toScore-- <= 0) break;
    a.scored = true;
  }

  const grantedByYear = new Map<string, number>();
  for (const a of granted) {
    const key = `${a.call.committee}:${a.call.year}`;
    grantedByYear.set(key, (grantedByYear.get(key) ?? 0) + a.grantedKr);
  }
  return { spec: s, calls, apps, grantedByYear };
}
