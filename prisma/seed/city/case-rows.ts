// The applications and what hangs on them: goals, decisions with their funds years, grant letters, payments,
// assignments, score sheets, scores and a few ruled conflicts. Pure, like ./rows.ts.
import { seededRandom } from "../random";
import {
  cityId,
  criterionId,
  goalId,
  memberId,
  poolYearId,
  rankingCallId,
  secretariatUserId,
  two,
  type AppPlan,
  type CallPlan,
  type CityPlan,
} from "./plan";
import { chunked, type Batch, type Value } from "./batch";
import { paragraphs, personName, title } from "./text";

const day = 24 * 60 * 60 * 1000;
const kr = (n: number) => BigInt(n) * 100n;

/** The round's dates: four rounds a year, each with its deadline and the meeting that decides it. */
export function roundDates(call: CallPlan) {
  const month = String(2 + (call.k % 4) * 3).padStart(2, "0");
  const next = String(3 + (call.k % 4) * 3).padStart(2, "0");
  return {
    opens: new Date(`${call.year}-${month}-01T08:00:00Z`),
    deadline: new Date(`${call.year}-${month}-28T22:59:00Z`),
    decided: new Date(`${call.year}-${next}-15T18:00:00Z`),
  };
}

export const applicationId = (a: Pick<AppPlan, "n">) => cityId("app", a.n);
const decisionId = (a: AppPlan) => cityId("decision", a.n);
const granted = (a: AppPlan) => a.outcome === "GRANT" || a.outcome === "PARTIAL_GRANT";
const plus = (d: Date, ms: number) => new Date(d.getTime() + ms);

/**
 * The ranking call's last ten applications, left unsubmitted by its last member (scored, as drafts): the
 * benchmark saves score sheets there, one sheet per connection, as ten members would save their own.
 */
export function benchScoreTargets(plan: CityPlan) {
  const ranking = plan.apps.filter((a) => a.call.ranking);
  return {
    callId: rankingCallId,
    applicationIds: ranking.slice(-Math.min(10, ranking.length)).map(applicationId),
    userId: memberId(0, plan.spec.membersPerCommittee - 1),
  };
}

function* applications(plan: CityPlan): Generator<Value[]> {
  const rand = seededRandom(plan.spec.seed + 3);
  for (const a of plan.apps) {
    const { deadline, decided } = roundDates(a.call);
    const sent = plus(deadline, -(1 + (a.offset % 20)) * day + a.offset * 60_000);
    const appTitle = title(rand);
    const description = paragraphs(rand, 500, 3000);
    const summary = a.published ? paragraphs(rand, 150, 400) : "";
    const published = a.published ? plus(decided, 20 * day + a.offset * 60_000) : null;
    yield [
      applicationId(a),
      a.call.id,
      cityId("org", a.organisation),
      `BY${two(a.call.committee)}-${a.call.year}-${String(a.n + 1).padStart(6, "0")}`,
      personName(rand),
      `ansoeger-${a.n + 1}@example.dk`,
      `+45 40 ${String(a.n % 1_000_000).padStart(6, "0")}`,
      appTitle,
      description,
      "Beboere i bydelen",
      `${a.call.year}`,
      kr(a.requestedKr),
      a.status,
      a.status === "INELIGIBLE" ? false : a.status === "SUBMITTED" ? null : true,
      a.status === "INELIGIBLE" ? "Ansøgningen ligger uden for puljens formål." : null,
      sent,
      a.status === "WITHDRAWN" ? plus(sent, 5 * day) : null,
      published,
      summary,
      new Date(`${a.call.year + 5}-12-31T00:00:00Z`),
      sent,
      published ?? sent,
    ];
  }
}

