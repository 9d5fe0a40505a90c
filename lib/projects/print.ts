// A project as printed matter: the template's headings in its order, each
// section as paragraphs, lists and tables with derived totals. The PDF is
// drawn from this; it holds no layout. Pure apart from the catalogue: texts
// come from translatorFor, numbers and dates from lib/i18n/format.ts.
import { placeOwnSections } from "@/lib/templates/model";
import type { ProjectView } from "./queries";
import { defaultOrder } from "./sections";
import { budgetMatrix, budgetTree, hasYears, workTotals, type BudgetNode } from "./model";
import { formatDateTime, formatHalfYear, formatKr, formatMonth, formatNumber, formatQuarter } from "@/lib/i18n/format";
import { type Locale } from "@/lib/i18n/config";
import { translatorFor, type Translator } from "@/lib/i18n/translator";
import { reportsSection } from "@/lib/project-reports/print";

export type Block =
  | { kind: "p"; text: string }
  | { kind: "list"; items: string[] }
  | { kind: "table"; head: string[]; rows: string[][]; foot?: string[] };
export type PrintSection = { heading: string; inline: boolean; blocks: Block[] };
export type Printable = { formTitle: string; title: string; meta: string; sections: PrintSection[] };

const paras = (text: string | null | undefined): Block[] =>
  text
    ? text
        .split(/\n{2,}/)
        .map((p) => ({ kind: "p" as const, text: p.trim() }))
        .filter((b) => b.text)
    : [];
const list = (items: string[]): Block[] => (items.length ? [{ kind: "list", items }] : []);

function when(item: ProjectView["timeline"][number], locale: Locale, t: Translator): string {
  if ((item.precision === "DATETIME" || item.precision === "DAY") && item.at) return formatDateTime(item.at, locale);
  if (item.precision === "MONTH" && item.year && item.period) return formatMonth(item.year, item.period, locale);
  if (item.precision === "QUARTER" && item.year && item.period) return formatQuarter(item.year, item.period, locale);
  if (item.precision === "HALF_YEAR" && item.year && item.period) return formatHalfYear(item.year, item.period, locale);
  if (item.precision === "YEAR" && item.year) return String(item.year);
  return t("projectView.undated");
}

function budgetBlocks(p: ProjectView, t: Translator, locale: Locale): Block[] {
  if (!p.budgetLines.length) return [];
  const kr = (o: number) => formatKr(o, locale);
  if (hasYears(p.budgetLines)) {
    const m = budgetMatrix(p.budgetLines);
    return [
      ...paras(p.budgetNote),
      {
        kind: "table",
        head: [
          t("projectView.budgetGroup"),
          t("projectView.budgetCategory"),
          ...m.years.map(String),
          t("projectView.total"),
        ],
        rows: m.rows.map((r) => [
          r.group,
          r.category,
          ...r.cells.map((c) => (c === null ? "" : kr(c))),
          kr(r.totalOre),
        ]),
        foot: [t("projectView.total"), "", ...m.yearTotals.map(kr), kr(m.totalOre)],
      },
    ];
  }
  const rows: string[][] = [];
  const walk = (n: BudgetNode, depth: number) => {
    rows.push([`${"    ".repeat(depth)}${n.label}`, kr(n.totalOre)]);
    n.children.forEach((c) => walk(c, depth + 1));
  };
  const tree = budgetTree(p.budgetLines);
  tree.forEach((n) => walk(n, 0));
  const total = tree.filter((n) => !n.isIncome).reduce((s, n) => s + n.totalOre, 0);
  return [
    ...paras(p.budgetNote),
    {
      kind: "table",
      head: [t("projectView.budgetLine"), t("projectView.amount")],
      rows,
      foot: [t("projectView.expensesTotal"), kr(total)],
    },
  ];
}

function workBlocks(p: ProjectView, t: Translator, locale: Locale): Block[] {
  if (!p.workRoles.length) return [];
  const grid = { roles: p.workRoles, rows: p.workRows, cells: p.workCells };
  const totals = workTotals(grid);
  const h = (min: number) => formatNumber(min / 60, locale);
  const cell = (rowId: string, roleId: string) => {
    const c = p.workCells.find((x) => x.rowId === rowId && x.roleId === roleId);
    return c ? (c.minutes !== null ? h(c.minutes) : (c.mark ?? "")) : "";
  };
  const blocks: Block[] = [];
  if (p.secretariatHoursText || p.secretariatHoursEstimate !== null)
    blocks.push({ kind: "p", text: p.secretariatHoursText ?? `${h(p.secretariatHoursEstimate ?? 0)}` });
  blocks.push({
    kind: "table",
    head: [
      t("projectView.task"),
      ...p.workRoles.map((r) => r.label),
      ...(totals.hasHours ? [t("projectView.total")] : []),
    ],
    rows: p.workRows.map((r) => [
      r.label,
      ...p.workRoles.map((role) => cell(r.id, role.id)),
      ...(totals.hasHours ? [h(totals.rowMinutes[r.id] ?? 0)] : []),
    ]),
    foot: totals.hasHours
      ? [t("projectView.total"), ...p.workRoles.map((r) => h(totals.roleMinutes[r.id] ?? 0)), h(totals.totalMinutes)]
      : undefined,
  });
  return blocks;
}

