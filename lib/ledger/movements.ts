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
};

/**
 * Every movement of one funds year's money, one row each, oldest first (ties in a fixed order): its budget
 * changes, the commitments on it and their releases, the payments and returns booked on it, and the committee's
 * own project expenses paid from it. Signs as lib/ledger/model.ts says. No actor: the caller has read the pool
 * year with its committee in the where clause.
 */
export async function movementsOf(reader: Reader, poolYearId: string): Promise<Movement[]> {
  const rows = await reader.$queryRaw<Row[]>`
    SELECT * FROM (
      SELECT c."id", c."at" AS "date", 'budget' AS "kind", '' AS "reference", c."note" AS "description",
             c."budgetOre" - COALESCE(c."previousOre", 0) AS "amount", false AS "conditional", 0 AS "o"
      FROM "PoolYearBudgetChange" c WHERE c."poolYearId" = ${poolYearId}
      UNION ALL
      SELECT y."id", d."decidedOn", 'commitment', COALESCE(a."reference", p."title", ''),
             COALESCE(a."title", d."conditions", ''), y."amountOre", y."conditional", 1
      FROM "DecisionYear" y JOIN "Decision" d ON d."id" = y."decisionId"
      LEFT JOIN "Application" a ON a."id" = d."applicationId" LEFT JOIN "Project" p ON p."id" = d."projectId"
      WHERE y."poolYearId" = ${poolYearId}
      UNION ALL
      SELECT y."id" || ':release', y."releasedAt", 'release', COALESCE(a."reference", p."title", ''),
             y."releaseNote", y."releasedOre", false, 2
      FROM "DecisionYear" y JOIN "Decision" d ON d."id" = y."decisionId"
      LEFT JOIN "Application" a ON a."id" = d."applicationId" LEFT JOIN "Project" p ON p."id" = d."projectId"
      WHERE y."poolYearId" = ${poolYearId} AND y."releasedAt" IS NOT NULL AND y."releasedOre" <> 0
      UNION ALL
      SELECT m."id", m."paidOn", CASE WHEN m."kind" IN ('REPAYMENT', 'RETURN') THEN 'return' ELSE 'payment' END,
             COALESCE(a."reference", p."title", ''), concat_ws(' ', NULLIF(m."reference", ''), NULLIF(m."note", '')),
             m."amountOre", false, 3
      FROM "Payment" m JOIN "Decision" d ON d."id" = m."decisionId"
      LEFT JOIN "Application" a ON a."id" = d."applicationId" LEFT JOIN "Project" p ON p."id" = d."projectId"
      WHERE m."poolYearId" = ${poolYearId}
      UNION ALL
      SELECT e."id", e."spentOn", 'payment', p."title", e."description", e."amountOre", false, 3
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
  }));
}
