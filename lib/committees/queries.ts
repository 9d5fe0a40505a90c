import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { can, type Actor } from "@/lib/auth/permissions";
import type { Anyone } from "@/lib/public/published";
import { administeredCommittees } from "./model";

/** The committees the actor administers: committee:manage, plan:manage or pool:manage there, or all for an
 * installation admin (archived ones too, last). */
export async function listAdminCommittees(actor: Actor) {
  const scope = administeredCommittees(actor);
  const committees = await db().committee.findMany({
    where: { deletedAt: null, ...(scope.all ? {} : { id: { in: scope.ids }, archivedAt: null }) },
    orderBy: [{ archivedAt: { sort: "desc", nulls: "first" } }, { name: "asc" }],
    select: { id: true, name: true, slug: true, kind: true, municipality: true, district: true, archivedAt: true },
  });
  return { committees, canCreate: can(actor, "installation:manage") };
}

/** One committee's settings page, with what the actor may do there; null when it is not theirs. */
export const getCommitteeAdminPage = cache(async (actor: Actor, id: string) => {
  const scope = administeredCommittees(actor);
  if (!scope.all && !scope.ids.includes(id)) return null;
  const c = await db().committee.findFirst({
    where: { id, deletedAt: null },
    select: {
      id: true,
      name: true,
      kind: true,
      slug: true,
      municipality: true,
      district: true,
      description: true,
      contactName: true,
      contactEmail: true,
      contactPhone: true,
      fourEyesPayments: true,
      portraitDueDay: true,
      logoId: true,
      archivedAt: true,
      version: true,
      _count: { select: { calls: { where: { status: "PUBLISHED", deletedAt: null } } } },
    },
  });
  if (!c) return null;
  return {
    id: c.id,
    name: c.name,
    slug: c.slug,
    version: c.version,
    archived: c.archivedAt !== null,
    openCalls: c._count.calls,
    hasLogo: c.logoId !== null,
    values: {
      name: c.name,
      kind: c.kind,
      slug: c.slug,
      municipality: c.municipality,
      district: c.district ?? "",
      description: c.description,
      contactName: c.contactName,
      contactEmail: c.contactEmail,
      contactPhone: c.contactPhone,
      fourEyesPayments: c.fourEyesPayments,
      portraitDueDay: c.portraitDueDay === null ? "" : String(c.portraitDueDay),
    },
    canManage: can(actor, "committee:manage", c.id),
    canPlans: can(actor, "plan:manage", c.id),
    canPools: can(actor, "pool:manage", c.id),
  };
});

/** A committee's name for page titles and breadcrumbs, as far as the actor administers it. */
export const getCommitteeHeading = cache(async (actor: Actor, id: string) => {
  const scope = administeredCommittees(actor);
  if (!scope.all && !scope.ids.includes(id)) return null;
  return db().committee.findFirst({ where: { id, deletedAt: null }, select: { id: true, name: true } });
});

/** The public logo of a committee by its current slug: bytes and type, or null. */
export async function getCommitteeLogo(_: Anyone, slug: string) {
  const c = await db().committee.findFirst({
    where: { slug, deletedAt: null },
    select: { logo: { select: { data: true, mimeType: true, deletedAt: true, isPublic: true } } },
  });
  const logo = c?.logo;
  if (!logo || logo.deletedAt || !logo.isPublic || !logo.data) return null;
  return { data: logo.data, mimeType: logo.mimeType };
}

/** The current slug of a committee that once had this one (a renamed committee's old URLs), or null. */
export async function getCurrentCommitteeSlug(_: Anyone, oldSlug: string): Promise<string | null> {
  const r = await db().committeeSlugRedirect.findUnique({
    where: { slug: oldSlug },
    select: { committee: { select: { slug: true, deletedAt: true } } },
  });
  return r && !r.committee.deletedAt && r.committee.slug !== oldSlug ? r.committee.slug : null;
}
