// Pure project logic: budget totals and matrices, work-distribution totals,
// success-criterion progress, quarter arithmetic. No Prisma, no Next.

// ── Budget ────────────────────────────────────────────────────────────────

export type BudgetLineInput = {
  id: string;
  parentId: string | null;
  label: string;
  groupLabel: string | null;
  category: string | null;
  year: number | null;
  amountOre: number | null;
  isIncome: boolean;
};

/** The columns of a budget line that `budgetTotal` reads: one `select` for every read that totals a budget. */
export const budgetLineColumns = {
  id: true,
  parentId: true,
  label: true,
  groupLabel: true,
  category: true,
  year: true,
  amountOre: true,
  isIncome: true,
} as const;

/** A document's budget (lines with nested sub-lines) as the flat lines the functions below read; ids by position. */
export function budgetLinesOf(
  budget:
    | readonly {
        label: string;
        groupLabel?: string;
        category?: string;
        year?: number;
        amountOre?: number;
        children?: readonly { label: string; amountOre: number }[];
      }[]
    | undefined,
): BudgetLineInput[] {
  return (budget ?? []).flatMap((l, i) => [
    {
      id: `b${i}`,
      parentId: null,
      label: l.label,
      groupLabel: l.groupLabel ?? null,
      category: l.category ?? null,
      year: l.year ?? null,
      amountOre: l.amountOre ?? null,
      isIncome: false,
    },
    ...(l.children ?? []).map((c, j) => ({
      id: `b${i}-${j}`,
      parentId: `b${i}`,
      label: c.label,
      groupLabel: null,
      category: null,
      year: null,
      amountOre: c.amountOre,
      isIncome: false,
    })),
  ]);
}

export type BudgetNode = BudgetLineInput & { children: BudgetNode[]; totalOre: number; subLinesExceed: boolean };

/**
 * Lines as a tree with derived totals. A line with sub-lines totals its
 * sub-lines; its own typed amount, if any, is only checked against them
 * (subLinesExceed), never added on top.
 */
export function budgetTree(lines: readonly BudgetLineInput[]): BudgetNode[] {
  const byParent = new Map<string | null, BudgetLineInput[]>();
  for (const line of lines) {
    const key = line.parentId;
    byParent.set(key, [...(byParent.get(key) ?? []), line]);
  }
  const build = (line: BudgetLineInput): BudgetNode => {
    const children = (byParent.get(line.id) ?? []).map(build);
    const childTotal = children.reduce((s, c) => s + c.totalOre, 0);
    const totalOre = children.length > 0 ? childTotal : (line.amountOre ?? 0);
    const subLinesExceed = children.length > 0 && line.amountOre !== null && childTotal > line.amountOre;
    return { ...line, children, totalOre, subLinesExceed };
  };
  return (byParent.get(null) ?? []).map(build);
}

export function budgetTotal(lines: readonly BudgetLineInput[], income = false): number {
  return budgetTree(lines)
    .filter((n) => n.isIncome === income)
    .reduce((s, n) => s + n.totalOre, 0);
}

type BudgetMatrix = {
  years: number[];
  rows: { group: string; category: string; cells: (number | null)[]; totalOre: number }[];
  yearTotals: number[];
  totalOre: number;
};

/**
 * A multi-year budget as rows (group × category) by years, with row and
 * column totals. Lines without a year are left out: a matrix is only shown
 * for budgets whose lines all carry one (see hasYears).
 */
export function budgetMatrix(lines: readonly BudgetLineInput[]): BudgetMatrix {
  const leaves = lines.filter((l) => l.year !== null && !lines.some((c) => c.parentId === l.id));
  const years = [...new Set(leaves.map((l) => l.year as number))].sort((a, b) => a - b);
  const rowKeys: string[] = [];
  const rows = new Map<string, { group: string; category: string; cells: (number | null)[] }>();
  for (const l of leaves) {
    const group = l.groupLabel ?? l.label;
    const category = l.category ?? "";
    const key = `${group}\u0000${category}`;
    if (!rows.has(key)) {
      rowKeys.push(key);
      rows.set(key, { group, category, cells: years.map(() => null) });
    }
    const row = rows.get(key)!;
    const i = years.indexOf(l.year as number);
    row.cells[i] = (row.cells[i] ?? 0) + (l.amountOre ?? 0);
  }
  const out = rowKeys.map((k) => {
    const r = rows.get(k)!;
    return { ...r, totalOre: r.cells.reduce<number>((s, c) => s + (c ?? 0), 0) };
  });
  const yearTotals = years.map((_, i) => out.reduce((s, r) => s + (r.cells[i] ?? 0), 0));
  return { years, rows: out, yearTotals, totalOre: yearTotals.reduce((s, v) => s + v, 0) };
}

export function hasYears(lines: readonly BudgetLineInput[]): boolean {
  return lines.length > 0 && lines.every((l) => l.year !== null || l.parentId !== null);
}

// ── Work distribution ─────────────────────────────────────────────────────

export type WorkGrid = {
  roles: { id: string; label: string; isSecretariat: boolean }[];
  rows: { id: string; label: string }[];
  cells: { rowId: string; roleId: string; minutes: number | null; mark: string | null }[];
};

type WorkTotals = {
  rowMinutes: Record<string, number>;
  roleMinutes: Record<string, number>;
  totalMinutes: number;
  secretariatMinutes: number;
  /** Hours by role are only meaningful when the grid holds numbers, not marks. */
  hasHours: boolean;
};

