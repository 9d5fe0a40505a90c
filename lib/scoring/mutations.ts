import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { assertCan, ForbiddenError, type Actor } from "@/lib/auth/permissions";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/action-result";
import { checkScoreSheet } from "./rules";
import type { DeclareConflictInput, RuleConflictInput, ScoreSheetInput } from "./schema";

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
    select: { id: true, status: true, call: { select: { committeeId: true, status: true, rubric: { select: { criteria: { select: { id: true, scaleMin: true, scaleMax: true, allowNotApplicable: true } } } } } } },
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
  if (Object.keys(errors).length > 0) throw new ValidationError(Object.fromEntries(Object.entries(errors).map(([k, v]) => [`score-${k}`, v])));
  await db().$transaction(async (tx) => {
    for (const s of input.scores) {
      if (s.value === null && !s.notApplicable && !s.comment) {
        await tx.score.deleteMany({ where: { applicationId: app.id, criterionId: s.criterionId, userId: actor.id } });
        continue;
      }
      await tx.score.upsert({
        where: { applicationId_criterionId_userId: { applicationId: app.id, criterionId: s.criterionId, userId: actor.id } },
        create: { applicationId: app.id, criterionId: s.criterionId, userId: actor.id, value: s.value, notApplicable: s.notApplicable, comment: s.comment },
        update: { value: s.value, notApplicable: s.notApplicable, comment: s.comment },
      });
    }
    await tx.scoreSheet.upsert({
      where: { applicationId_userId: { applicationId: app.id, userId: actor.id } },
      create: { applicationId: app.id, userId: actor.id, submittedAt: input.submit ? new Date() : null },
      update: input.submit ? { submittedAt: new Date() } : {},
    });
    await audit(tx, {
      actorId: actor.id,
      actorLabel: actor.email,
      action: input.submit ? "score.submit" : "score.save",
      entityType: "Application",
      entityId: app.id,
      committeeId: app.call.committeeId,
      changes: input.scores.map((s) => ({ criterionId: s.criterionId, value: s.value, notApplicable: s.notApplicable })),
    });
  });
  return { submitted: input.submit };
}

export async function declareConflict(actor: Actor, input: DeclareConflictInput): Promise<{ id: string }> {
  assertCan(actor, "conflict:declare");
  const app = await db().application.findFirst({ where: { id: input.applicationId, deletedAt: null }, select: { id: true, call: { select: { committeeId: true } } } });
  if (!app) throw new NotFoundError();
  assertCan(actor, "conflict:declare", app.call.committeeId);
  const existing = await db().conflictDeclaration.findUnique({ where: { applicationId_userId: { applicationId: app.id, userId: actor.id } } });
  if (existing) throw new ConflictError("already declared");
  return db().$transaction(async (tx) => {
    const d = await tx.conflictDeclaration.create({
      data: { applicationId: app.id, userId: actor.id, ground: input.ground, description: input.description, declaredById: actor.id },
      select: { id: true },
    });
    await audit(tx, { actorId: actor.id, actorLabel: actor.email, action: "conflict.declare", entityType: "ConflictDeclaration", entityId: d.id, committeeId: app.call.committeeId, changes: { ground: input.ground, description: input.description } });
    return d;
  });
}

/** The committee's ruling, recorded by the secretariat. Not by the member it concerns. */
export async function ruleConflict(actor: Actor, input: RuleConflictInput): Promise<void> {
  assertCan(actor, "conflict:rule");
  const d = await db().conflictDeclaration.findFirst({ where: { id: input.declarationId }, select: { id: true, userId: true, application: { select: { call: { select: { committeeId: true } } } } } });
  if (!d) throw new NotFoundError();
  assertCan(actor, "conflict:rule", d.application.call.committeeId);
  // Nobody rules on their own declaration.
  if (d.userId === actor.id) throw new ForbiddenError("conflict:rule");
  await db().$transaction(async (tx) => {
    await tx.conflictDeclaration.update({ where: { id: d.id }, data: { excluded: input.excluded === "yes", rulingReason: input.reason, ruledById: actor.id, ruledAt: new Date() } });
    await audit(tx, { actorId: actor.id, actorLabel: actor.email, action: "conflict.rule", entityType: "ConflictDeclaration", entityId: d.id, committeeId: d.application.call.committeeId, changes: { excluded: input.excluded === "yes", reason: input.reason } });
  });
}