/** The content of one typed part as blocks; [] when the project has nothing for it. */
function partBlocks(part: string, p: ProjectView, t: Translator, locale: Locale): Block[] {
  switch (part) {
    case "PEOPLE":
      return p.people.length
        ? [{ kind: "p", text: p.people.map((x) => `${x.name}${x.uncertain ? " (?)" : ""}`).join(", ") }]
        : [];
    case "WORKING_GROUP":
      return paras(p.workingGroupText);
    case "OWNER":
      return paras(p.ownerBody);
    case "PERIOD":
      return paras(p.periodText);
    case "PURPOSE":
      return paras(p.purpose);
    case "BACKGROUND":
      return paras(p.background);
    case "DESCRIPTION":
      return paras(p.description);
    case "EFFECT":
      return paras(p.effect);
    case "FOLLOW_UP":
      return paras(p.followUp);
    case "ANCHORING":
      return paras(p.anchoring);
    case "EVALUATION":
      return paras(p.evaluationPlan);
    case "RESPONSIBILITY":
      return paras(p.responsibility);
    case "TARGET_GROUPS":
      return list(p.targetGroups.map((g) => g.text));
    case "GOALS":
    case "EXPECTED_RESULTS":
      return list(p.goals.filter((g) => (part === "GOALS" ? g.kind === "GOAL" : g.kind !== "GOAL")).map((g) => g.text));
    case "SUCCESS_CRITERIA":
      return list(p.criteria.map((c) => c.text));
    case "PARTNERS":
      return list(p.partners.map((x) => (x.role ? `${x.name} (${x.role})` : x.name)));
    case "COMMUNICATION":
      return list(p.communication.map((c) => `${t(`projectView.phase.${c.phase}`)}: ${c.text}`));
    case "TIMELINE":
      return list(
        p.timeline.map(
          (i) => `${when(i, locale, t)}: ${i.title}${i.details ? ` – ${i.details.replace(/\n/g, "; ")}` : ""}`,
        ),
      );
    case "INTERVENTIONS":
      return p.children.flatMap((c, i) => [
        { kind: "p" as const, text: `${t("projectView.interventionN", { n: i + 1 })}: ${c.title}` },
        ...paras(c.description),
      ]);
    case "QUARTER_PLAN":
      return list(
        p.quarterSpans.map(
          (s) =>
            `${s.rowLabel}: ${formatQuarter(s.startYear, s.startQuarter, locale)}–` +
            `${formatQuarter(s.endYear, s.endQuarter, locale)} ${s.label}`,
        ),
      );
    case "WORK_DISTRIBUTION":
      return workBlocks(p, t, locale);
    case "SECRETARIAT_TASKS":
      return list(p.secretariatTasks.map((s) => s.text));
    case "STAFFING":
      return list(p.staffing.map((s) => [s.title, s.durationText, s.workplace, s.note].filter(Boolean).join(", ")));
    case "BUDGET":
      return budgetBlocks(p, t, locale);
    case "FUNDING":
      return list(p.funding.map((f) => `${f.name}${f.amountOre !== null ? `: ${formatKr(f.amountOre, locale)}` : ""}`));
    default:
      return [];
  }
}

/**
 * The project in its template's words and order, then any part the template
 * leaves out but the project has, then free sections.
 */
export function printable(p: ProjectView, locale: Locale): Printable {
  const t = translatorFor(locale);
  const template = p.template?.sections ?? [];
  const shown = new Set(template.map((s) => s.part));
  // A section of the committee's own (FREE) prints the project's free section of the same heading in its place.
  const { own, rest } = placeOwnSections(template, p.freeSections);
  const sections: PrintSection[] = template
    .filter((s) => s.part !== "TITLE")
    .map((s) => {
      if (s.part !== "FREE") return { heading: s.heading, inline: s.inline, blocks: partBlocks(s.part, p, t, locale) };
      const f = own.get(s.id);
      return { heading: s.heading, inline: s.inline, blocks: f ? paras(f.body) : [] };
    });
  for (const part of defaultOrder) {
    if (shown.has(part)) continue;
    const blocks = partBlocks(part, p, t, locale);
    if (blocks.length) sections.push({ heading: t(`projectView.parts.${part}`), inline: false, blocks });
  }
  for (const f of rest) sections.push({ heading: f.heading, inline: false, blocks: paras(f.body) });
  const reports = reportsSection(p.statusReports, locale);
  if (reports) sections.push(reports);
  return {
    formTitle: p.template?.formTitle ?? "",
    title: p.title,
    meta: `${p.committee.name} · ${t(`project.kinds.${p.kind}`)} · ${t(`project.statuses.${p.status}`)}`,
    sections,
  };
}
