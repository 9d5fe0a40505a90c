import "server-only";
import { storedFile } from "@/lib/actions/files";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { ConflictError, NotFoundError, UserError, ValidationError } from "@/lib/actions/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { checkLogo } from "./model";
import type { CommitteeArchiveInput, CommitteeFormInput } from "./schema";

const who = (actor: Actor) => ({ actorId: actor.id, actorLabel: actor.email });
const isUniqueViolation = (e: unknown) => e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";
const slugTaken = () => new ValidationError({ slug: "committeesAdmin.slugTaken" });

/** committee:manage there (an installation admin holds it in every committee: lib/auth/permissions.ts). */
export function assertCommitteeAdmin(actor: Actor, committeeId: string): void {
  assertCan(actor, "committee:manage", committeeId);
}

/** The slug is another committee's, now or before (its old URLs still redirect there). */
async function slugBelongsToAnother(slug: string, committeeId: string | null): Promise<boolean> {
  const not = committeeId ? { not: committeeId } : undefined;
  const [current, old] = await Promise.all([
    db().committee.findFirst({ where: { slug, id: not }, select: { id: true } }),
    db().committeeSlugRedirect.findFirst({ where: { slug, committeeId: not }, select: { slug: true } }),
  ]);
  return current !== null || old !== null;
}

const fields = (input: CommitteeFormInput) => ({
  name: input.name,
  kind: input.kind,
  slug: input.slug,
  municipality: input.municipality,
  district: input.district || null,
  description: input.description,
  contactName: input.contactName,
  contactEmail: input.contactEmail,
  contactPhone: input.contactPhone,
  ...(input.fourEyesPayments === undefined ? {} : { fourEyesPayments: input.fourEyesPayments }),
  // Not posted (an older form, a script): left as it is.
  portraitDueDay:
    input.portraitDueDay === undefined ? undefined : input.portraitDueDay ? Number(input.portraitDueDay) : null,
});

