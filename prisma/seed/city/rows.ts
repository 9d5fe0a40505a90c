// The city's rows, table by table in the order their foreign keys need, in batches. Pure: no database, no
// clock, no Math.random; the same spec gives the same rows (tests/unit/city-seed.test.ts).
import { seededRandom } from "../random";
import { chunked, type Batch, type Value } from "./batch";
import { caseBatches, roundDates } from "./case-rows";
import {
  cityId,
  cityPlan,
  committeeId,
  criterionId,
  firstYear,
  goalId,
  memberId,
  poolYearId,
  secretariatUserId,
  two,
  type CityPlan,
} from "./plan";
import type { CitySpec } from "./spec";
import { between, organisationName, paragraphs, pick, title } from "./text";

export type { Batch, Value };

const districts = [
  "Nordhavn",
  "Sydvang",
  "Vesterled",
  "Østervang",
  "Kildebakken",
  "Møllehøj",
  "Strandby",
  "Skovlunde Nord",
  "Engparken",
  "Bakkegården",
  "Havnestaden",
  "Lyngby Øst",
];
const slugOf = (s: string) =>
  s
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "oe")
    .replace(/å/g, "aa")
    .replace(/[^a-z0-9]+/g, "-");
export const districtOf = (c: number) => districts[c % districts.length]! + (c >= districts.length ? ` ${c}` : "");
export const committeeSlug = (c: number) => `by-${two(c)}-${slugOf(districtOf(c))}`;
export const secretariatEmail = (c: number) => `sekretariat${two(c)}@by.example.dk`;
export const memberEmail = (c: number, m: number) => `medlem${two(c)}-${m + 1}@by.example.dk`;
const kr = (n: number) => BigInt(n) * 100n;
const at = (s: string) => new Date(s);
const goalTitles = ["Fællesskab", "Tryghed", "Grønne byrum", "Børn og unge", "Kultur og fritid"];
const steps = ["Understøtter ikke", "I ringe grad", "I nogen grad", "I høj grad", "I meget høj grad"];
export const criterionWeights = [20, 20, 15, 15, 15, 15];

function* structure(plan: CityPlan, passwordHash: string): Generator<Batch> {
  const s = plan.spec;
  const cs = [...Array(s.committees).keys()];
  const created = at(`${firstYear(s) - 1}-12-01T09:00:00Z`);
  yield {
    table: "Committee",
    columns: ["id", "slug", "name", "kind", "municipality", "district", "description", "createdAt", "updatedAt"],
    rows: cs.map((c) => [
      committeeId(c),
      committeeSlug(c),
      `${districtOf(c)} Lokaludvalg`,
      "LOKALUDVALG",
      "Storby Kommune",
      districtOf(c),
      `Lokaludvalget for ${districtOf(c)}.`,
      created,
      created,
    ]),
  };
  yield {
    table: "DistrictPlan",
    columns: ["id", "committeeId", "kind", "title", "periodText", "startYear", "endYear"],
    rows: cs.map((c) => [
      `city-plan-${two(c)}`,
      committeeId(c),
      "BYDELSPLAN",
      `Bydelsplan for ${districtOf(c)}`,
      `${firstYear(s)}–${s.lastYear}`,
      firstYear(s),
      s.lastYear,
    ]),
  };
  yield {
    table: "PlanGoal",
    columns: ["id", "planId", "code", "title", "position"],
    rows: cs.flatMap((c) => goalTitles.map((t, k) => [goalId(c, k), `city-plan-${two(c)}`, `M${k + 1}`, t, k])),
  };
  const people = cs.flatMap((c) => [
    [secretariatUserId(c), secretariatEmail(c), `Sekretariat ${districtOf(c)}`, "SECRETARIAT", c],
    ...[...Array(s.membersPerCommittee).keys()].map((m) => [
      memberId(c, m),
      memberEmail(c, m),
      `Medlem ${m + 1} ${districtOf(c)}`,
      "MEMBER",
      c,
    ]),
  ]) as [string, string, string, string, number][];
  yield {
    table: "User",
    columns: ["id", "email", "name", "passwordHash", "createdAt", "updatedAt"],
    rows: people.map(([id, email, name]) => [id, email, name, passwordHash, created, created]),
  };
  yield {
    table: "Membership",
    columns: ["id", "userId", "committeeId", "role", "createdAt"],
    rows: people.map(([id, , , role, c]) => [`${id}-role`, id, committeeId(c), role, created]),
  };
  yield {
    table: "Pool",
    columns: ["id", "committeeId", "name", "advanceSharePct", "accountsDeadlineMonths"],
    rows: cs.map((c) => [`city-pool-${two(c)}`, committeeId(c), `${districtOf(c)} Lokaludvalgs pulje`, null, 2]),
  };
  const years = cs.flatMap((c) =>
    [...Array(s.years).keys()].map((i) => {
      const year = firstYear(s) + i;
      const granted = plan.grantedByYear.get(`${c}:${year}`) ?? 0;
      // The budget covers what was granted, with a margin, in whole 100.000 kr.
      const budget = Math.max(1_000_000, Math.ceil((granted * 1.1) / 100_000) * 100_000);
      return [c, year, budget] as const;
    }),
  );
  yield {
    table: "PoolYear",
    columns: ["id", "poolId", "year", "budgetOre"],
    rows: years.map(([c, year, budget]) => [poolYearId(c, year), `city-pool-${two(c)}`, year, kr(budget)]),
  };
  yield {
    table: "PoolYearBudgetChange",
    columns: ["id", "poolYearId", "budgetOre", "previousOre", "note", "at"],
    rows: years.map(([c, year, budget]) => [
      `${poolYearId(c, year)}-budget`,
      poolYearId(c, year),
      kr(budget),
      null,
      "Budget vedtaget",
      at(`${year - 1}-12-15T12:00:00Z`),
    ]),
  };
  yield {
    table: "Rubric",
    columns: ["id", "committeeId", "name", "createdAt"],
    rows: cs.map((c) => [`city-rubric-${two(c)}`, committeeId(c), "Vurderingssystem", created]),
  };
  const criteria = cs.flatMap((c) => [...Array(s.criteria).keys()].map((k) => [c, k] as const));
  yield {
    table: "RubricCriterion",
    columns: [
      "id",
      "rubricId",
      "planGoalId",
      "position",
      "title",
      "weight",
      "scaleMin",
      "scaleMax",
      "allowNotApplicable",
    ],
    rows: criteria.map(([c, k]) => [
      criterionId(c, k),
      `city-rubric-${two(c)}`,
      k < goalTitles.length ? goalId(c, k) : null,
      k,
      k < goalTitles.length ? goalTitles[k]! : "Gennemførlighed",
      criterionWeights[k % criterionWeights.length]!,
      1,
      5,
      k >= s.criteria - 2,
    ]),
  };
  yield {
    table: "ScaleStep",
    columns: ["id", "criterionId", "value", "label"],
    rows: criteria.flatMap(([c, k]) =>
      steps.map((label, v) => [`${criterionId(c, k)}-${v + 1}`, criterionId(c, k), v + 1, label]),
    ),
  };
  yield* chunked(
    "Call",
    [
      "id",
      "committeeId",
      "poolId",
      "rubricId",
      "slug",
      "title",
      "description",
      "amountAvailableOre",
      "minGrantOre",
      "maxGrantOre",
      "opensAt",
      "deadline",
      "decidedBy",
      "blindScoring",
      "status",
      "publishedAt",
      "createdAt",
      "updatedAt",
    ],
    plan.calls.map((call) => {
      const round = roundDates(call);
      const opens = round.opens;
      // The open round's deadline lies ahead.
      const deadline = call.status === "PUBLISHED" ? at(`${call.year + 1}-02-01T22:59:00Z`) : round.deadline;
      const name = call.ranking ? "Den store vurderingsrunde" : `Puljerunde ${call.k + 1}`;
      return [
        call.id,
        committeeId(call.committee),
        `city-pool-${two(call.committee)}`,
        `city-rubric-${two(call.committee)}`,
        `${committeeSlug(call.committee)}-${call.year}-${call.ranking ? "vurdering" : call.k + 1}`,
        `${districtOf(call.committee)}: ${name} ${call.year}`,
        "Støtte til lokale initiativer, der skaber fællesskab og livskvalitet i bydelen.",
        kr(1_000_000),
        kr(5_000),
        kr(100_000),
        opens,
        deadline,
        "PLENARY",
        true,
        call.status,
        opens,
        opens,
        opens,
      ];
    }),
    5_000,
  );
}

