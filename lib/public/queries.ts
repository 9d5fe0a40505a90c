import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { oreToNumber } from "@/lib/money";

// Public reads: only what is published, and only public fields. No contact
// data, scores, comments, conflicts or accounts ever leave through here.
export type FundedInitiative = {
  id: string;
  title: string;
  organisation: string;
  committee: string;
  amountOre: number | null;
  fundsYear: number | null;
  summary: string;
  goals: string[];
};

export const listFundedInitiatives = cache(async (): Promise<FundedInitiative[]> => {
  const rows = await db().application.findMany({
    where: {
      deletedAt: null,
      publishedAt: { not: null },
      decisions: { some: { outcome: { in: ["GRANT", "PARTIAL_GRANT"] } } },
      call: { deletedAt: null, committee: { deletedAt: null } },
    },
    orderBy: { publishedAt: "desc" },
    take: 50,
    select: {
      id: true,
      title: true,
      publicSummary: true,
      organisation: { select: { name: true } },
      call: { select: { committee: { select: { name: true } } } },
      decisions: {
        where: { outcome: { in: ["GRANT", "PARTIAL_GRANT"] } },
        orderBy: { decidedOn: "desc" },
        take: 1,
        select: { amountOre: true, fundsYear: true },
      },
      planGoals: { select: { planGoal: { select: { title: true } } } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    organisation: r.organisation.name,
    committee: r.call.committee.name,
    amountOre: oreToNumber(r.decisions[0]?.amountOre),
    fundsYear: r.decisions[0]?.fundsYear ?? null,
    summary: r.publicSummary,
    goals: r.planGoals.map((g) => g.planGoal.title),
  }));
});

export type OpenCall = { id: string; slug: string; title: string; committee: string; amountOre: number; deadline: Date | null };

export const listOpenCalls = cache(async (): Promise<OpenCall[]> => {
  const rows = await db().call.findMany({
    where: { deletedAt: null, status: "PUBLISHED", OR: [{ deadline: null }, { deadline: { gt: new Date() } }] },
    orderBy: { deadline: "asc" },
    select: { id: true, slug: true, title: true, amountAvailableOre: true, deadline: true, committee: { select: { name: true } } },
  });
  return rows.map((r) => ({ id: r.id, slug: r.slug, title: r.title, committee: r.committee.name, amountOre: oreToNumber(r.amountAvailableOre) ?? 0, deadline: r.deadline }));
});
