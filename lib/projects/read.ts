// Reads a project (and its interventions) back as a ProjectDocument: the
// inverse of write.ts. The JSON export, the version snapshots and the editor
// all use this one shape.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { SectionPart } from "@/lib/generated/prisma/enums";
import type { ProjectDocument } from "./document";
import { missingRequired } from "./editor-spec";

type Client = Pick<PrismaClient, "project">;

const day = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : undefined);
const text = (s: string | null | undefined) => (s ? s : undefined);
const num = (n: number | bigint | null | undefined) => (n === null || n === undefined ? undefined : Number(n));
const list = <T>(items: T[]) => (items.length ? items : undefined);

/** Drops undefined fields so two documents compare (and serialise) alike. */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

const include = {
  template: { select: { id: true } },
  people: { orderBy: { position: "asc" }, include: { user: { select: { email: true } } } },
  targetGroups: { orderBy: { position: "asc" } },
  goals: { orderBy: { position: "asc" } },
  planGoals: { include: { planGoal: { select: { code: true } } } },
  criteria: { orderBy: { position: "asc" }, include: { measurements: { orderBy: { measuredOn: "asc" } } } },
  partners: { orderBy: { position: "asc" } },
  communication: { orderBy: { position: "asc" } },
  timeline: { orderBy: { position: "asc" } },
  quarterSpans: { orderBy: { position: "asc" }, include: { intervention: { select: { slug: true } } } },
  workRoles: { orderBy: { position: "asc" } },
  workRows: { orderBy: { position: "asc" }, include: { cells: true } },
  secretariatTasks: { orderBy: { position: "asc" } },
  staffing: { orderBy: { position: "asc" } },
  budgetLines: {
    where: { parentId: null },
    orderBy: { position: "asc" },
    include: { intervention: { select: { slug: true } }, children: { orderBy: { position: "asc" } } },
  },
  funding: { orderBy: { position: "asc" } },
  statusReports: { where: { dueOn: null }, orderBy: { createdAt: "asc" } },
  freeSections: { orderBy: { position: "asc" } },
  children: { where: { deletedAt: null }, orderBy: { position: "asc" }, select: { id: true } },
} as const;

