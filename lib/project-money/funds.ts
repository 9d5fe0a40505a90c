// What makes a funds year the project's own: a decision on the project that granted money.
import type { Prisma } from "@/lib/generated/prisma/client";

/** The outcomes of a decision that commit money. */
export const grantingOutcomes = ["APPROVED", "SCALED_DOWN", "GRANT", "PARTIAL_GRANT"] as const;

/** The funds years (DecisionYear) of a project's approvals with money: the years its expenses are paid from. */
export const fundsYearsWhere = (projectId: string) =>
  ({
    amountOre: { gt: 0n },
    decision: { projectId, outcome: { in: [...grantingOutcomes] }, amountOre: { gt: 0n } },
  }) satisfies Prisma.DecisionYearWhereInput;
