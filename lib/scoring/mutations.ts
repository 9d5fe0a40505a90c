import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { assertCan, ForbiddenError, type Actor } from "@/lib/auth/permissions";
import { ConflictError, NotFoundError, UserError, ValidationError } from "@/lib/actions/errors";
import { notRuledOut } from "@/lib/calls/queries";
import { checkReopen, checkScoreSheet, sheetWrite } from "./rules";
import type { DeclareConflictInput, ReopenSheetInput, RuleConflictInput, ScoreSheetInput } from "./schema";

/** The application as a scorer may reach it: assigned, and not ruled out. */
async function scorableApplication(actor: Actor, applicationId: string) {
  assertCan(actor, "application:score");
  const app = await db().application.findFirst({
    where: {
      id: applicationId,
      deletedAt: null,
      assignments: { some: { userId: actor.id } },
      conflicts: { none: { userId: actor.id, excluded: true } },
    },
    select: {
      id: true,
      status: true,
      call: {
        select: {
          committeeId: true,
          status: true,
          rubric: {
            select: { criteria: { select: { id: true, scaleMin: true, scaleMax: true, allowNotApplicable: true } } },
          },
        },
      },
    },
  });
  if (!app) throw new NotFoundError();
  assertCan(actor, "application:score", app.call.committeeId);
  return app;
}

export async function saveScoreSheet(actor: Actor, input: ScoreSheetInput): Promise<{ submitted: boolean }> {
  const app = await scorableApplication(actor, input.applicationId);
  if (app.call.status === "DECIDED" || app.call.status === "ARCHIVED") throw new ForbiddenError("application:score");
  const criteria = app.call.rubric?.criteria ?? [];
  const errors = checkScoreSheet(criteria, input.scores, input.submit);
  if (Object.keys(errors).length > 0) {
    // Each criterion's error sits on its row's choice, as the form names it: scores.N.value.
    const row = (criterionId: string) => input.scores.findIndex((s) => s.criterionId === criterionId);
    throw new ValidationError(
      Object.fromEntries(
        Object.entries(errors).map(([id, key]) => [row(id) >= 0 ? `scores.${row(id)}.value` : "scores", key]),
      ),
    );
  }
  const outcome = await db().$transaction(async (tx) => {
    // The sheet row is made if missing and locked, so a save racing a submit
    // (two tabs) waits for it and then sees the sheet as submitted.
    await tx.$executeRaw`
      INSERT INTO "ScoreSheet" ("applicationId", "userId") VALUES (${app.id}, ${actor.id}) ON CONFLICT DO NOTHING`;
    const [sheet] = await tx.$queryRaw<{ submittedAt: Date | null }[]>`
      SELECT "submittedAt" FROM "ScoreSheet" WHERE "applicationId" = ${app.id} AND "userId" = ${actor.id} FOR UPDATE`;
    const stored = await tx.score.findMany({
      where: { applicationId: app.id, userId: actor.id },
      select: { criterionId: true, value: true, notApplicable: true, comment: true },
    });
    const write = sheetWrite(sheet ?? null, stored, input.scores, input.submit);
    if (write !== "write") return write;
    for (const s of input.scores) {
      if (s.value === null && !s.notApplicable && !s.comment) {
        await tx.score.deleteMany({ where: { applicationId: app.id, criterionId: s.criterionId, userId: actor.id } });
        continue;
      }
      await tx.score.upsert({
        where: {
          applicationId_criterionId_userId: { applicationId: app.id, criterionId: s.criterionId, userId: actor.id },
        },
        create: {
          applicationId: app.id,
          criterionId: s.criterionId,
          userId: actor.id,
          value: s.value,
          notApplicable: s.notApplicable,
          comment: s.comment,
        },
        update: { value: s.value, notApplicable: s.notApplicable, comment: s.comment },
      });
    }
    if (input.submit)
      await tx.scoreSheet.update({
        where: { applicationId_userId: { applicationId: app.id, userId: actor.id } },
        data: { submittedAt: new Date() },
      });
    await audit(tx, {
      actorId: actor.id,
      actorLabel: actor.email,
      action: input.submit ? "score.submit" : "score.save",
      entityType: "Application",
      entityId: app.id,
      committeeId: app.call.committeeId,
      changes: input.scores.map((s) => ({
        criterionId: s.criterionId,
        value: s.value,
        notApplicable: s.notApplicable,
      })),
    });
    return write;
  });
  if (outcome === "locked") throw new UserError("scoring.sheetLocked");
  return { submitted: input.submit };
}

