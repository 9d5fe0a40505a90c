// Writes a ProjectDocument (and its interventions) with every typed part.
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { ProjectDocument } from "./document";
import { budgetLinesOf, budgetTotal } from "./model";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export type WriteContext = {
  committeeId: string;
  templateId?: string;
  poolId?: string;
  createdById: string;
  userIdByEmail: Map<string, string>;
  planGoalIdByCode: Map<string, string>;
  note?: string;
};

const date = (s?: string) => (s ? new Date(`${s}T00:00:00.000Z`) : undefined);

/**
 * Everything a project holds besides its own row and its interventions,
 * removed before it is written anew. Interventions are projects with their
 * own history: they are updated in place by id, never deleted here.
 */
async function deleteOwnContent(tx: Tx, projectId: string): Promise<void> {
  await tx.measurement.deleteMany({ where: { criterion: { projectId } } });
  await tx.successCriterion.deleteMany({ where: { projectId } });
  await tx.workCell.deleteMany({ where: { row: { projectId } } });
  await tx.workRow.deleteMany({ where: { projectId } });
  await tx.workRole.deleteMany({ where: { projectId } });
  await tx.quarterSpan.deleteMany({ where: { programmeId: projectId } });
  await tx.budgetLine.deleteMany({ where: { projectId, parentId: { not: null } } });
  await tx.budgetLine.deleteMany({ where: { projectId } });
  // Reports the plan dated (lib/project-reports) are kept: they are planned and written on the project page, not
  // in the document.
  await tx.statusReport.deleteMany({ where: { projectId, dueOn: null } });
  for (const model of ownLists) {
    await (
      tx[model] as unknown as { deleteMany: (a: { where: { projectId: string } }) => Promise<unknown> }
    ).deleteMany({ where: { projectId } });
  }
}

/**
 * The budget lines as a save finds them: id and identity. The document carries no line ids, so a line is known
 * across a save by what it says: its group, label, year and intervention, and for a sub-line its parent's too.
 */
async function budgetLineIdentities(tx: Tx, projectId: string) {
  const own = { label: true, groupLabel: true, year: true, interventionId: true } as const;
  const lines = await tx.budgetLine.findMany({
    where: { projectId },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, ...own, parent: { select: own } },
  });
  const said = (l: {
    label: string;
    groupLabel: string | null;
    year: number | null;
    interventionId: string | null;
  }) => [l.groupLabel ?? null, l.label, l.year ?? null, l.interventionId ?? null];
  return lines.map((l) => ({ id: l.id, key: JSON.stringify([l.parent ? said(l.parent) : null, said(l)]) }));
}

/**
 * Keeps the project's expenses on their budget lines through a save that writes the lines anew: each expense
 * moves to the new line of the same identity. Lines alike (the same identity) are paired in order only when as
 * many remain as there were; otherwise which one an expense was on cannot be told, and it is left on no line
 * rather than guessed, as is one whose line is gone (renamed or removed). The money section shows such expenses
 * as spent outside the budget's lines.
 */
async function relinkExpenses(tx: Tx, projectId: string, before: { id: string; key: string }[]): Promise<void> {
  const used = await tx.projectExpense.findMany({
    where: { projectId, budgetLineId: { in: before.map((l) => l.id) } },
    distinct: ["budgetLineId"],
    select: { budgetLineId: true },
  });
  if (used.length === 0) return;
  const group = (lines: { id: string; key: string }[]) => {
    const byKey = new Map<string, string[]>();
    for (const l of lines) byKey.set(l.key, [...(byKey.get(l.key) ?? []), l.id]);
    return byKey;
  };
  const was = group(before);
  const now = group(await budgetLineIdentities(tx, projectId));
  const moved = new Map<string, string | null>();
  for (const [key, ids] of was) {
    const fresh = now.get(key) ?? [];
    ids.forEach((id, i) => moved.set(id, fresh.length === ids.length ? fresh[i]! : null));
  }
  for (const { budgetLineId } of used)
    await tx.projectExpense.updateMany({
      where: { projectId, budgetLineId },
      data: { budgetLineId: moved.get(budgetLineId!) ?? null },
    });
}

const ownLists = [
  "projectPerson",
  "targetGroup",
  "projectGoal",
  "projectPlanGoal",
  "partner",
  "communicationItem",
  "timelineItem",
  "secretariatTask",
  "staffingPosition",
  "freeSection",
  "fundingSource",
] as const;

/**
 * Writes a document: "create" makes the project (version 1, as the seed and an
 * import do); "replace" rewrites an existing project's content in place, and
 * the caller records the new version. A replace never writes the status (only
 * the workflow moves it) nor who created it; interventions the document names
 * by an id this project already has are replaced in place, new ones created,
 * and those left out are marked deleted, so each keeps its history.
 */
