import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { ConflictError, NotFoundError, UserError } from "@/lib/actions/errors";
import { takeHit } from "@/lib/auth/rate-limit";
import { canReply, canWithdraw, statusAfterReply, undecided } from "@/lib/screening/model";
import { claimApplication } from "./claim";
import { statusNote } from "./mail";
import { hashToken } from "./mutations";

// What an applicant does through the private link. The link's token is the
// authority: it reaches exactly one application, and only while it is valid.

const replyWindow = { limit: 30, seconds: 60 * 60 };

async function applicationByToken(token: string, now: Date) {
  const app = await db().application.findFirst({
    where: {
      accessTokenHash: hashToken(token),
      deletedAt: null,
      OR: [{ accessExpiresAt: null }, { accessExpiresAt: { gt: now } }],
    },
    select: { id: true, status: true, contactEmail: true, call: { select: { committeeId: true } } },
  });
  if (!app) throw new NotFoundError();
  return app;
}

/**
 * The applicant answers the secretariat, over the version their page showed
 * (a double click is one message), and only while the case is open; an
 * application waiting for the answer goes back into screening.
 */
export async function replyAsApplicant(token: string, body: string, version: number, now = new Date()): Promise<void> {
  const app = await applicationByToken(token, now);
  if (!canReply(app.status)) throw new UserError("follow.closedForReplies");
  const key = `reply:${app.id}`;
  if (!(await takeHit(key, replyWindow)).allowed) throw new UserError("apply.rateLimited");
  const to = statusAfterReply(app.status);
  await db().$transaction(async (tx) => {
    await claimApplication(tx, app.id, { version, statuses: undecided }, { status: to });
    await tx.applicationMessage.create({ data: { applicationId: app.id, fromApplicant: true, body } });
    if (to !== app.status) {
      await tx.applicationStatusChange.create({
        data: { applicationId: app.id, from: app.status, to, note: statusNote("replied") },
      });
    }
    await audit(tx, {
      actorId: null,
      actorLabel: app.contactEmail,
      action: "application.reply",
      entityType: "Application",
      entityId: app.id,
      committeeId: app.call.committeeId,
      changes: { body },
    });
  });
}

/**
 * The applicant withdraws before the decision; the record is kept (a soft
 * state, not a delete). Claimed only from an undecided status, so a decision
 * racing the withdrawal wins or loses whole, and the loser is told.
 */
export async function withdrawApplication(token: string, reason: string, now = new Date()): Promise<void> {
  const app = await applicationByToken(token, now);
  if (!canWithdraw(app.status)) throw new UserError("follow.cannotWithdraw");
  await db().$transaction(async (tx) => {
    try {
      await claimApplication(tx, app.id, { statuses: undecided }, { status: "WITHDRAWN", withdrawnAt: now });
    } catch (e) {
      if (e instanceof ConflictError) throw new UserError("follow.cannotWithdraw");
      throw e;
    }
    await tx.applicationStatusChange.create({
      data: { applicationId: app.id, from: app.status, to: "WITHDRAWN", note: reason || statusNote("withdrawn") },
    });
    await audit(tx, {
      actorId: null,
      actorLabel: app.contactEmail,
      action: "application.withdraw",
      entityType: "Application",
      entityId: app.id,
      committeeId: app.call.committeeId,
      changes: { reason },
    });
  });
}