export async function declareConflict(actor: Actor, input: DeclareConflictInput): Promise<{ id: string }> {
  assertCan(actor, "conflict:declare");
  const app = await db().application.findFirst({
    where: { id: input.applicationId, deletedAt: null },
    select: { id: true, call: { select: { committeeId: true } } },
  });
  if (!app) throw new NotFoundError();
  assertCan(actor, "conflict:declare", app.call.committeeId);
  const existing = await db().conflictDeclaration.findUnique({
    where: { applicationId_userId: { applicationId: app.id, userId: actor.id } },
  });
  if (existing) throw new ConflictError("already declared");
  return db().$transaction(async (tx) => {
    const d = await tx.conflictDeclaration.create({
      data: {
        applicationId: app.id,
        userId: actor.id,
        ground: input.ground,
        description: input.description,
        declaredById: actor.id,
      },
      select: { id: true },
    });
    await audit(tx, {
      actorId: actor.id,
      actorLabel: actor.email,
      action: "conflict.declare",
      entityType: "ConflictDeclaration",
      entityId: d.id,
      committeeId: app.call.committeeId,
      changes: { ground: input.ground, description: input.description },
    });
    return d;
  });
}

/** The committee's ruling, recorded by the secretariat. Not by the member it concerns. */
export async function ruleConflict(actor: Actor, input: RuleConflictInput): Promise<void> {
  assertCan(actor, "conflict:rule");
  const d = await db().conflictDeclaration.findFirst({
    where: { id: input.declarationId },
    select: { id: true, userId: true, application: { select: { call: { select: { committeeId: true } } } } },
  });
  if (!d) throw new NotFoundError();
  assertCan(actor, "conflict:rule", d.application.call.committeeId);
  // Nobody rules on their own declaration.
  if (d.userId === actor.id) throw new ForbiddenError("conflict:rule");
  await db().$transaction(async (tx) => {
    await tx.conflictDeclaration.update({
      where: { id: d.id },
      data: {
        excluded: input.excluded === "yes",
        rulingReason: input.reason,
        ruledById: actor.id,
        ruledAt: new Date(),
      },
    });
    await audit(tx, {
      actorId: actor.id,
      actorLabel: actor.email,
      action: "conflict.rule",
      entityType: "ConflictDeclaration",
      entityId: d.id,
      committeeId: d.application.call.committeeId,
      changes: { excluded: input.excluded === "yes", reason: input.reason },
    });
  });
}

/**
 * The secretariat reopens a member's submitted sheet (e.g. a slip of the
 * hand), with the reason in the record: the only way a submitted sheet in a
 * blind call changes. An official ruled out of the case cannot.
 */
export async function reopenScoreSheet(actor: Actor, input: ReopenSheetInput): Promise<void> {
  assertCan(actor, "score:reopen");
  const app = await db().application.findFirst({
    where: { id: input.applicationId, deletedAt: null, ...notRuledOut(actor) },
    select: {
      id: true,
      call: { select: { committeeId: true } },
      scoreSheets: { where: { userId: input.userId }, select: { submittedAt: true } },
    },
  });
  if (!app) throw new NotFoundError();
  assertCan(actor, "score:reopen", app.call.committeeId);
  const errors = checkReopen(app.scoreSheets[0] ?? null, input.reason);
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  await db().$transaction(async (tx) => {
    const { count } = await tx.scoreSheet.updateMany({
      where: { applicationId: app.id, userId: input.userId, submittedAt: { not: null } },
      data: { submittedAt: null, reopenedAt: new Date(), reopenedById: actor.id, reopenReason: input.reason },
    });
    if (count !== 1) throw new ConflictError("sheet changed");
    await audit(tx, {
      actorId: actor.id,
      actorLabel: actor.email,
      action: "score.reopen",
      entityType: "Application",
      entityId: app.id,
      committeeId: app.call.committeeId,
      changes: { userId: input.userId, reason: input.reason },
    });
  });
}
