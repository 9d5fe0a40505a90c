import "server-only";
import type { Reader } from "@/lib/db";
import { oreToNumber } from "@/lib/money";
import type { Movement, MovementKind } from "./model";

type Row = {
  id: string;
  date: Date;
  kind: MovementKind;
  reference: string;
  description: string;
  amount: bigint;
  conditional: boolean;
  hidden: boolean;
};

/**
 * Every movement of one funds year's money, one row each, oldest first (ties in a fixed order): its budget
 * changes, the commitments on it and their releases, the payments and returns booked on it, and the committee's
 * own project expenses paid from it. Signs as lib/ledger/model.ts says. The caller has read the pool year with its
 * committee in the where clause; `readerId` is whoever reads: a case they are ruled out of (the conflict rule of
 * lib/calls/queries.ts `notRuledOut`) keeps its date, kind and amount, so the year still adds up, but its
 * reference and description never leave the database.
 */
export async function movementsOf(reader: Reader, poolYearId: string, readerId: string): Promise<Movement[]> {
  const rows = await reader.$queryRaw<Row[]>`
    WITH "ruledOut" AS (
      SELECT "applicationId" FROM "ConflictDeclaration" WHERE "userId" = ${readerId} AND "excluded" = true
    )
    SELECT "id", "date", "kind", "amount", "conditional", "hidden",
           CASE WHEN "hidden" THEN '' ELSE "reference" END AS "reference",
           CASE WHEN "hidden" THEN '' ELSE "description" END AS "description"
    FROM (
      SELECT c."id", c."at" AS "date", 'budget' AS "kind", '' AS "reference", c."note" AS "description",
             c."budgetOre" - COALESCE(c."previousOre", 0) AS "amount", false AS "conditional", 0 AS "o",
             false AS "hidden"
      FROM "PoolYearBudgetChange" c WHERE c."poolYearId" = ${poolYearId}
      UNION ALL
      SELECT y."id", d."decidedOn", 'commitment', COALESCE(a."reference", p."title", ''),
             COALESCE(a."title", d."conditions", ''), y."amountOre", y."conditional", 1,
             a."id" IN (SELECT * FROM "ruledOut")
      FROM "DecisionYear" y JOIN "Decision" d ON d."id" = y."decisionId"
      LEFT JOIN "Application" a ON a."id" = d."applicationId" LEFT JOIN "Project" p ON p."id" = d."projectId"
      WHERE y."poolYearId" = ${poolYearId}
      UNION ALL
      SELECT y."id" || ':release', y."releasedAt", 'release', COALESCE(a."reference", p."title", ''),
             y."releaseNote", y."releasedOre", false, 2, a."id" IN (SELECT * FROM "ruledOut")
      FROM "DecisionYear" y JOIN "Decision" d ON d."id" = y."decisionId"
      LEFT JOIN "Application" a ON a."id" = d."applicationId" LEFT JOIN "Project" p ON p."id" = d."projectId"
      WHERE y."poolYearId" = ${poolYearId} AND y."releasedAt" IS NOT NULL AND y."releasedOre" <> 0
      UNION ALL
      SELECT m."id", m."paidOn", CASE WHEN m."kind" IN ('REPAYMENT', 'RETURN') THEN 'return' ELSE 'payment' END,
             COALESCE(a."reference", p."title", ''), concat_ws(' ', NULLIF(m."reference", ''), NULLIF(m."note", '')),
             m."amountOre", false, 3, a."id" IN (SELECT * FROM "ruledOut")
      FROM "Payment" m JOIN "Decision" d ON d."id" = m."decisionId"
      LEFT JOIN "Application" a ON a."id" = d."applicationId" LEFT JOIN "Project" p ON p."id" = d."projectId"
      WHERE m."poolYearId" = ${poolYearId}
      UNION ALL
      SELECT e."id", e."spentOn", 'payment', p."title", e."description", e."amountOre", false, 3, false
      FROM "ProjectExpense" e JOIN "DecisionYear" y ON y."id" = e."decisionYearId"
      JOIN "Project" p ON p."id" = e."projectId"
      WHERE y."poolYearId" = ${poolYearId} AND e."deletedAt" IS NULL
    ) m
    ORDER BY "date", "o", "id"`;
  return rows.map((r) => ({
    id: r.id,
    date: r.date,
    kind: r.kind,
    reference: r.reference,
    description: r.description,
    amountOre: oreToNumber(r.amount)!,
    conditional: r.conditional,
    hidden: r.hidden === true,
  }));
}