export function workTotals(grid: WorkGrid): WorkTotals {
  const rowMinutes: Record<string, number> = {};
  const roleMinutes: Record<string, number> = {};
  for (const r of grid.rows) rowMinutes[r.id] = 0;
  for (const r of grid.roles) roleMinutes[r.id] = 0;
  let hasHours = false;
  for (const c of grid.cells) {
    if (c.minutes === null) continue;
    hasHours = true;
    rowMinutes[c.rowId] = (rowMinutes[c.rowId] ?? 0) + c.minutes;
    roleMinutes[c.roleId] = (roleMinutes[c.roleId] ?? 0) + c.minutes;
  }
  const secretariatMinutes = grid.roles
    .filter((r) => r.isSecretariat)
    .reduce((s, r) => s + (roleMinutes[r.id] ?? 0), 0);
  return {
    rowMinutes,
    roleMinutes,
    totalMinutes: Object.values(roleMinutes).reduce((s, v) => s + v, 0),
    secretariatMinutes,
    hasHours,
  };
}

/** "ok" when the secretariat column matches the estimate, else which way it is off. */
export function checkSecretariatHours(
  estimateMinutes: number | null,
  totals: WorkTotals,
): "ok" | "over" | "under" | "unknown" {
  if (estimateMinutes === null || !totals.hasHours) return "unknown";
  if (totals.secretariatMinutes === estimateMinutes) return "ok";
  return totals.secretariatMinutes > estimateMinutes ? "over" : "under";
}

// ── Success criteria ──────────────────────────────────────────────────────

export type CriterionKind =
  "MINIMUM" | "RANGE" | "COUNT_BY_DATE" | "SHARE" | "BASELINE_CHANGE" | "DIRECTION" | "DELIVERABLE" | "QUALITATIVE";

export type CriterionInput = {
  kind: CriterionKind;
  targetMin: number | null;
  targetMax: number | null;
  baseline: number | null;
  direction: "UP" | "DOWN" | null;
  byDate: Date | null;
};

type MeasurementInput = { measuredOn: Date; value: number | null; achieved: boolean | null };

type Progress = {
  state: "met" | "not_met" | "in_progress" | "no_data" | "not_measurable";
  latest: number | null;
};

/** Progress of a criterion from its latest measurement. Values are in thousandths. */
export function criterionProgress(
  c: CriterionInput,
  measurements: readonly MeasurementInput[],
  today: Date = new Date(),
): Progress {
  if (c.kind === "QUALITATIVE") return { state: "not_measurable", latest: null };
  const latest = [...measurements].sort((a, b) => b.measuredOn.getTime() - a.measuredOn.getTime())[0];
  if (!latest) return { state: "no_data", latest: null };
  if (c.kind === "DELIVERABLE") return { state: latest.achieved ? "met" : "in_progress", latest: null };
  const v = latest.value;
  if (v === null) return { state: "no_data", latest: null };
  const met = (() => {
    switch (c.kind) {
      case "MINIMUM":
      case "SHARE":
      case "COUNT_BY_DATE":
        return c.targetMin !== null && v >= c.targetMin;
      case "RANGE":
        return (c.targetMin === null || v >= c.targetMin) && (c.targetMax === null || v <= c.targetMax);
      case "BASELINE_CHANGE":
      case "DIRECTION": {
        if (c.baseline === null) return false;
        const up = c.direction !== "DOWN";
        const target = c.targetMin ?? c.baseline;
        return up ? v > c.baseline && v >= target : v < c.baseline && v <= target;
      }
    }
  })();
  if (met) return { state: "met", latest: v };
  const deadlinePassed = c.byDate !== null && c.byDate.getTime() < today.getTime();
  return { state: deadlinePassed || c.kind === "RANGE" ? "not_met" : "in_progress", latest: v };
}

// ── Quarters ──────────────────────────────────────────────────────────────

type Quarter = { year: number; quarter: number };

export function quarterIndex(q: Quarter): number {
  return q.year * 4 + (q.quarter - 1);
}

/** Every quarter from the first to the last, inclusive. */
export function quarterRange(from: Quarter, to: Quarter): Quarter[] {
  const out: Quarter[] = [];
  for (let i = quarterIndex(from); i <= quarterIndex(to); i++)
    out.push({ year: Math.floor(i / 4), quarter: (i % 4) + 1 });
  return out;
}

// ── The staff list ────────────────────────────────────────────────────────

export const projectStatuses = [
  "IDEA",
  "DRAFT",
  "RECOMMENDED",
  "APPROVED",
  "REFUSED",
  "POSTPONED",
  "SCALED_DOWN",
  "RUNNING",
  "HELD",
  "EVALUATED",
  "CLOSED",
] as const;
export type ProjectStatusName = (typeof projectStatuses)[number];

/** A page of the list: a committee of a large city holds thousands of projects, and one page renders 50. */
export const projectListPageSize = 50;

export type ProjectListFilters = { q: string; status: ProjectStatusName | null; page: number };

/** The list's address (`?q=…&status=…&side=…`) read leniently: anything unknown means no filter, page 1. */
export function parseProjectListFilters(params: Record<string, string | string[] | undefined>): ProjectListFilters {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
  const status = first(params.status);
  const page = Number(first(params.side));
  return {
    q: first(params.q).trim().slice(0, 200),
    status: (projectStatuses as readonly string[]).includes(status) ? (status as ProjectStatusName) : null,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The address of another page of the same filtered list. */
export function projectListHref(f: ProjectListFilters, page: number): string {
  const params = new URLSearchParams();
  if (f.q) params.set("q", f.q);
  if (f.status) params.set("status", f.status);
  if (page > 1) params.set("side", String(page));
  const query = params.toString();
  return query ? `/projects?${query}` : "/projects";
}
