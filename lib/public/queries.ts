import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { oreToNumber } from "@/lib/money";
import { isPublicFilters, splitByGoal, statusesFor, type PublicFilters } from "./model";
import {
  cardSelect,
  granted,
  initiativeWhere,
  portraitWhere,
  asWritten,
  cachedPublicly,
  toCard,
  type Anyone,
  type InitiativeCard,
} from "./published";

// The public site's pages: only what the secretariat has published, and only
// public fields (./published.ts). Every read is the same for every reader.

export type { InitiativeCard };

function filterWhere(f: PublicFilters): Prisma.ApplicationWhereInput[] {
  const and: Prisma.ApplicationWhereInput[] = [initiativeWhere];
  if (f.q) {
    const contains = { contains: f.q, mode: "insensitive" as const };
    // A private person's own name is not searchable: a hit would tell that they got a grant.
    const byName: Prisma.ApplicationWhereInput[] = [
      { organisation: { name: contains, kind: { not: "PRIVATE_PERSON" } } },
      { organisation: { kind: "PRIVATE_PERSON" }, publicName: contains },
    ];
    and.push({ OR: [{ title: contains }, { publicSummary: contains }, ...byName] });
  }
  // A renamed committee's old slug (an old link) still filters by that committee.
  if (f.committee)
    and.push({
      call: { committee: { OR: [{ slug: f.committee }, { slugRedirects: { some: { slug: f.committee } } }] } },
    });
  if (f.goal) and.push({ planGoals: { some: { planGoalId: f.goal } } });
  if (f.year) and.push({ decisions: { some: { outcome: { in: [...granted] }, fundsYear: f.year } } });
  if (f.status) and.push({ status: { in: [...statusesFor(f.status)] } });
  return and;
}

export const listInitiatives = async (_: Anyone, f: PublicFilters) => {
  "use cache";
  cachedPublicly();
  if (!asWritten(_, isPublicFilters(f)))
    return { items: [], total: 0, facets: { committees: [], goals: [], years: [] } };
  const [rows, total, facets] = await Promise.all([
    db().application.findMany({
      where: { AND: filterWhere(f) },
      orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
      take: 60,
      select: cardSelect,
    }),
    db().application.count({ where: { AND: filterWhere(f) } }),
    listFacets(),
  ]);
  return { items: rows.map(toCard), total, facets };
};

async function listFacets() {
  const [committees, goals, years] = await Promise.all([
    db().committee.findMany({
      where: { deletedAt: null, archivedAt: null, calls: { some: { applications: { some: initiativeWhere } } } },
      orderBy: { name: "asc" },
      select: { slug: true, name: true },
    }),
    db().planGoal.findMany({
      where: { deletedAt: null, applicationGoals: { some: { application: initiativeWhere } } },
      orderBy: [{ plan: { committee: { name: "asc" } } }, { position: "asc" }],
      select: { id: true, code: true, title: true },
    }),
    db().decision.findMany({
      where: { outcome: { in: [...granted] }, fundsYear: { not: null }, application: initiativeWhere },
      distinct: ["fundsYear"],
      orderBy: { fundsYear: "desc" },
      select: { fundsYear: true },
    }),
  ]);
  return { committees, goals, years: years.map((y) => y.fundsYear!).filter(Boolean) };
}

export const getInitiative = async (_: Anyone, id: string) => {
  "use cache";
  cachedPublicly();
  if (!asWritten(_, typeof id === "string")) return null;
  const r = await db().application.findFirst({
    where: { ...initiativeWhere, id },
    select: {
      ...cardSelect,
      call: { select: { title: true, criteriaText: true, committee: { select: { name: true, slug: true } } } },
      decisions: {
        where: { outcome: { in: [...granted] } },
        orderBy: { decidedOn: "desc" },
        take: 1,
        select: { amountOre: true, fundsYear: true, decidedOn: true, outcome: true },
      },
      portraits: {
        where: { publishedAt: { not: null }, deletedAt: null },
        orderBy: { month: "desc" },
        select: {
          slug: true,
          title: true,
          body: true,
          month: true,
          photos: { where: { isPublic: true, deletedAt: null }, select: { id: true, altText: true } },
        },
      },
      evaluations: {
        where: { published: true },
        orderBy: { receivedAt: "desc" },
        select: { text: true, receivedAt: true },
      },
    },
  });
  if (!r) return null;
  const d = r.decisions[0];
  return {
    ...toCard({ ...r, call: { committee: r.call.committee } }),
    callTitle: r.call.title,
    criteriaText: r.call.criteriaText,
    decidedOn: d?.decidedOn.toISOString() ?? null,
    outcome: d?.outcome ?? null,
    portraits: r.portraits.map((p) => ({ ...p, month: p.month.toISOString() })),
    evaluations: r.evaluations.map((e) => ({ text: e.text, receivedAt: e.receivedAt.toISOString() })),
  };
};

