import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { assertCan, committeesWhere, type Actor } from "@/lib/auth/permissions";
import { ConflictError, NotFoundError, UserError, ValidationError } from "@/lib/actions/errors";
import { parseKroner } from "@/lib/applications/model";
import { checkCall, copenhagenLocalToUtc, slugify, transitionProblem } from "./model";
import type { CallFormInput, CallStatusInput } from "./schema";

const ore = (v: string) => (v === "" ? null : parseKroner(v));
const big = (v: number | null) => (v === null ? null : BigInt(v));

/** Creates a call, or updates one at the version the editor saw (a newer version is a conflict, never overwritten). */
export async function saveCall(actor: Actor, input: CallFormInput): Promise<{ id: string }> {
  assertCan(actor, "call:manage");
  const existing = input.callId
    ? await db().call.findFirst({
        where: { id: input.callId, deletedAt: null, committeeId: { in: committeesWhere(actor, "call:manage") } },
        include: { _count: { select: { applications: { where: { scores: { some: {} } } } } } },
      })
    : null;
  if (input.callId && !existing) throw new NotFoundError();
  const committeeId = existing?.committeeId ?? input.committeeId;
  assertCan(actor, "call:manage", committeeId);
  if (existing && existing.version !== input.version) throw new ConflictError("call version");

  const errors: Record<string, string> = {};
  const [pool, project, rubric] = await Promise.all([
    input.poolId
      ? db().pool.findFirst({ where: { id: input.poolId, committeeId, deletedAt: null }, select: { id: true } })
      : null,
    input.projectId
      ? db().project.findFirst({ where: { id: input.projectId, committeeId, deletedAt: null }, select: { id: true } })
      : null,
    input.rubricId
      ? db().rubric.findFirst({ where: { id: input.rubricId, committeeId, deletedAt: null }, select: { id: true } })
      : null,
  ]);
  if (input.poolId && !pool) errors.poolId = "callForm.notInCommittee";
  if (input.projectId && !project) errors.projectId = "callForm.notInCommittee";
  if (input.rubricId && !rubric) errors.rubricId = "callForm.notInCommittee";
  if (existing && existing._count.applications > 0 && (existing.rubricId ?? "") !== input.rubricId)
    errors.rubricId = "callForm.rubricLocked";

  const draft = {
    amountOre: ore(input.amount) ?? 0,
    minGrantOre: ore(input.minGrant),
    maxGrantOre: ore(input.maxGrant),
    opensAt: input.opensAt ? copenhagenLocalToUtc(input.opensAt) : null,
    deadline: input.deadline ? copenhagenLocalToUtc(input.deadline) : null,
    fastTrack: input.fastTrack,
    fastTrackMaxOre: ore(input.fastTrackMax),
  };
  Object.assign(errors, checkCall(draft));

  let slug = input.slug || existing?.slug || slugify(input.title) || "opslag";
  const taken = await db().call.findFirst({
    where: { slug, NOT: existing ? { id: existing.id } : undefined },
    select: { id: true },
  });
  if (taken) {
    if (input.slug) errors.slug = "callForm.slugTaken";
    else slug = `${slug}-${Date.now().toString(36)}`;
  }
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);

  const data = {
    poolId: pool?.id ?? null,
    projectId: project?.id ?? null,
    rubricId: rubric?.id ?? null,
    slug,
    title: input.title,
    description: input.description,
    criteriaText: input.criteriaText,
    amountAvailableOre: BigInt(draft.amountOre),
    minGrantOre: big(draft.minGrantOre),
    maxGrantOre: big(draft.maxGrantOre),
    opensAt: draft.opensAt,
    deadline: draft.deadline,
    scoringDeadline: input.scoringDeadline ? copenhagenLocalToUtc(input.scoringDeadline) : null,
    decidedBy: input.decidedBy,
    fastTrack: input.fastTrack,
    fastTrackMaxOre: input.fastTrack ? big(draft.fastTrackMaxOre) : null,
    blindScoring: input.blindScoring,
  };
  return db().$transaction(async (tx) => {
    if (existing) {
      const { count } = await tx.call.updateMany({
        where: { id: existing.id, version: input.version },
        data: { ...data, version: { increment: 1 } },
      });
      if (count === 0) throw new ConflictError("call version");
      const before = Object.fromEntries(
        Object.keys(data).map((k) => [k, String((existing as Record<string, unknown>)[k] ?? "")]),
      );
      const after = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, String(v ?? "")]));
      const changed = Object.keys(after).filter((k) => before[k] !== after[k]);
      await audit(tx, {
        actorId: actor.id,
        actorLabel: actor.email,
        action: "call.update",
        entityType: "Call",
        entityId: existing.id,
        committeeId,
        changes: Object.fromEntries(changed.map((k) => [k, { from: before[k], to: after[k] }])),
      });
      return { id: existing.id };
    }
    const call = await tx.call.create({ data: { ...data, committeeId }, select: { id: true } });
    await audit(tx, {
      actorId: actor.id,
      actorLabel: actor.email,
      action: "call.create",
      entityType: "Call",
      entityId: call.id,
      committeeId,
      changes: { title: input.title, slug },
    });
    return call;
  });
}

/** Publish, close, reopen, mark decided, archive: only the transitions the model allows, with their preconditions. */
export async function changeCallStatus(actor: Actor, input: CallStatusInput, now = new Date()): Promise<void> {
  assertCan(actor, "call:manage");
  const call = await db().call.findFirst({
    where: { id: input.callId, deletedAt: null, committeeId: { in: committeesWhere(actor, "call:manage") } },
    select: {
      id: true,
      committeeId: true,
      status: true,
      deadline: true,
      rubricId: true,
      version: true,
      publishedAt: true,
    },
  });
  if (!call) throw new NotFoundError();
  if (call.version !== input.version) throw new ConflictError("call version");
  const problem = transitionProblem(
    { status: call.status, deadline: call.deadline, hasRubric: call.rubricId !== null },
    input.to,
    now,
  );
  if (problem) throw new UserError(problem);
  await db().$transaction(async (tx) => {
    // The committee's row is locked as archiving locks it: an archived committee opens no call, and a committee
    // with an open call is not archived, whichever of two tabs comes first.
    if (input.to === "PUBLISHED") {
      const [committee] = await tx.$queryRaw<{ archivedAt: Date | null }[]>`
        SELECT "archivedAt" FROM "Committee" WHERE "id" = ${call.committeeId} FOR UPDATE`;
      if (committee?.archivedAt) throw new UserError("committeesAdmin.archivedNoPublish");
    }
    const { count } = await tx.call.updateMany({
      where: { id: call.id, version: input.version },
      data: {
        status: input.to,
        version: { increment: 1 },
        publishedAt: input.to === "PUBLISHED" ? (call.publishedAt ?? now) : undefined,
      },
    });
    if (count === 0) throw new ConflictError("call version");
    await audit(tx, {
      actorId: actor.id,
      actorLabel: actor.email,
      action: "call.status",
      entityType: "Call",
      entityId: call.id,
      committeeId: call.committeeId,
      changes: { from: call.status, to: input.to },
    });
  });
}
