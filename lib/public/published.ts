import "server-only";
import { unstable_cache } from "next/cache";
import type { Prisma } from "@/lib/generated/prisma/client";
import { oreToNumber } from "@/lib/money";
import { initiativeStatus, publicOrganisationName, type InitiativeStatus } from "./model";

// What counts as published, and the one shape of an initiative in a list.
// Only public fields: no contact data, scores, comments, conflicts,
// accounts, decision reasons or a private person's name leave through here.

/**
 * Who reads the public site: anyone. Public reads take `null` where every
 * other read takes the actor, to say that the answer is the same for all.
 */
export type Anyone = null;

export const publicTag = "public";

/**
 * Cached per instance for at most 5 seconds and dropped at once on the
 * instance that publishes (updateTag), so publishing shows everywhere within
 * seconds without a shared cache. Outside Next (tests, scripts) it runs
 * directly. Results are plain JSON (dates as ISO strings) so they can be cached.
 */
export function publicCache<A extends unknown[], R>(
  key: string,
  fn: (...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  // NEXT_RUNTIME is Next's own build-time constant, not configuration.
  // eslint-disable-next-line no-restricted-properties
  if (!process.env.NEXT_RUNTIME) return fn;
  return unstable_cache(fn, [key], { tags: [publicTag], revalidate: 5 });
}

export const granted = ["GRANT", "PARTIAL_GRANT"] as const;

export const initiativeWhere: Prisma.ApplicationWhereInput = {
  deletedAt: null,
  publishedAt: { not: null },
  decisions: { some: { outcome: { in: [...granted] } } },
  call: { deletedAt: null, committee: { deletedAt: null } },
};

export const portraitWhere = (committeeId?: string): Prisma.PortraitWhereInput => ({
  deletedAt: null,
  publishedAt: { not: null },
  committeeId,
  committee: { deletedAt: null },
  OR: [{ applicationId: null }, { application: initiativeWhere }],
});

export const cardSelect = {
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

export type CardRow = Prisma.ApplicationGetPayload<{ select: typeof cardSelect }>;

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

export const toCard = (r: CardRow): InitiativeCard => ({
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