export async function writeProject(
  tx: Tx,
  doc: ProjectDocument,
  ctx: WriteContext,
  parentId?: string,
  position = 0,
  mode: "create" | "replace" = "create",
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const linesBefore = mode === "replace" ? await budgetLineIdentities(tx, doc.id) : [];
  if (mode === "replace") await deleteOwnContent(tx, doc.id);
  const data = {
    slug: doc.slug,
    kind: doc.kind,
    parentId,
    position,
    title: doc.title,
    alias: doc.alias,
    ownerBody: doc.ownerBody,
    workingGroupText: doc.workingGroupText,
    periodText: doc.periodText,
    startDate: date(doc.startDate),
    endDate: date(doc.endDate),
    purpose: doc.purpose ?? "",
    background: doc.background ?? "",
    description: doc.description ?? "",
    effect: doc.effect ?? "",
    followUp: doc.followUp ?? "",
    anchoring: doc.anchoring ?? "",
    responsibility: doc.responsibility ?? "",
    evaluationPlan: doc.evaluationPlan ?? "",
    secretariatHoursEstimate: doc.secretariatHoursEstimate,
    secretariatHoursText: doc.secretariatHoursText,
    budgetNote: doc.budgetNote ?? "",
    budgetStatedTotalOre: statedTotal(doc),
    people: {
      create: (doc.people ?? []).map((p, i) => ({
        role: p.role,
        name: p.name,
        organisation: p.organisation,
        uncertain: p.uncertain ?? false,
        userId: p.userEmail ? ctx.userIdByEmail.get(p.userEmail) : undefined,
        position: i,
      })),
    },
    targetGroups: { create: (doc.targetGroups ?? []).map((t, i) => ({ ...t, position: i })) },
    goals: {
      create: (doc.goals ?? []).map((g, i) => ({
        kind: g.kind,
        horizon: g.horizon ?? "UNSPECIFIED",
        text: g.text,
        position: i,
      })),
    },
    planGoals: {
      create: (doc.planGoalCodes ?? []).flatMap((code) => {
        const planGoalId = ctx.planGoalIdByCode.get(code);
        return planGoalId ? [{ planGoalId }] : [];
      }),
    },
    partners: { create: (doc.partners ?? []).map((p, i) => ({ name: p.name, role: p.role ?? "", position: i })) },
    communication: {
      create: (doc.communication ?? []).map((c, i) => ({
        phase: c.phase,
        text: c.text,
        channels: c.channels ?? [],
        position: i,
      })),
    },
    timeline: {
      create: (doc.timeline ?? []).map((t, i) => ({
        precision: t.precision,
        year: t.year,
        period: t.period,
        at: t.at ? new Date(t.at) : undefined,
        venue: t.venue,
        title: t.title,
        details: t.details ?? "",
        done: t.done ?? false,
        position: i,
      })),
    },
    secretariatTasks: { create: (doc.secretariatTasks ?? []).map((text, i) => ({ text, position: i })) },
    staffing: {
      create: (doc.staffing ?? []).map((s, i) => ({
        ...s,
        durationText: s.durationText ?? "",
        workplace: s.workplace ?? "",
        dailyLead: s.dailyLead ?? "",
        reportsTo: s.reportsTo ?? "",
        note: s.note ?? "",
        position: i,
      })),
    },
    statusReports: {
      create: (doc.reports ?? []).map((r) => ({
        kind: r.kind,
        periodText: r.periodText,
        periodStart: r.periodStart ? new Date(`${r.periodStart}T00:00:00Z`) : undefined,
        text: r.text,
        continuation: r.continuation,
        published: r.published ?? false,
        submittedAt: new Date(),
        createdById: ctx.createdById,
      })),
    },
    freeSections: {
      create: (doc.freeSections ?? []).map((f, i) => ({
        heading: f.heading,
        body: f.body,
        position: i,
        afterPart: f.after ?? null,
      })),
    },
    importSource: doc.importSource ? (doc.importSource as unknown as Prisma.InputJsonValue) : Prisma.DbNull,
    funding: {
      create: (doc.funding ?? []).map((f, i) => ({
        kind: f.kind,
        name: f.name,
        amountOre: f.amountOre === undefined ? undefined : BigInt(f.amountOre),
        amountText: f.amountText,
        year: f.year,
        note: f.note ?? "",
        poolId: f.pool ? ctx.poolId : undefined,
        position: i,
      })),
    },
  };
  if (mode === "replace") await tx.project.update({ where: { id: doc.id }, data: { ...data, deletedAt: null } });
  else
    await tx.project.create({
      data: {
        ...data,
        id: doc.id,
        status: doc.status,
        createdById: ctx.createdById,
        committeeId: ctx.committeeId,
        templateId: parentId ? undefined : ctx.templateId,
      },
    });
  ids.set(doc.slug, doc.id);

  for (const [i, c] of (doc.criteria ?? []).entries()) {
    await tx.successCriterion.create({
      data: {
        projectId: doc.id,
        position: i,
        kind: c.kind,
        label: c.label,
        text: c.text,
        unit: c.unit,
        targetMin: c.targetMin,
        targetMax: c.targetMax,
        baseline: c.baseline,
        byDate: date(c.byDate),
        direction: c.direction,
        measurements: {
          create: (c.measurements ?? []).map((m) => ({
            measuredOn: new Date(`${m.measuredOn}T00:00:00.000Z`),
            value: m.value,
            achieved: m.achieved,
            text: m.text ?? "",
            createdById: ctx.createdById,
          })),
        },
      },
    });
  }

  if (doc.work) {
    const roleIds: string[] = [];
    for (const [i, role] of doc.work.roles.entries()) {
      const r = await tx.workRole.create({
        data: { projectId: doc.id, label: role.label, isSecretariat: role.isSecretariat ?? false, position: i },
      });
      roleIds.push(r.id);
    }
    for (const [i, row] of doc.work.rows.entries()) {
      await tx.workRow.create({
        data: {
          projectId: doc.id,
          label: row.label,
          position: i,
          cells: {
            create: row.cells.flatMap((cell, j) => {
              const roleId = roleIds[j];
              if (cell === null || roleId === undefined) return [];
              return [typeof cell === "number" ? { roleId, minutes: cell } : { roleId, mark: cell }];
            }),
          },
        },
      });
    }
  }

  const existing =
    mode === "replace"
      ? new Set((await tx.project.findMany({ where: { parentId: doc.id }, select: { id: true } })).map((c) => c.id))
      : new Set<string>();
  for (const [i, child] of (doc.children ?? []).entries()) {
    const childIds = await writeProject(tx, child, ctx, doc.id, i, existing.has(child.id) ? "replace" : "create");
    for (const [k, v] of childIds) ids.set(k, v);
  }
  const kept = new Set((doc.children ?? []).map((c) => c.id));
  const gone = [...existing].filter((id) => !kept.has(id));
  if (gone.length)
    await tx.project.updateMany({ where: { id: { in: gone }, deletedAt: null }, data: { deletedAt: new Date() } });

  for (const [i, line] of (doc.budget ?? []).entries()) {
    await tx.budgetLine.create({
      data: {
        projectId: doc.id,
        label: line.label,
        groupLabel: line.groupLabel,
        category: line.category,
        year: line.year,
        interventionId: line.interventionSlug ? ids.get(line.interventionSlug) : undefined,
        amountOre: line.amountOre === undefined ? undefined : BigInt(line.amountOre),
        amountText: line.amountText,
        note: line.note ?? "",
        position: i,
        children: {
          create: (line.children ?? []).map((c, j) => ({
            projectId: doc.id,
            label: c.label,
            amountOre: BigInt(c.amountOre),
            amountText: c.amountText,
            position: j,
          })),
        },
      },
    });
  }

  if (linesBefore.length) await relinkExpenses(tx, doc.id, linesBefore);

  for (const [i, span] of (doc.quarterPlan ?? []).entries()) {
    await tx.quarterSpan.create({
      data: {
        programmeId: doc.id,
        interventionId: span.interventionSlug ? ids.get(span.interventionSlug) : undefined,
        rowLabel: span.rowLabel,
        startYear: span.from[0],
        startQuarter: span.from[1],
        endYear: span.to[0],
        endQuarter: span.to[1],
        label: span.label,
        position: i,
      },
    });
  }

  if (mode === "create" && !parentId) {
    await tx.projectVersion.create({
      data: {
        projectId: doc.id,
        version: 1,
        snapshot: JSON.parse(JSON.stringify(doc)),
        note: ctx.note ?? "Oprettet",
        createdById: ctx.createdById,
      },
    });
    await tx.projectStatusChange.create({
      data: { projectId: doc.id, from: null, to: doc.status, byId: ctx.createdById, note: ctx.note ?? "Oprettet" },
    });
  }
  return ids;
}

/** A form's stated total is kept while it differs from the lines: once the lines add up to it, it says nothing. */
function statedTotal(doc: ProjectDocument): bigint | null {
  const stated = doc.budgetStatedTotalOre;
  return stated === undefined || stated === budgetTotal(budgetLinesOf(doc.budget)) ? null : BigInt(stated);
}
