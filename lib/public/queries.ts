import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { oreToNumber } from "@/lib/money";
import { translatorFor } from "@/lib/i18n/translator";
import {
  initiativeStatus,
  publicOrganisationName,
  splitByGoal,
  statusesFor,
  type InitiativeStatus,
  type PublicFilters,
} from "./model";

// Public reads: only what the secretariat has published, and only public
// fields. No contact data, scores, comments, conflicts, accounts, decision
// reasons or a private person's name ever leave through here. Results are
// plain JSON (dates as ISO strings) so they can be cached.

export const publicTag = "public";

/**
 * Cached per instance for at most 5 seconds and dropped at once on the
 * instance that publishes (updateTag), so publishing shows everywhere within
 * seconds without a shared cache. Outside Next (tests, scripts) it runs directly.
 */
function publicCache<A extends unknown[], R>(key: string, fn: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  // NEXT_RUNTIME is Next's own build-time constant, not configuration.
  // eslint-disable-next-line no-restricted-properties
  if (!process.env.NEXT_RUNTIME) return fn;
  return unstable_cache(fn, [key], { tags: [publicTag], revalidate: 5 });
}

const granted = ["GRANT", "PARTIAL_GRANT"] as const;

const initiativeWhere: Prisma.ApplicationWhereInput = {
  deletedAt: null,
  publishedAt: { not: null },
  decisions: { some: { outcome: { in: [...granted] } } },
  call: { deletedAt: null, committee: { deletedAt: null } },
};

const cardSelect = {
  id: true,
  title: true,
  status: true,
  publicSummary: true,
  publishedAt: true,
  publicName: true,
  organisation: { select: { name: true, kind: true } },
  call: { select: { committee: { select: { name: true, slug: true } } } },
  decisions: {
    where: { outcome: { in: [...granted] } },
    orderBy: { decidedOn: "desc" },
    take: 1,
    select: { amountOre: true, fundsYear: true, decidedOn: true },
  },
  planGoals: { select: { planGoal: { select: { id: true, code: true, title: true } } } },
} satisfies Prisma.ApplicationSelect;

type CardRow = Prisma.ApplicationGetPayload<{ select: typeof cardSelect }>;

export type InitiativeCard = {
  id: string;
  title: string;
  /** Null: a private person published without a name. */
  organisation: string | null;
  committee: { name: string; slug: string };
  amountOre: number | null;
  fundsYear: number | null;
  status: InitiativeStatus;
  summary: string;
  goals: { id: string; code: string; title: string }[];
};

const toCard = (r: CardRow): InitiativeCard => ({
  id: r.id,
  title: r.title,
  organisation: publicOrganisationName(r.organisation, r.publicName),
  committee: r.call.committee,
  amountOre: oreToNumber(r.decisions[0]?.amountOre),
  fundsYear: r.decisions[0]?.fundsYear ?? null,
  status: initiativeStatus(r.status),
  summary: r.publicSummary,
  goals: r.planGoals.map((g) => g.planGoal),
});

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
  if (f.committee) and.push({ call: { committee: { slug: f.committee } } });
  if (f.goal) and.push({ planGoals: { some: { planGoalId: f.goal } } });
  if (f.year) and.push({ decisions: { some: { outcome: { in: [...granted] }, fundsYear: f.year } } });
  if (f.status) and.push({ status: { in: [...statusesFor(f.status)] } });
  return and;
}

export const listInitiatives = publicCache("initiatives", async (f: PublicFilters) => {
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
});

async function listFacets() {
  const [committees, goals, years] = await Promise.all([
    db().committee.findMany({
      where: { deletedAt: null, calls: { some: { applications: { some: initiativeWhere } } } },
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

export const getInitiative = publicCache("initiative", async (id: string) => {
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
});

export const getCommitteePage = publicCache("committee", async (slug: string, year: number) => {
  const committee = await db().committee.findFirst({
    where: { slug, deletedAt: null },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      municipality: true,
      district: true,
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
    year,
    pools: committee.pools.map((p) => ({ name: p.name, budgetOre: oreToNumber(p.years[0]?.budgetOre) })),
    grantedThisYearOre: oreToNumber(grantedThisYear._sum.amountOre) ?? 0,
    totalPublishedOre: cards.reduce((s, c) => s + (c.amountOre ?? 0), 0),
    byGoal: committee.plans.flatMap((p) =>
      p.goals.map((g) => ({ ...g, plan: p.title, amountOre: perGoal.get(g.id) ?? 0 })),
    ),
    latest: cards.slice(0, 6),
    calls,
    portraits,
  };
});

type OpenCall = {
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

export const listOpenCalls = publicCache("open-calls", () => listOpenCallsQuery());

const portraitWhere = (committeeId?: string): Prisma.PortraitWhereInput => ({
  deletedAt: null,
  publishedAt: { not: null },
  committeeId,
  committee: { deletedAt: null },
  OR: [{ applicationId: null }, { application: initiativeWhere }],
});

type PortraitCard = {
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

export const listPortraits = publicCache("portraits", (take?: number) => listPortraitsQuery(undefined, take));

export const getPortrait = publicCache("portrait", async (slug: string) => {
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
});

/** A public photo's bytes: only a photo chosen for a published portrait. */
export async function getPublicPhoto(id: string) {
  return db().attachment.findFirst({
    where: { id, isPublic: true, deletedAt: null, mimeType: { startsWith: "image/" }, portrait: portraitWhere() },
    select: { mimeType: true, data: true, sha256: true },
  });
}

type OpenGrant = {
  committee: string;
  initiative: string;
  initiative_id: string;
  organisation: string;
  amount_kr: number;
  funds_year: number | null;
  decision_date: string;
  goals: string[];
};

// Open data is Danish, like the rest of the public register.
const privatePerson = translatorFor("da")("publicPrivacy.privatePerson");

/** Every published grant, for the open data files. */
export const listOpenGrants = publicCache("open-grants", async (): Promise<OpenGrant[]> => {
  const rows = await db().application.findMany({
    where: initiativeWhere,
    orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
    select: cardSelect,
  });
  return rows.map((r) => {
    const d = r.decisions[0]!;
    return {
      committee: r.call.committee.name,
      initiative: r.title,
      initiative_id: r.id,
      organisation: publicOrganisationName(r.organisation, r.publicName) ?? privatePerson,
      amount_kr: (oreToNumber(d.amountOre) ?? 0) / 100,
      funds_year: d.fundsYear,
      decision_date: d.decidedOn.toISOString().slice(0, 10),
      goals: r.planGoals.map((g) => g.planGoal.title),
    };
  });
});

/** What the sitemap lists: every public page with its last change. */
export async function listSitemapEntries() {
  const [initiatives, committees, portraits, calls] = await Promise.all([
    db().application.findMany({ where: initiativeWhere, select: { id: true, updatedAt: true } }),
    db().committee.findMany({ where: { deletedAt: null }, select: { slug: true, updatedAt: true } }),
    db().portrait.findMany({ where: portraitWhere(), select: { slug: true, publishedAt: true } }),
    listOpenCallsQuery(),
  ]);
  return { initiatives, committees, portraits, calls };
}