function* organisations(s: CitySpec): Generator<Value[]> {
  const rand = seededRandom(s.seed + 1);
  for (let i = 0; i < s.organisations; i++) {
    const name = organisationName(rand);
    yield [cityId("org", i), `${name} ${i + 1}`, String(30_000_000 + i), "ASSOCIATION", `Bygade ${1 + (i % 200)}`];
  }
}

const projectKinds = ["INTERNAL", "INTERNAL", "PROJECT_CARD", "PROGRAMME", "EXTERNAL"];
const projectStatuses = [
  "IDEA",
  "DRAFT",
  "RECOMMENDED",
  "APPROVED",
  "RUNNING",
  "RUNNING",
  "HELD",
  "EVALUATED",
  "CLOSED",
];

function* projects(s: CitySpec): Generator<Value[]> {
  const rand = seededRandom(s.seed + 2);
  for (let i = 0; i < s.projects; i++) {
    const c = i % s.committees;
    const year = firstYear(s) + Math.floor(rand() * s.years);
    const updated = at(`${year}-${String(between(rand, 1, 12)).padStart(2, "0")}-15T10:00:00Z`);
    updated.setUTCMinutes(i % 1440);
    yield [
      cityId("project", i),
      committeeId(c),
      pick(rand, projectKinds),
      `city-projekt-${String(i + 1).padStart(6, "0")}`,
      title(rand),
      pick(rand, projectStatuses),
      `${year}–${year + 1}`,
      at(`${year}-03-01T00:00:00Z`),
      at(`${year + 1}-02-28T00:00:00Z`),
      paragraphs(rand, 200, 800),
      paragraphs(rand, 500, 3000),
      updated,
      updated,
    ];
  }
}

/** Every row of the city, in batches of at most `size` rows (fewer for tables of long texts). */
export function* cityBatches(spec: CitySpec, passwordHash: string, size = 10_000): Generator<Batch> {
  const plan = cityPlan(spec);
  yield* structure(plan, passwordHash);
  yield* chunked("Organisation", ["id", "name", "cvr", "kind", "address"], organisations(spec), size);
  yield* chunked(
    "Project",
    [
      "id",
      "committeeId",
      "kind",
      "slug",
      "title",
      "status",
      "periodText",
      "startDate",
      "endDate",
      "purpose",
      "description",
      "createdAt",
      "updatedAt",
    ],
    projects(spec),
    Math.min(size, 5_000),
  );
  yield* caseBatches(plan, size);
}