export const getCommitteePage = async (_: Anyone, slug: string, year: number) => {
  "use cache";
  cachedPublicly();
  if (!asWritten(_, typeof slug === "string", Number.isInteger(year))) return null;
  const committee = await db().committee.findFirst({
    where: { slug, deletedAt: null },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      municipality: true,
      district: true,
      archivedAt: true,
      logoId: true,
      pools: {
        where: { deletedAt: null },
        select: { name: true, years: { where: { year }, select: { budgetOre: true } } },
      },
      plans: {
        where: { deletedAt: null },
        select: {
          title: true,
          goals: {
            where: { deletedAt: null },
            orderBy: { position: "asc" },
            select: { id: true, code: true, title: true },
          },
        },
      },
    },
  });
  if (!committee) return null;
  const [grants, grantedThisYear, calls, portraits] = await Promise.all([
    db().application.findMany({
      where: { ...initiativeWhere, call: { committeeId: committee.id } },
      select: cardSelect,
      orderBy: { publishedAt: "desc" },
    }),
    // Only published grants: the page must not reveal a decision the secretariat has not made public.
    db().decision.aggregate({
      where: {
        outcome: { in: [...granted] },
        fundsYear: year,
        application: { AND: [initiativeWhere, { call: { committeeId: committee.id } }] },
      },
      _sum: { amountOre: true },
    }),
    listOpenCallsQuery(committee.id),
    listPortraitsQuery(committee.id, 3),
  ]);
  const cards = grants.map(toCard);
  const perGoal = splitByGoal(cards.map((c) => ({ amountOre: c.amountOre ?? 0, goalIds: c.goals.map((g) => g.id) })));
  return {
    slug: committee.slug,
    name: committee.name,
    description: committee.description,
    municipality: committee.municipality,
    district: committee.district,
    // An archived committee keeps its page as history: what it granted stays public.
    archived: committee.archivedAt !== null,
    hasLogo: committee.logoId !== null,
    year,
    pools: committee.pools.map((p) => ({ name: p.name, budgetOre: oreToNumber(p.years[0]?.budgetOre) })),
    grantedThisYearOre: oreToNumber(grantedThisYear._sum.amountOre) ?? 0,
    totalPublishedOre: cards.reduce((s, c) => s + (c.amountOre ?? 0), 0),
    byGoal: committee.plans.flatMap((p) =>
      p.goals.map((g) => ({ ...g, plan: p.title, amountOre: perGoal.get(g.id) ?? 0 })),
    ),
    initiativeCount: cards.length,
    latest: cards.slice(0, 6),
    calls,
    portraits,
  };
};

export type OpenCall = {
  id: string;
  slug: string;
  title: string;
  description: string;
  committee: string;
  amountOre: number;
  maxGrantOre: number | null;
  deadline: string | null;
};

async function listOpenCallsQuery(committeeId?: string): Promise<OpenCall[]> {
  const rows = await db().call.findMany({
    where: {
      deletedAt: null,
      status: "PUBLISHED",
      committeeId,
      committee: { deletedAt: null },
      OR: [{ deadline: null }, { deadline: { gt: new Date() } }],
    },
    orderBy: { deadline: "asc" },
    select: {
      id: true,
      slug: true,
      title: true,
      description: true,
      amountAvailableOre: true,
      maxGrantOre: true,
      deadline: true,
      committee: { select: { name: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    title: r.title,
    description: r.description,
    committee: r.committee.name,
    amountOre: oreToNumber(r.amountAvailableOre) ?? 0,
    maxGrantOre: oreToNumber(r.maxGrantOre),
    deadline: r.deadline?.toISOString() ?? null,
  }));
}

export const listOpenCalls = async (_: Anyone) => {
  "use cache";
  cachedPublicly();
  if (!asWritten(_)) return [];
  return listOpenCallsQuery();
};

export type PortraitCard = {
  slug: string;
  title: string;
  excerpt: string;
  month: string;
  publishedAt: string;
  committee: string;
  initiativeId: string | null;
  photo: { id: string; altText: string } | null;
};

async function listPortraitsQuery(committeeId?: string, take = 50): Promise<PortraitCard[]> {
  const rows = await db().portrait.findMany({
    where: portraitWhere(committeeId),
    orderBy: [{ month: "desc" }, { publishedAt: "desc" }],
    take,
    select: {
      slug: true,
      title: true,
      body: true,
      month: true,
      publishedAt: true,
      applicationId: true,
      committee: { select: { name: true } },
      photos: { where: { isPublic: true, deletedAt: null }, take: 1, select: { id: true, altText: true } },
    },
  });
  return rows.map((p) => ({
    slug: p.slug,
    title: p.title,
    excerpt: p.body.replace(/\s+/g, " ").slice(0, 240),
    month: p.month.toISOString(),
    publishedAt: p.publishedAt!.toISOString(),
    committee: p.committee.name,
    initiativeId: p.applicationId,
    photo: p.photos[0] ?? null,
  }));
}

export const listPortraits = async (_: Anyone, take?: number) => {
  "use cache";
  cachedPublicly();
  if (!asWritten(_, take === undefined || Number.isInteger(take))) return [];
  return listPortraitsQuery(undefined, take);
};

export const getPortrait = async (_: Anyone, slug: string) => {
  "use cache";
  cachedPublicly();
  if (!asWritten(_, typeof slug === "string")) return null;
  const p = await db().portrait.findFirst({
    where: { ...portraitWhere(), slug },
    select: {
      slug: true,
      title: true,
      body: true,
      month: true,
      publishedAt: true,
      applicationId: true,
      committee: { select: { name: true, slug: true } },
      application: { select: { title: true } },
      photos: { where: { isPublic: true, deletedAt: null }, select: { id: true, altText: true } },
    },
  });
  return p ? { ...p, month: p.month.toISOString(), publishedAt: p.publishedAt!.toISOString() } : null;
};
