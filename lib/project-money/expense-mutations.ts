import "server-only";
import { db, type Tx } from "@/lib/db";
import { audit } from "@/lib/audit";
import { assertCan, committeesWhere, type Actor } from "@/lib/auth/permissions";
import { ConflictError, NotFoundError, UserError, ValidationError } from "@/lib/actions/errors";
import type { UploadedFile } from "@/lib/applications/mutations";
import { parseKroner } from "@/lib/applications/model";
import { defaultFundsYear } from "./model";
import { lockFundsYear } from "./release";
import { receiptRows } from "./receipts";
import { fundsYearsWhere } from "./funds";
import type { ExpenseInput } from "./schema";

const who = (actor: Actor) => ({ actorId: actor.id, actorLabel: actor.email });

/**
 * The project as one who books its money reaches it: spending the pool's money is a payment, so it is for the
 * committee's payment approvers (payment:manage: the secretariat and admins); members on the project read it. A
 * closed project has returned what it did not spend, and takes no more.
 */
async function projectForSpending(actor: Actor, projectId: string) {
  const project = await db().project.findFirst({
    where: { id: projectId, deletedAt: null, committeeId: { in: committeesWhere(actor, "project:read") } },
    select: { id: true, committeeId: true, status: true },
  });
  if (!project) throw new NotFoundError();
  assertCan(actor, "payment:manage", project.committeeId);
  if (project.status === "CLOSED") throw new UserError("projectMoney.closed");
  return project;
}

/** A funds year locked for a change of its spending; one returned by the project's closing takes no change. */
async function openYear(tx: Tx, decisionYearId: string) {
  const year = await lockFundsYear(tx, decisionYearId);
  if (year.released) throw new UserError("projectMoney.closed");
  return year;
}

/**
 * An expense on a leaf line of the project's own budget, paid from one of its approved funds years (the pool
 * ledger counts it there) and within what that year has left, with its receipts in the database.
 */
export async function addExpense(
  actor: Actor,
  input: ExpenseInput,
  receipts: readonly UploadedFile[],
): Promise<{ id: string }> {
  const project = await projectForSpending(actor, input.projectId);
  const years = await db().decisionYear.findMany({
    where: fundsYearsWhere(project.id),
    select: { id: true, year: true },
  });
  if (years.length === 0) throw new UserError("projectMoney.notApproved");
  const spentOn = new Date(`${input.spentOn}T12:00:00Z`);
  const year = input.decisionYearId
    ? years.find((y) => y.id === input.decisionYearId)
    : defaultFundsYear(years, spentOn);
  if (!year) throw new ValidationError({ decisionYearId: "projectMoney.yearUnknown" });
  const amountOre = BigInt(parseKroner(input.amount)!);
  const files = receiptRows(receipts, actor.id);
  return db().$transaction(async (tx) => {
    // The line is read under a share lock on the project: a save that writes the lines anew waits, or is waited
    // for, so an expense never lands on a line the save has just removed.
    await tx.$queryRaw`SELECT id FROM "Project" WHERE id = ${project.id} FOR SHARE`;
    const line = await tx.budgetLine.findFirst({
      where: { id: input.budgetLineId, projectId: project.id, children: { none: {} } },
      select: { id: true, label: true },
    });
    if (!line) throw new ValidationError({ budgetLineId: "projectMoney.lineUnknown" });
    const { leftOre } = await openYear(tx, year.id);
    if (Number(amountOre) > leftOre)
      throw new ValidationError(
        { amount: "projectMoney.overYear" },
        { amount: { year: year.year, left: { ore: Math.max(0, leftOre) } } },
      );
    const expense = await tx.projectExpense.create({
      data: {
        projectId: project.id,
        budgetLineId: line.id,
        decisionYearId: year.id,
        amountOre,
        spentOn,
        description: input.description,
        createdById: actor.id,
        receipts: { create: files },
      },
      select: { id: true },
    });
    await audit(tx, {
      ...who(actor),
      action: "projectExpense.create",
      entityType: "ProjectExpense",
      entityId: expense.id,
      committeeId: project.committeeId,
      changes: {
        projectId: project.id,
        budgetLine: line.label,
        fundsYear: year.year,
        amountOre: String(amountOre),
        spentOn: input.spentOn,
        description: input.description,
        receipts: files.map((f) => f.filename),
      },
    });
    return expense;
  });
}

/** An expense taken back: kept with the day it was deleted (the history and the audit keep it), no longer counted. */
export async function deleteExpense(actor: Actor, expenseId: string): Promise<void> {
  const found = await db().projectExpense.findFirst({
    where: {
      id: expenseId,
      project: { deletedAt: null, committeeId: { in: committeesWhere(actor, "project:read") } },
    },
    select: {
      id: true,
      projectId: true,
      decisionYearId: true,
      amountOre: true,
      description: true,
      deletedAt: true,
    },
  });
  if (!found) throw new NotFoundError();
  const project = await projectForSpending(actor, found.projectId);
  if (found.deletedAt) throw new ConflictError("expense deleted");
  await db().$transaction(async (tx) => {
    if (found.decisionYearId) await openYear(tx, found.decisionYearId);
    const { count } = await tx.projectExpense.updateMany({
      where: { id: found.id, deletedAt: null },
      data: { deletedAt: new Date() },
    });
    if (count !== 1) throw new ConflictError("expense deleted");
    await audit(tx, {
      ...who(actor),
      action: "projectExpense.delete",
      entityType: "ProjectExpense",
      entityId: found.id,
      committeeId: project.committeeId,
      changes: { projectId: found.projectId, amountOre: String(found.amountOre), description: found.description },
    });
  });
}