export async function readProjectDocument(client: Client, id: string): Promise<ProjectDocument | null> {
  const p = await client.project.findFirst({ where: { id, deletedAt: null }, include });
  if (!p) return null;
  const children: ProjectDocument[] = [];
  for (const c of p.children) {
    const child = await readProjectDocument(client, c.id);
    if (child) children.push(child);
  }
  return compact<ProjectDocument>({
    id: p.id,
    slug: p.slug,
    kind: p.kind,
    title: p.title,
    alias: text(p.alias),
    status: p.status,
    ownerBody: text(p.ownerBody),
    workingGroupText: text(p.workingGroupText),
    periodText: text(p.periodText),
    startDate: day(p.startDate),
    endDate: day(p.endDate),
    purpose: text(p.purpose),
    background: text(p.background),
    description: text(p.description),
    effect: text(p.effect),
    followUp: text(p.followUp),
    anchoring: text(p.anchoring),
    responsibility: text(p.responsibility),
    evaluationPlan: text(p.evaluationPlan),
    secretariatHoursEstimate: num(p.secretariatHoursEstimate),
    secretariatHoursText: text(p.secretariatHoursText),
    budgetNote: text(p.budgetNote),
    budgetStatedTotalOre: p.budgetStatedTotalOre === null ? undefined : Number(p.budgetStatedTotalOre),
    people: list(
      p.people.map((x) =>
        compact({
          role: x.role,
          name: x.name,
          userEmail: x.user?.email,
          organisation: text(x.organisation),
          uncertain: x.uncertain || undefined,
        }),
      ),
    ),
    targetGroups: list(p.targetGroups.map((x) => ({ priority: x.priority, text: x.text }))),
    goals: list(
      p.goals.map((x) =>
        compact({ kind: x.kind, horizon: x.horizon === "UNSPECIFIED" ? undefined : x.horizon, text: x.text }),
      ),
    ),
    planGoalCodes: list(p.planGoals.map((x) => x.planGoal.code).sort()),
    criteria: list(
      p.criteria.map((c) =>
        compact({
          kind: c.kind,
          label: c.label,
          text: c.text,
          unit: text(c.unit),
          targetMin: num(c.targetMin),
          targetMax: num(c.targetMax),
          baseline: num(c.baseline),
          byDate: day(c.byDate),
          direction: c.direction ?? undefined,
          measurements: list(
            c.measurements.map((m) =>
              compact({
                measuredOn: day(m.measuredOn)!,
                value: num(m.value),
                achieved: m.achieved ?? undefined,
                text: text(m.text),
              }),
            ),
          ),
        }),
      ),
    ),
    partners: list(p.partners.map((x) => compact({ name: x.name, role: text(x.role) }))),
    communication: list(
      p.communication.map((x) => compact({ phase: x.phase, text: x.text, channels: list(x.channels) })),
    ),
    timeline: list(
      p.timeline.map((x) =>
        compact({
          precision: x.precision,
          year: num(x.year),
          period: num(x.period),
          at: x.at?.toISOString(),
          venue: text(x.venue),
          title: x.title,
          details: text(x.details),
          done: x.done || undefined,
        }),
      ),
    ),
    work:
      p.workRoles.length || p.workRows.length
        ? {
            roles: p.workRoles.map((r) => compact({ label: r.label, isSecretariat: r.isSecretariat || undefined })),
            rows: p.workRows.map((row) => ({
              label: row.label,
              cells: p.workRoles.map((r) => {
                const cell = row.cells.find((c) => c.roleId === r.id);
                return cell ? (cell.minutes ?? cell.mark ?? null) : null;
              }),
            })),
          }
        : undefined,
    secretariatTasks: list(p.secretariatTasks.map((x) => x.text)),
    staffing: list(
      p.staffing.map((s) =>
        compact({
          title: s.title,
          durationText: text(s.durationText),
          months: num(s.months),
          workplace: text(s.workplace),
          dailyLead: text(s.dailyLead),
          reportsTo: text(s.reportsTo),
          note: text(s.note),
        }),
      ),
    ),
    budget: list(
      p.budgetLines.map((l) =>
        compact({
          label: l.label,
          groupLabel: text(l.groupLabel),
          category: text(l.category),
          year: num(l.year),
          interventionSlug: l.intervention?.slug,
          amountOre: num(l.amountOre),
          amountText: text(l.amountText),
          note: text(l.note),
          children: list(
            l.children.map((c) =>
              compact({ label: c.label, amountOre: num(c.amountOre) ?? 0, amountText: text(c.amountText) }),
            ),
          ),
        }),
      ),
    ),
    funding: list(
      p.funding.map((f) =>
        compact({
          kind: f.kind,
          name: f.name,
          amountOre: num(f.amountOre),
          amountText: text(f.amountText),
          year: num(f.year),
          note: text(f.note),
          pool: f.poolId ? true : undefined,
        }),
      ),
    ),
    quarterPlan: list(
      p.quarterSpans.map((s) =>
        compact({
          rowLabel: s.rowLabel,
          interventionSlug: s.intervention?.slug,
          from: [s.startYear, s.startQuarter] as [number, number],
          to: [s.endYear, s.endQuarter] as [number, number],
          label: s.label,
        }),
      ),
    ),
    reports: list(
      p.statusReports.map((r) =>
        compact({
          kind: r.kind,
          periodText: r.periodText,
          periodStart: r.periodStart ? r.periodStart.toISOString().slice(0, 10) : undefined,
          text: r.text,
          continuation: text(r.continuation),
          published: r.published || undefined,
        }),
      ),
    ),
    freeSections: list(
      p.freeSections.map((f) => compact({ heading: f.heading, body: f.body, after: f.afterPart ?? undefined })),
    ),
    importSource: Array.isArray(p.importSource) ? (p.importSource as ProjectDocument["importSource"]) : undefined,
    children: list(children),
  });
}

/**
 * The sections the project's form requires that are not written yet (their
 * headings in the form's words). No permission check: callers read the project first.
 */
export async function missingRequiredSections(
  client: Pick<PrismaClient, "project" | "template">,
  projectId: string,
): Promise<{ heading: string; part: SectionPart }[]> {
  const [template, doc] = await Promise.all([
    client.template.findFirst({
      where: { projects: { some: { id: projectId } } },
      select: {
        sections: {
          orderBy: { position: "asc" },
          select: { part: true, heading: true, helpText: true, required: true },
        },
      },
    }),
    readProjectDocument(client, projectId),
  ]);
  if (!template || !doc) return [];
  return missingRequired(template.sections, doc).map((s) => ({ heading: s.heading, part: s.part }));
}
