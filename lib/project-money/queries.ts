import "server-only";
import { db } from "@/lib/db";
import { can, committeesWhere, type Actor } from "@/lib/auth/permissions";
import { oreToNumber } from "@/lib/money";
import { actorOnProject, mayEditProject } from "@/lib/projects/access";
import { fundsYearsWhere } from "./funds";
import { hoursPeopleWhere } from "./hours-mutations";
import { defaultFundsYear, hoursAgainstEstimate, leafLines, spendingSummary } from "./model";

const readable = (actor: Actor) => ({
  deletedAt: null,
  committeeId: { in: committeesWhere(actor, "project:read") },
});

/**
 * A project's money for its page: budgeted against spent per leaf line and per funds year, the expenses with their
 * receipts, the secretariat's hours against the estimate, and whether this person may add to them.
 */
export async function getProjectMoney(actor: Actor, projectId: string) {
  const project = await db().project.findFirst({
    where: { id: projectId, ...readable(actor) },
    select: {
      id: true,
      committeeId: true,
      status: true,
      secretariatHoursEstimate: true,
      ...actorOnProject(actor),
      budgetLines: {
        orderBy: [{ position: "asc" }],
        select: { id: true, parentId: true, label: true, groupLabel: true, year: true, amountOre: true },
      },
    },
  });
  if (!project) return null;
  const [years, expenses, hours, people] = await Promise.all([
    db().decisionYear.findMany({
      where: fundsYearsWhere(project.id),
      orderBy: { year: "asc" },
      select: { id: true, year: true, amountOre: true, releasedOre: true },
    }),
    db().projectExpense.findMany({
      where: { projectId: project.id, deletedAt: null },
      orderBy: [{ spentOn: "desc" }, { createdAt: "desc" }],
      select: {
        id: true,
        budgetLineId: true,
        decisionYearId: true,
        amountOre: true,
        spentOn: true,
        description: true,
        receipts: {
          where: { deletedAt: null, isReceipt: true },
          orderBy: { createdAt: "asc" },
          select: { id: true, filename: true },
        },
      },
    }),
    db().projectHours.findMany({
      where: { projectId: project.id, deletedAt: null },
      orderBy: [{ workedOn: "desc" }, { createdAt: "desc" }],
      select: { id: true, userId: true, workedOn: true, minutes: true, note: true },
    }),
    db().user.findMany({
      where: hoursPeopleWhere(project.committeeId),
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  const lines = project.budgetLines.map((l) => ({ ...l, amountOre: oreToNumber(l.amountOre) }));
  const funds = years.map((y) => ({
    id: y.id,
    year: y.year,
    amountOre: oreToNumber(y.amountOre) ?? 0,
    releasedOre: oreToNumber(y.releasedOre),
  }));
  const spent = expenses.map((e) => ({ ...e, amountOre: oreToNumber(e.amountOre) ?? 0 }));
  const lineLabel = new Map(lines.map((l) => [l.id, l]));
  const yearOf = new Map(funds.map((y) => [y.id, y.year]));
  const nameOf = new Map(people.map((p) => [p.id, p.name]));
  const absentNames = await db().user.findMany({
    where: { id: { in: hours.map((h) => h.userId).filter((u): u is string => !!u && !nameOf.has(u)) } },
    select: { id: true, name: true },
  });
  absentNames.forEach((u) => nameOf.set(u.id, u.name));
  return {
    projectId: project.id,
    canEdit: mayEditProject(actor, project),
    /** Books and deletes expenses: the committee's payment approvers, until the project is closed. */
    canSpend: can(actor, "payment:manage", project.committeeId) && project.status !== "CLOSED",
    closed: project.status === "CLOSED",
    approved: funds.length > 0,
    summary: spendingSummary(lines, spent, funds),
    lines: leafLines(lines).map((l) => ({ id: l.id, label: l.label, group: l.groupLabel, year: l.year })),
    years: funds.map((y) => ({ id: y.id, year: y.year })),
    defaultYearId: defaultFundsYear(funds, new Date())?.id ?? "",
    expenses: spent.map((e) => ({
      ...e,
      line: e.budgetLineId ? (lineLabel.get(e.budgetLineId) ?? null) : null,
      fundsYear: e.decisionYearId ? (yearOf.get(e.decisionYearId) ?? null) : null,
    })),
    hours: {
      ...hoursAgainstEstimate(project.secretariatHoursEstimate, hours),
      entries: hours.map((h) => ({ ...h, person: h.userId ? (nameOf.get(h.userId) ?? "–") : "–" })),
      perPerson: minutesPerPerson(hours).map(([userId, minutes]) => ({
        userId,
        person: nameOf.get(userId) ?? "–",
        minutes,
      })),
    },
    people,
  };
}

function minutesPerPerson(rows: readonly { userId: string | null; minutes: number }[]): [string, number][] {
  const sums = new Map<string, number>();
  for (const r of rows) sums.set(r.userId ?? "", (sums.get(r.userId ?? "") ?? 0) + r.minutes);
  return [...sums.entries()];
}

export type ProjectMoney = NonNullable<Awaited<ReturnType<typeof getProjectMoney>>>;

/** A receipt of one of the project's expenses, for whoever may read the project. */
export async function getReceipt(actor: Actor, projectId: string, receiptId: string) {
  return db().attachment.findFirst({
    where: {
      id: receiptId,
      isReceipt: true,
      deletedAt: null,
      expense: { projectId, deletedAt: null, project: readable(actor) },
    },
    select: { filename: true, mimeType: true, data: true },
  });
}
