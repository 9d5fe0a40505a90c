import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { NotFoundError, UserError } from "@/lib/action-result";
import { recordHit, retryAfter } from "@/lib/auth/rate-limit";
import { canWithdraw, statusAfterReply } from "@/lib/screening/model";
import { hashToken } from "./mutations";

// What an applicant does through the private link. The link's token is the
// authority: it reaches exactly one application, and only while it is valid.

const replyWindow = { limit: 30, seconds: 60 * 60 };

async function applicationByToken(token: string, now: Date) {
  const app = await db().application.findFirst({
    where: { accessTokenHash: hashToken(token), deletedAt: null, OR: [{ accessExpiresAt: null }, { accessExpiresAt: { gt: now } }] },
    select: { id: true, status: true, contactEmail: true, call: { select: { committeeId: true } } },
  });
  if (!app) throw new NotFoundError();
  return app;
}

/** The applicant answers the secretariat; an application waiting for the answer goes back into screening. */
export async function replyAsApplicant(token: string, body: string, now = new Date()): Promise<void> {
  const app = await applicationByToken(token, now);
  const key = `reply:${app.id}`;
  if ((await retryAfter(key, replyWindow)) > 0) throw new UserError("apply.rateLimited");
  await recordHit(key, replyWindow);
  const to = statusAfterReply(app.status);
  await db().$transaction(async (tx) => {
    await tx.applicationMessage.create({ data: { applicationId: app.id, fromApplicant: true, body } });
    if (to !== app.status) {
      await tx.application.update({ where: { id: app.id }, data: { status: to, version: { increment: 1 } } });
      await tx.applicationStatusChange.create({ data: { applicationId: app.id, from: app.status, to, note: "Ansøger har svaret" } });
    }
    await audit(tx, { actorId: null, actorLabel: app.contactEmail, action: "application.reply", entityType: "Application", entityId: app.id, committeeId: app.call.committeeId, changes: { body } });
  });
}

/** The applicant withdraws before the decision; the record is kept (a soft state, not a delete). */
export async function withdrawApplication(token: string, reason: string, now = new Date()): Promise<void> {
  const app = await applicationByToken(token, now);
  if (!canWithdraw(app.status)) throw new UserError("follow.cannotWithdraw");
  await db().$transaction(async (tx) => {
    await tx.application.update({ where: { id: app.id }, data: { status: "WITHDRAWN", withdrawnAt: now, version: { increment: 1 } } });
    await tx.applicationStatusChange.create({ data: { applicationId: app.id, from: app.status, to: "WITHDRAWN", note: reason || "Trukket tilbage af ansøger" } });
    await audit(tx, { actorId: null, actorLabel: app.contactEmail, action: "application.withdraw", entityType: "Application", entityId: app.id, committeeId: app.call.committeeId, changes: { reason } });
  });
}