const applicationColumns = [
  "id",
  "callId",
  "organisationId",
  "reference",
  "contactName",
  "contactEmail",
  "contactPhone",
  "title",
  "description",
  "targetGroup",
  "periodText",
  "requestedOre",
  "status",
  "eligible",
  "eligibilityReason",
  "submittedAt",
  "withdrawnAt",
  "publishedAt",
  "publicSummary",
  "retainUntil",
  "createdAt",
  "updatedAt",
];

function* goals(plan: CityPlan): Generator<Value[]> {
  for (const a of plan.apps) {
    const first = a.n % 5;
    yield [applicationId(a), goalId(a.call.committee, first)];
    if (a.n % 3 === 0) yield [applicationId(a), goalId(a.call.committee, (first + 2) % 5)];
  }
}

function* decisions(plan: CityPlan): Generator<Value[]> {
  for (const a of plan.apps) {
    if (!a.outcome) continue;
    const { decided } = roundDates(a.call);
    yield [
      decisionId(a),
      applicationId(a),
      "PLENARY",
      a.outcome,
      granted(a) ? kr(a.grantedKr) : null,
      a.call.year,
      granted(a) ? "Ansøgningen opfylder puljens formål." : "Andre ansøgninger opfyldte bedre puljens formål.",
      decided,
      secretariatUserId(a.call.committee),
      decided,
    ];
  }
}

function* decisionYears(plan: CityPlan): Generator<Value[]> {
  for (const a of plan.apps)
    if (granted(a))
      yield [
        `${decisionId(a)}-y`,
        decisionId(a),
        poolYearId(a.call.committee, a.call.year),
        a.call.year,
        kr(a.grantedKr),
      ];
}

function* letters(plan: CityPlan): Generator<Value[]> {
  for (const a of plan.apps) {
    if (!granted(a)) continue;
    const { decided } = roundDates(a.call);
    const paid = a.status === "PAID";
    yield [
      `${decisionId(a)}-letter`,
      decisionId(a),
      `Lokaludvalget har bevilget ${a.grantedKr} kr. til ansøgningen.`,
      plus(decided, 180 * day),
      plus(decided, 5 * day),
      paid ? plus(decided, 9 * day) : null,
      paid ? "Kontaktpersonen" : null,
      plus(decided, 5 * day),
    ];
  }
}

function* payments(plan: CityPlan): Generator<Value[]> {
  for (const a of plan.apps) {
    if (a.status !== "PAID") continue;
    const { decided } = roundDates(a.call);
    yield [
      `${decisionId(a)}-final`,
      decisionId(a),
      poolYearId(a.call.committee, a.call.year),
      "FINAL",
      kr(a.grantedKr),
      plus(decided, 200 * day),
      `UDB-${a.call.year}-${a.n + 1}`,
      secretariatUserId(a.call.committee),
      `${decisionId(a)}:FINAL`,
      plus(decided, 200 * day),
    ];
  }
}

/** Every member of the committee is assigned to every scored application and has a sheet for it. */
function* sheets(plan: CityPlan, assignmentsOnly: boolean): Generator<Value[]> {
  const target = benchScoreTargets(plan);
  const drafts = new Set(target.applicationIds);
  for (const a of plan.apps) {
    if (!a.scored) continue;
    const { deadline } = roundDates(a.call);
    for (let m = 0; m < plan.spec.membersPerCommittee; m++) {
      const user = memberId(a.call.committee, m);
      if (assignmentsOnly) yield [applicationId(a), user, deadline];
      else {
        const draft = drafts.has(applicationId(a)) && user === target.userId;
        yield [applicationId(a), user, draft ? null : plus(deadline, (10 + m) * day)];
      }
    }
  }
}