/** A new committee; its creator becomes its ADMIN, so they can go on to invite people and make plans. */
export async function createCommittee(actor: Actor, input: CommitteeFormInput): Promise<{ id: string }> {
  assertCan(actor, "installation:manage");
  if (await slugBelongsToAnother(input.slug, null)) throw slugTaken();
  try {
    return await db().$transaction(async (tx) => {
      const committee = await tx.committee.create({ data: fields(input), select: { id: true } });
      await tx.membership.create({ data: { userId: actor.id, committeeId: committee.id, role: "ADMIN" } });
      await audit(tx, {
        ...who(actor),
        action: "committee.create",
        entityType: "Committee",
        entityId: committee.id,
        committeeId: committee.id,
        changes: { name: input.name, slug: input.slug, adminMembership: actor.email },
      });
      return committee;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw slugTaken();
    throw e;
  }
}

/**
 * The committee's settings at the version the editor saw. A new slug leaves a
 * redirect behind for the old one; taking back one of its own old slugs drops that redirect.
 */
export async function updateCommittee(actor: Actor, input: CommitteeFormInput): Promise<{ id: string }> {
  assertCommitteeAdmin(actor, input.committeeId);
  const existing = await db().committee.findFirst({ where: { id: input.committeeId, deletedAt: null } });
  if (!existing) throw new NotFoundError();
  if (existing.version !== input.version) throw new ConflictError("committee version");
  const renamed = existing.slug !== input.slug;
  if (renamed && (await slugBelongsToAnother(input.slug, existing.id))) throw slugTaken();
  const data = fields(input);
  try {
    await db().$transaction(async (tx) => {
      const { count } = await tx.committee.updateMany({
        where: { id: existing.id, version: input.version },
        data: { ...data, version: { increment: 1 } },
      });
      if (count === 0) throw new ConflictError("committee version");
      if (renamed) {
        await tx.committeeSlugRedirect.deleteMany({ where: { slug: input.slug, committeeId: existing.id } });
        await tx.committeeSlugRedirect.create({ data: { slug: existing.slug, committeeId: existing.id } });
      }
      const before = existing as unknown as Record<string, unknown>;
      const changed = Object.entries(data).filter(([k, v]) => v !== undefined && (before[k] ?? null) !== v);
      await audit(tx, {
        ...who(actor),
        action: "committee.update",
        entityType: "Committee",
        entityId: existing.id,
        committeeId: existing.id,
        changes: Object.fromEntries(
          changed.map(([k, v]) => [k, { from: String(before[k] ?? ""), to: String(v ?? "") }]),
        ),
      });
    });
  } catch (e) {
    // Two tabs renaming two committees to the same slug: the database's unique index decides, on the field.
    if (isUniqueViolation(e)) throw slugTaken();
    throw e;
  }
  return { id: existing.id };
}

/** Archive or reactivate; refused while one of the committee's calls is open for applications. */
export async function setCommitteeArchived(actor: Actor, input: CommitteeArchiveInput): Promise<void> {
  assertCommitteeAdmin(actor, input.committeeId);
  const committee = await db().committee.findFirst({
    where: { id: input.committeeId, deletedAt: null },
    select: { id: true, version: true, archivedAt: true },
  });
  if (!committee) throw new NotFoundError();
  if (committee.version !== input.version) throw new ConflictError("committee version");
  await db().$transaction(async (tx) => {
    // Publishing a call locks the same row (lib/calls/mutations.ts): the count below cannot go stale.
    await tx.$queryRaw`SELECT 1 FROM "Committee" WHERE "id" = ${committee.id} FOR UPDATE`;
    if (input.to === "archived") {
      const open = await tx.call.count({ where: { committeeId: committee.id, status: "PUBLISHED", deletedAt: null } });
      if (open > 0) throw new UserError("committeesAdmin.archiveOpenCall", { count: open });
    }
    const { count } = await tx.committee.updateMany({
      where: { id: committee.id, version: input.version },
      data: { archivedAt: input.to === "archived" ? new Date() : null, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError("committee version");
    await audit(tx, {
      ...who(actor),
      action: input.to === "archived" ? "committee.archive" : "committee.reactivate",
      entityType: "Committee",
      entityId: committee.id,
      committeeId: committee.id,
      changes: { archivedAt: { from: committee.archivedAt?.toISOString() ?? "", to: input.to } },
    });
  });
}

export type UploadedLogo = { name: string; size: number; bytes: Uint8Array };

/** A new logo (PNG, JPEG or WebP, at most 1 MB, checked by its bytes); the old one is soft-deleted. */
export async function setCommitteeLogo(actor: Actor, committeeId: string, file: UploadedLogo | null) {
  assertCommitteeAdmin(actor, committeeId);
  const committee = await db().committee.findFirst({
    where: { id: committeeId, deletedAt: null },
    select: { id: true, name: true, logoId: true },
  });
  if (!committee) throw new NotFoundError();
  const checked = checkLogo(file?.size ?? 0, file?.bytes.slice(0, 16) ?? new Uint8Array());
  if (!checked.ok) throw new ValidationError({ logo: checked.error });
  const bytes = file!.bytes;
  await db().$transaction(async (tx) => {
    const logo = await tx.attachment.create({
      data: {
        ...storedFile(file!.name, bytes, checked.mime, "logo"),
        altText: committee.name,
        isPublic: true,
        uploadedById: actor.id,
      },
      select: { id: true },
    });
    await tx.committee.update({ where: { id: committee.id }, data: { logoId: logo.id } });
    if (committee.logoId)
      await tx.attachment.update({ where: { id: committee.logoId }, data: { deletedAt: new Date() } });
    await audit(tx, {
      ...who(actor),
      action: "committee.logo",
      entityType: "Committee",
      entityId: committee.id,
      committeeId: committee.id,
      changes: { logo: { from: committee.logoId ?? "", to: logo.id }, mimeType: checked.mime, size: bytes.length },
    });
  });
}
