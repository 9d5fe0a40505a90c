// A project as printed matter: the template's headings in its order, each
// section as paragraphs, lists and tables with derived totals. The PDF is
// drawn from this; it holds no layout. Pure apart from the catalogue: texts
// come from translatorFor, numbers and dates from lib/i18n/format.ts.
import { placeOwnSections } from "@/lib/templates/model";
import type { ProjectView } from "./queries";
import { defaultOrder, peopleUnder, personLabel, placeFree } from "./sections";
import { budgetMatrix, budgetTree, hasYears, workTotals, type BudgetNode } from "./model";
import { formatKr, formatNumber, formatQuarter, formatWritten } from "@/lib/i18n/format";
import { type Locale } from "@/lib/i18n/config";
import { translatorFor, type Translator } from "@/lib/i18n/translator";
import { reportsSection } from "@/lib/project-reports/print";

export type Block =
  | { kind: "p"; text: string }
  | { kind: "list"; items: string[] }
  | { kind: "table"; head: string[]; rows: string[][]; foot?: string[]; labelColumns?: number };
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

const when = (item: ProjectView["timeline"][number], locale: Locale, t: Translator) =>
  formatWritten(item, locale) || t("projectView.undated");

function budgetBlocks(p: ProjectView, t: Translator, locale: Locale): Block[] {
  const kr = (o: number) => formatKr(o, locale);
  const stated =
    p.budgetStatedTotalOre !== null
      ? [{ kind: "p" as const, text: t("projectView.statedTotal", { amount: kr(Number(p.budgetStatedTotalOre)) }) }]
      : [];
  // A note prints even when the form gave no lines.
  if (!p.budgetLines.length) return [...paras(p.budgetNote), ...stated];
  if (hasYears(p.budgetLines)) {
    const m = budgetMatrix(p.budgetLines);
    return [
      ...paras(p.budgetNote),
      {
        kind: "table",
        labelColumns: 2,
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
      ...stated,
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
    ...stated,
  ];
}

function workBlocks(p: ProjectView, t: Translator, locale: Locale): Block[] {
  const h = (min: number) => formatNumber(min / 60, locale);
  // An hours estimate prints even when the form has no work table.
  const estimate: Block[] =
    p.secretariatHoursText || p.secretariatHoursEstimate !== null
      ? [{ kind: "p", text: p.secretariatHoursText ?? `${h(p.secretariatHoursEstimate ?? 0)}` }]
      : [];
  if (!p.workRoles.length) return estimate;
  const grid = { roles: p.workRoles, rows: p.workRows, cells: p.workCells };
  const totals = workTotals(grid);
  const cell = (rowId: string, roleId: string) => {
    const c = p.workCells.find((x) => x.rowId === rowId && x.roleId === roleId);
    return c ? (c.minutes !== null ? h(c.minutes) : (c.mark ?? "")) : "";
  };
  const blocks: Block[] = [...estimate];
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
    case "WORKING_GROUP": {
      const people = peopleUnder(part, p.people).map((x) => personLabel(x, (r) => t(`projectView.roles.${r}`)));
      const names: Block[] = people.length ? [{ kind: "p", text: people.join(", ") }] : [];
      return part === "PEOPLE" ? names : [...paras(p.workingGroupText), ...names];
    }
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
        ...paras(c.purpose),
        ...paras(c.description),
        ...(c.targetGroups.length
          ? [
              { kind: "p" as const, text: `${t("projectView.interventionTargets")}:` },
              ...list(c.targetGroups.map((g) => g.text)),
            ]
          : []),
        ...(c.effect
          ? [{ kind: "p" as const, text: `${t("projectView.interventionEffect")}:` }, ...paras(c.effect)]
          : []),
        ...list(c.goals.map((g) => g.text)),
        ...paras(c.followUp),
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
    case "STATUS":
      return (
        reportsSection(
          p.statusReports.filter((r) => r.kind === "STATUS"),
          locale,
        )?.blocks ?? []
      );
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
  const typed: { part: string; section: PrintSection }[] = template
    .filter((s) => s.part !== "TITLE")
    .map((s) => {
      if (s.part !== "FREE")
        return {
          part: s.part,
          section: { heading: s.heading, inline: s.inline, blocks: partBlocks(s.part, p, t, locale) },
        };
      const f = own.get(s.id);
      return { part: "FREE", section: { heading: s.heading, inline: s.inline, blocks: f ? paras(f.body) : [] } };
    });
  for (const part of defaultOrder) {
    if (shown.has(part)) continue;
    const blocks = partBlocks(part, p, t, locale);
    if (blocks.length)
      typed.push({ part, section: { heading: t(`projectView.parts.${part}`), inline: false, blocks } });
  }
  // Free sections of an imported form print where they stood: after the part they followed.
  const { after, end } = placeFree(
    typed.filter((x) => x.section.blocks.length).map((x) => x.part),
    rest,
  );
  const free = (list: readonly { heading: string; body: string }[] = []) =>
    list.map((f) => ({ heading: f.heading, inline: false, blocks: paras(f.body) }));
  const sections: PrintSection[] = [
    ...free(after.get("TITLE")),
    ...typed.flatMap((x) => [x.section, ...(x.section.blocks.length ? free(after.get(x.part)) : [])]),
    ...free(end),
  ];
  // A form with a status block (a project card) prints the reports there; any other form after its parts.
  const reports = reportsSection(
    shown.has("STATUS") ? p.statusReports.filter((r) => r.kind !== "STATUS") : p.statusReports,
    locale,
  );
  if (reports) sections.push(reports);
  return {
    formTitle: p.template?.formTitle ?? "",
    title: p.title,
    meta: `${p.committee.name} · ${t(`project.kinds.${p.kind}`)} · ${t(`project.statuses.${p.status}`)}`,
    sections,
  };
}
