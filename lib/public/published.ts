import "server-only";
import { cacheLife, cacheTag } from "next/cache";
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
 * Called first in each public read, which is marked "use cache": its answer is kept per instance and per
 * arguments, tagged `public`, fresh for 5 seconds and then refreshed while the old one is served, and dropped at once
 * on the instance that publishes (updateTag). So publishing shows everywhere within seconds without a shared cache.
 * Outside Next (tests, scripts) the directive means nothing and this does nothing: the read runs directly. Answers
 * are plain data (dates as ISO strings).
 */
export function cachedPublicly() {
  // NEXT_RUNTIME is Next's own build-time constant, not configuration.
  // eslint-disable-next-line no-restricted-properties
  if (!process.env.NEXT_RUNTIME) return;
  cacheTag(publicTag);
  cacheLife({ stale: 5, revalidate: 5, expire: 3600 });
}

/**
 * Whether a cached read was called as it is written (`null` for anyone, then arguments of its own types). Next also
 * runs a `"use cache"` function for a POST that names it as a server action, with whatever arguments the request
 * holds: scripts/server.ts refuses such a POST by its header, but a form posted without JavaScript can name one too.
 * A read called otherwise answers as for nothing found, never with an error.
 */
export const asWritten = (anyone: unknown, ...checks: boolean[]) => anyone === null && checks.every(Boolean);

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
