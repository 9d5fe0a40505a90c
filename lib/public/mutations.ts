import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { assertCan, committeesWhere, type Actor } from "@/lib/auth/permissions";
import { NotFoundError, UserError, ValidationError } from "@/lib/actions/errors";
import { slugify } from "@/lib/calls/model";
import { notRuledOut } from "@/lib/calls/queries";
import type { PublishInput } from "./schema";

async function grantFor(actor: Actor, applicationId: string) {
  assertCan(actor, "project:publish");
  const app = await db().application.findFirst({
    where: {
      id: applicationId,
      deletedAt: null,
      call: { committeeId: { in: committeesWhere(actor, "project:publish") } },
      ...notRuledOut(actor),
    },
    select: {
      id: true,
      title: true,
      publishedAt: true,
      call: { select: { committeeId: true } },
      organisation: { select: { kind: true } },
      decisions: { where: { outcome: { in: ["GRANT", "PARTIAL_GRANT"] } }, select: { id: true } },
      portraits: { where: { deletedAt: null }, select: { id: true, slug: true } },
      visits: { select: { photos: { where: { deletedAt: null }, select: { id: true } } } },
    },
  });
  if (!app) throw new NotFoundError();
  assertCan(actor, "project:publish", app.call.committeeId);
  return app;
}

/**
 * Publishes a granted application as an initiative: the public summary, a
 * portrait (optional) and the visit photos chosen for it. Nothing else about
 * the application becomes public. Publishing again updates what is shown.
 */
export async function publishInitiative(
  actor: Actor,
  input: PublishInput,
  now = new Date(),
): Promise<{ portraitSlug: string | null }> {
  const app = await grantFor(actor, input.applicationId);
  if (app.decisions.length === 0) throw new UserError("publish.notGranted");
  const ownPhotos = new Set(app.visits.flatMap((v) => v.photos.map((p) => p.id)));
  if (input.photoIds.some((id) => !ownPhotos.has(id))) throw new ValidationError({ photoIds: "publish.photoInvalid" });
  const wantsPortrait = input.portraitTitle !== "" || input.portraitBody !== "";
  if (wantsPortrait && input.portraitTitle.length < 3)
    throw new ValidationError({ portraitTitle: "publish.portraitTitleRequired" });
  if (wantsPortrait && input.portraitBody.length < 50)
    throw new ValidationError({ portraitBody: "publish.portraitBodyRequired" });
  const month = new Date(`${input.portraitMonth}-01T12:00:00Z`);
  // Only a private person gets a public name; an organisation is shown by its own.
  const publicName = app.organisation.kind === "PRIVATE_PERSON" ? input.publicName?.trim() || null : null;

  return db().$transaction(async (tx) => {
    await tx.application.update({
      where: { id: app.id },
      data: { publishedAt: app.publishedAt ?? now, publicSummary: input.summary, publicName },
    });
    let portraitSlug: string | null = null;
    const existing = app.portraits[0];
    if (wantsPortrait) {
      const data = { title: input.portraitTitle, body: input.portraitBody, month, publishedAt: now };
      if (existing) {
        await tx.portrait.update({ where: { id: existing.id }, data });
        portraitSlug = existing.slug;
      } else {
        const base = slugify(input.portraitTitle) || "portraet";
        const taken = await tx.portrait.count({ where: { slug: { startsWith: base } } });
        portraitSlug = taken ? `${base}-${taken + 1}` : base;
        await tx.portrait.create({
          data: { ...data, slug: portraitSlug, committeeId: app.call.committeeId, applicationId: app.id },
        });
      }
      const portrait = await tx.portrait.findUniqueOrThrow({ where: { slug: portraitSlug }, select: { id: true } });
      await tx.attachment.updateMany({
        where: { id: { in: [...ownPhotos] } },
        data: { isPublic: false, portraitId: null },
      });
      if (input.photoIds.length)
        await tx.attachment.updateMany({
          where: { id: { in: input.photoIds } },
          data: { isPublic: true, portraitId: portrait.id },
        });
    } else if (existing) {
      await tx.portrait.update({ where: { id: existing.id }, data: { publishedAt: null } });
      await tx.attachment.updateMany({ where: { id: { in: [...ownPhotos] } }, data: { isPublic: false } });
    }
    await audit(tx, {
      actorId: actor.id,
      actorLabel: actor.email,
      action: "initiative.publish",
      entityType: "Application",
      entityId: app.id,
      committeeId: app.call.committeeId,
      changes: { summary: input.summary, publicName, portrait: portraitSlug, photos: input.photoIds },
    });
    return { portraitSlug };
  });
}

/** Takes the initiative, its portrait and photos off the public site; the texts are kept for later. */
export async function unpublishInitiative(actor: Actor, applicationId: string): Promise<void> {
  const app = await grantFor(actor, applicationId);
  await db().$transaction(async (tx) => {
    await tx.application.update({ where: { id: app.id }, data: { publishedAt: null } });
    await tx.portrait.updateMany({ where: { applicationId: app.id }, data: { publishedAt: null } });
    await tx.attachment.updateMany({ where: { visit: { applicationId: app.id } }, data: { isPublic: false } });
    await audit(tx, {
      actorId: actor.id,
      actorLabel: actor.email,
      action: "initiative.unpublish",
      entityType: "Application",
      entityId: app.id,
      committeeId: app.call.committeeId,
    });
  });
}