function* scores(plan: CityPlan): Generator<Value[]> {
  const s = plan.spec;
  const rand = seededRandom(s.seed + 4);
  for (const a of plan.apps) {
    if (!a.scored) continue;
    const { deadline } = roundDates(a.call);
    const quality = 1 + ((a.n * 7 + 3) % 5);
    for (let m = 0; m < s.membersPerCommittee; m++) {
      const when = plus(deadline, (3 + m) * day + a.offset * 1000);
      for (let k = 0; k < s.criteria; k++) {
        const na = k >= s.criteria - 2 && rand() < 0.08;
        const noise = Math.round((rand() - 0.5) * 2) - (m === 1 ? 1 : 0);
        const value = na ? null : Math.min(5, Math.max(1, quality + noise));
        const comment = k === 0 && rand() < 0.05 ? "Godt forankret i lokalområdet." : "";
        yield [
          `c-${a.n}-${m}-${k}`,
          applicationId(a),
          criterionId(a.call.committee, k),
          memberId(a.call.committee, m),
          value,
          na,
          comment,
          when,
          when,
        ];
      }
    }
  }
}

/** A few ruled conflicts: two in the ranking call, one in every 2.000 other scored applications. */
function* conflicts(plan: CityPlan): Generator<Value[]> {
  let scored = 0;
  let ranked = 0;
  for (const a of plan.apps) {
    if (!a.scored) continue;
    const inRanking = a.call.ranking;
    const pickIt = inRanking ? ++ranked === 10 || ranked === 20 : ++scored % 2000 === 1000;
    if (!pickIt) continue;
    const { deadline } = roundDates(a.call);
    const m = a.n % plan.spec.membersPerCommittee;
    yield [
      `${applicationId(a)}-conflict`,
      applicationId(a),
      memberId(a.call.committee, m),
      "LEADING_ROLE",
      "Jeg sidder i bestyrelsen for den ansøgende forening.",
      memberId(a.call.committee, m),
      plus(deadline, day),
      true,
      "Medlemmet sidder i ansøgerens bestyrelse og er inhabilt efter forvaltningslovens § 3, stk. 1, nr. 3.",
      secretariatUserId(a.call.committee),
      plus(deadline, 2 * day),
    ];
  }
}

export function* caseBatches(plan: CityPlan, size: number): Generator<Batch> {
  const tables: [string, readonly string[], Iterable<Value[]>, number][] = [
    ["Application", applicationColumns, applications(plan), Math.min(size, 5_000)],
    ["ApplicationPlanGoal", ["applicationId", "planGoalId"], goals(plan), size],
    [
      "Decision",
      [
        "id",
        "applicationId",
        "decidingBody",
        "outcome",
        "amountOre",
        "fundsYear",
        "reasons",
        "decidedOn",
        "recordedById",
        "createdAt",
      ],
      decisions(plan),
      size,
    ],
    ["DecisionYear", ["id", "decisionId", "poolYearId", "year", "amountOre"], decisionYears(plan), size],
    [
      "GrantLetter",
      ["id", "decisionId", "body", "accountsDueOn", "sentAt", "acceptedAt", "acceptedName", "createdAt"],
      letters(plan),
      size,
    ],
    [
      "Payment",
      [
        "id",
        "decisionId",
        "poolYearId",
        "kind",
        "amountOre",
        "paidOn",
        "reference",
        "approvedById",
        "slot",
        "createdAt",
      ],
      payments(plan),
      size,
    ],
    ["ReviewAssignment", ["applicationId", "userId", "createdAt"], sheets(plan, true), size],
    ["ScoreSheet", ["applicationId", "userId", "submittedAt"], sheets(plan, false), size],
    [
      "Score",
      ["id", "applicationId", "criterionId", "userId", "value", "notApplicable", "comment", "createdAt", "updatedAt"],
      scores(plan),
      size,
    ],
    [
      "ConflictDeclaration",
      [
        "id",
        "applicationId",
        "userId",
        "ground",
        "description",
        "declaredById",
        "declaredAt",
        "excluded",
        "rulingReason",
        "ruledById",
        "ruledAt",
      ],
      conflicts(plan),
      size,
    ],
  ];
  for (const [table, columns, rows, n] of tables) yield* chunked(table, columns, rows, n);
}
