import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/permissions";
import { ConflictError, UserError, ValidationError } from "@/lib/actions/errors";
import { oreToNumber } from "@/lib/money";
import { commitYears } from "@/lib/decisions/ledger";
import { isConditional } from "@/lib/decisions/model";
import { guardAvailable } from "@/lib/ledger/guard";
import {
  claimItem,
  yearsOnField,
  minutesWords,
  typedMoney,
  typedVotes,
  votersFor,
  type ItemForDecision,
} from "@/lib/meetings/live-item";
import { checkMeetingDecision, decidingBodyOf, projectOutcomes, projectStatusAfter } from "@/lib/meetings/live-rules";
import type { MeetingDecisionInput } from "@/lib/meetings/live-schema";
import { budgetTotal, budgetLineColumns } from "./model";

/**
 * The pool a project's money comes from: the one its POOL funding source names, otherwise the committee's only
 * pool, otherwise the one chosen on the form (of this committee). Null when none can be told.
 */
async function projectPool(projectId: string, committeeId: string, chosen: string): Promise<string | null> {
  const named = await db().fundingSource.findFirst({
    where: { projectId, kind: "POOL", poolId: { not: null }, pool: { committeeId, deletedAt: null } },
    orderBy: { position: "asc" },
    select: { poolId: true },
  });
  if (named?.poolId) return named.poolId;
  const pools = await db().pool.findMany({ where: { committeeId, deletedAt: null }, select: { id: true } });
  if (pools.length === 1) return pools[0]!.id;
  return pools.some((p) => p.id === chosen) ? chosen : null;
}

/**
 * A project is decided only at a meeting: the Decision with its money per funds year in the project's pool, the
 * project's new status with who and why, the item's words in the minutes, all in one transaction with the audit.
 */
export async function decideProjectAtMeeting(
  actor: Actor,
  item: ItemForDecision,
  input: MeetingDecisionInput,
  now: Date,
): Promise<{ id: string; itemVersion: number }> {
  const committeeId = item.meeting.committeeId;
  const project = await db().project.findFirst({
    where: { id: input.projectId, deletedAt: null, committeeId },
    select: {
      id: true,
      status: true,
      budgetLines: {
        select: budgetLineColumns,
      },
    },
  });
  if (!project) throw new UserError("meetingLive.errors.notOnAgenda");
  if (project.status !== "RECOMMENDED") throw new UserError("meetingLive.errors.projectNotRecommended");
  if (!(projectOutcomes as readonly string[]).includes(input.outcome))
    throw new ValidationError({ outcome: "meetingLive.errors.outcomeRequired" });
  const money = typedMoney(input);
  const budgetOre = budgetTotal(project.budgetLines.map((l) => ({ ...l, amountOre: oreToNumber(l.amountOre) ?? 0 })));
  const votes = typedVotes(input);
  const errors = checkMeetingDecision({
    ...input,
    ...money,
    requestedOre: budgetOre,
    votes,
    voters: await votersFor(item, null),
    decidedOn: now,
  });
  if (Object.keys(errors).length) throw new ValidationError(errors);
  const commits = (money.amountOre ?? 0) > 0;
  const poolId = commits ? await projectPool(project.id, committeeId, input.poolId) : null;
  if (commits && !poolId) throw new ValidationError({ poolId: "meetingLive.errors.poolRequired" });
  const typed = { ...input, aboveRequestReason: "" };
  const words = minutesWords(item, typed, money, budgetOre > 0 ? budgetOre : null, now);
  const to = projectStatusAfter(input.outcome);
  const firstYear = [...money.years].sort((a, b) => a.year - b.year)[0]?.year ?? null;
  return yearsOnField(() =>
    db().$transaction(async (tx) => {
      await claimItem(tx, item.id, input.itemVersion, words);
      const moved = await tx.project.updateMany({
        where: { id: project.id, status: "RECOMMENDED", deletedAt: null },
        data: commits ? { status: to, approvedAmountOre: BigInt(money.amountOre!) } : { status: to },
      });
      if (moved.count !== 1) throw new ConflictError("project status");
      // The ledger's warning before an over-commit; saved anyway, the decision records by how much.
      const exceededOre = await guardAvailable(tx, poolId, money.years, input.overCommitConfirmed ?? false);
      const decision = await tx.decision.create({
        data: {
          projectId: project.id,
          exceededAvailableOre: exceededOre === null ? null : BigInt(exceededOre),
          meetingId: item.meeting.id,
          agendaItemId: item.id,
          decidingBody: decidingBodyOf(item.meeting.kind),
          outcome: input.outcome,
          amountOre: money.amountOre === null ? null : BigInt(money.amountOre),
          fundsYear: firstYear,
          conditional: firstYear !== null && isConditional(firstYear, now),
          conditions: input.conditions,
          reasons: input.reasons,
          reasonsPersonal: input.reasonsPersonal,
          votesFor: votes?.for ?? null,
          votesAgainst: votes?.against ?? null,
          votesAbstain: votes?.abstain ?? null,
          decidedOn: now,
          recordedById: actor.id,
        },
        select: { id: true },
      });
      await commitYears(tx, decision.id, poolId, money.years, now);
      await tx.projectStatusChange.create({
        data: { projectId: project.id, from: "RECOMMENDED", to, byId: actor.id, note: input.reasons || words },
      });
      await audit(tx, {
        actorId: actor.id,
        actorLabel: actor.email,
        action: "project.decision",
        entityType: "Project",
        entityId: project.id,
        committeeId,
        changes: {
          outcome: input.outcome,
          amountOre: money.amountOre,
          years: money.years.map((y) => ({ ...y })),
          reasons: input.reasons,
          meetingId: item.meeting.id,
          agendaItemId: item.id,
          ...(exceededOre === null ? {} : { exceededAvailableOre: exceededOre }),
        },
      });
      return { id: decision.id, itemVersion: input.itemVersion + 1 };
    }),
  );
}
