import "server-only";
import type { Reader } from "@/lib/db";
import type { Criterion, ScoreAggregates } from "./model";

// The sums of the ranking (`ScoreAggregates`, lib/scoring/model.ts), added up by PostgreSQL in one statement: a call
// of 500 applications × 9 members × 6 criteria sends 4.500 + 3.000 + 9 rows instead of its 27.000 scores. No actor
// here: getCallRanking (queries.ts) decides which applications the actor may see and passes their ids.
//
// The rules, as `toShownScale` and `aggregateScores` write them in TypeScript (an integration test holds the two
// equal on real rows):
// - a member ruled out of an application (an excluded conflict declaration) gives it nothing: the WHERE clause;
// - a value counts when it is not N/A, not null, inside its criterion's scale, and the criterion is the rubric's;
// - on the shown scale: the value itself when the criteria share one scale, else mapped to 0–100 (0 when the
//   criterion's scale is a single point).

type Row = {
  level: "member" | "application-member" | "application-criterion";
  applicationId: string | null;
  userId: string | null;
  criterionId: string | null;
  n: number;
  sum: number | null;
  sumWeight: number | null;
  sumWeighted: number | null;
  mean: number | null;
  sd: number | null;
};

/** The ranking's sums over the given applications' scores, on the criteria given (the call's rubric). */
export async function scoreAggregates(
  reader: Reader,
  applicationIds: readonly string[],
  criteria: readonly Criterion[],
  commonScale: boolean,
): Promise<ScoreAggregates> {
  const empty: ScoreAggregates = { byApplicationMember: [], byApplicationCriterion: [], byMember: [] };
  if (applicationIds.length === 0) return empty;
  const ids = [...applicationIds];
  const criterionIds = criteria.map((c) => c.id);
  const rows = await reader.$queryRaw<Row[]>`
    WITH scored AS (
      SELECT s."applicationId", s."userId", s."criterionId", c."weight",
             CASE
               WHEN s."notApplicable" OR s."value" IS NULL OR NOT (c."id" = ANY(${criterionIds}::text[]))
                 OR s."value" < c."scaleMin" OR s."value" > c."scaleMax" THEN NULL
               WHEN ${commonScale}::boolean THEN s."value"::float8
               WHEN c."scaleMax" = c."scaleMin" THEN 0::float8
               ELSE (s."value" - c."scaleMin")::float8 / (c."scaleMax" - c."scaleMin")::float8 * 100
             END AS v
      FROM "Score" s
      JOIN "RubricCriterion" c ON c."id" = s."criterionId"
      WHERE s."applicationId" = ANY(${ids}::text[])
        AND NOT EXISTS (
          SELECT 1 FROM "ConflictDeclaration" d
          WHERE d."applicationId" = s."applicationId" AND d."userId" = s."userId" AND d."excluded"
        )
    )
    SELECT CASE
             WHEN GROUPING("applicationId") = 1 THEN 'member'
             WHEN GROUPING("criterionId") = 1 THEN 'application-member'
             ELSE 'application-criterion'
           END AS "level",
           "applicationId", "userId", "criterionId",
           COUNT(v)::int AS "n",
           SUM(v) AS "sum",
           (SUM("weight") FILTER (WHERE v IS NOT NULL))::float8 AS "sumWeight",
           SUM("weight" * v) AS "sumWeighted",
           AVG(v) AS "mean",
           STDDEV_POP(v) AS "sd"
    FROM scored
    GROUP BY GROUPING SETS (("applicationId", "userId"), ("applicationId", "criterionId"), ("userId"))`;
  const aggregates = empty;
  for (const r of rows) {
    if (r.level === "application-member")
      aggregates.byApplicationMember.push({
        applicationId: r.applicationId!,
        userId: r.userId!,
        n: r.n,
        sumWeight: r.sumWeight ?? 0,
        sumWeighted: r.sumWeighted ?? 0,
      });
    else if (r.level === "application-criterion" && r.n > 0)
      aggregates.byApplicationCriterion.push({
        applicationId: r.applicationId!,
        criterionId: r.criterionId!,
        n: r.n,
        sum: r.sum!,
      });
    else if (r.level === "member" && r.n > 0)
      aggregates.byMember.push({ userId: r.userId!, n: r.n, mean: r.mean!, sd: r.sd ?? 0 });
  }
  return aggregates;
}
