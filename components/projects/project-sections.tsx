import type { ReactNode } from "react";
import type { ProjectView } from "@/lib/projects/queries";
import { criterionProgress } from "@/lib/projects/model";
import { formatKr, formatNumber, formatWritten } from "@/lib/i18n/format";
import { type Locale } from "@/lib/i18n/config";
import type { Translator } from "@/lib/i18n/translator";
import { peopleUnder, personLabel } from "@/lib/projects/sections";
import { BudgetView } from "./budget-view";
import { QuarterPlanView } from "./quarter-plan-view";
import { WorkView } from "./work-view";

type Ctx = { p: ProjectView; t: Translator; locale: Locale };

function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text.split(/\n{2,}/).map((para, i) => (
        <p key={i} className="mb-3 whitespace-pre-line">
          {para}
        </p>
      ))}
    </>
  );
}

function List({ items }: { items: ReactNode[] }) {
  return (
    <ul className="list-disc pl-6 mb-3 space-y-1">
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
}

const when = (item: ProjectView["timeline"][number], locale: Locale, t: Translator) =>
  formatWritten(item, locale) || t("projectView.undated");

const thousandths = (v: number | null, locale: Locale) => (v === null ? "" : formatNumber(v / 1000, locale));

/** The content of one typed part; null when the project has nothing for it. */
export function renderPart(part: string, { p, t, locale }: Ctx): ReactNode {
  switch (part) {
    case "TITLE":
      return p.title;
    case "ALIAS":
      return p.alias || null;
    case "PEOPLE":
    case "WORKING_GROUP": {
      // Participants show under the working group, never under the responsible members' heading.
      const names = peopleUnder(part, p.people)
        .map((x) => personLabel(x, (r) => t(`projectView.roles.${r}`)))
        .join(", ");
      const text = part === "WORKING_GROUP" ? [p.workingGroupText, names].filter(Boolean).join(". ") : names;
      return text || null;
    }
    case "OWNER":
      return p.ownerBody || null;
    case "PERIOD":
      return p.periodText || null;
    case "PURPOSE":
      return p.purpose ? <Paragraphs text={p.purpose} /> : null;
    case "BACKGROUND":
      return p.background ? <Paragraphs text={p.background} /> : null;
    case "DESCRIPTION":
      return p.description ? <Paragraphs text={p.description} /> : null;
    case "EFFECT":
      return p.effect ? <Paragraphs text={p.effect} /> : null;
    case "FOLLOW_UP":
      return p.followUp ? <Paragraphs text={p.followUp} /> : null;
    case "ANCHORING":
      return p.anchoring ? <Paragraphs text={p.anchoring} /> : null;
    case "EVALUATION":
      return p.evaluationPlan ? <Paragraphs text={p.evaluationPlan} /> : null;
    case "RESPONSIBILITY":
      return p.responsibility ? <Paragraphs text={p.responsibility} /> : null;
    case "TARGET_GROUPS":
      return p.targetGroups.length ? <List items={p.targetGroups.map((g) => g.text)} /> : null;
    case "GOALS":
    case "EXPECTED_RESULTS":
      return p.goals.length ? <List items={p.goals.map((g) => g.text)} /> : null;
    case "SUCCESS_CRITERIA":
      return p.criteria.length ? (
        <List
          items={p.criteria.map((c) => {
            const progress = criterionProgress(c, c.measurements);
            return (
              <>
                {c.text}
                {progress.state !== "not_measurable" && progress.state !== "no_data" ? (
                  <span className="ml-2 text-sm text-muted">
                    ({t(`projectView.progress.${progress.state}`)}
                    {progress.latest !== null ? `: ${thousandths(progress.latest, locale)}` : ""})
                  </span>
                ) : null}
              </>
            );
          })}
        />
      ) : null;
    case "PARTNERS":
      return p.partners.length ? p.partners.map((x) => x.name).join(", ") : null;
    case "COMMUNICATION":
      return p.communication.length ? (
        <List items={p.communication.map((c) => `${t(`projectView.phase.${c.phase}`)}: ${c.text}`)} />
      ) : null;
    case "TIMELINE":
      return p.timeline.length ? (
        <List
          items={p.timeline.map(
            (i) =>
              `${when(i, locale, t)}: ${i.title}${i.venue ? ` (${i.venue})` : ""}` +
              (i.details ? ` – ${i.details.replace(/\n/g, "; ")}` : ""),
          )}
        />
      ) : null;
    case "INTERVENTIONS":
      return p.children.length ? (
        <div>
          {p.description ? <Paragraphs text={p.description} /> : null}
          {p.children.map((c, i) => (
            <section key={c.id} className="mb-4">
              <h3 className="text-lg font-semibold">
                {t("projectView.interventionN", { n: i + 1 })}: {c.title}
              </h3>
              {c.purpose ? <Paragraphs text={c.purpose} /> : null}
              {c.description ? <Paragraphs text={c.description} /> : null}
              {c.targetGroups.length ? <List items={c.targetGroups.map((g) => g.text)} /> : null}
              {c.effect ? <Paragraphs text={c.effect} /> : null}
              {c.goals.length ? <List items={c.goals.map((g) => g.text)} /> : null}
              {c.followUp ? <Paragraphs text={c.followUp} /> : null}
            </section>
          ))}
        </div>
      ) : null;
    case "QUARTER_PLAN":
      return p.quarterSpans.length ? <QuarterPlanView spans={p.quarterSpans} t={t} locale={locale} /> : null;
    case "WORK_DISTRIBUTION":
      return p.workRows.length || p.secretariatHoursText ? (
        <div>
          {p.secretariatHoursText ? <p className="mb-3">{p.secretariatHoursText}</p> : null}
          <WorkView
            grid={{ roles: p.workRoles, rows: p.workRows, cells: p.workCells }}
            estimateMinutes={p.secretariatHoursEstimate}
            t={t}
            locale={locale}
          />
        </div>
      ) : null;
    case "SECRETARIAT_TASKS":
      return p.secretariatTasks.length ? <List items={p.secretariatTasks.map((s) => s.text)} /> : null;
    case "STAFFING":
      return p.staffing.length ? (
        <div>
          {p.staffing.map((s) => (
            <Paragraphs key={s.id} text={[s.title, s.durationText, s.workplace, s.note].filter(Boolean).join(", ")} />
          ))}
        </div>
      ) : null;
    case "BUDGET":
      // A note shows even when the form gave no lines; a stated total that differs from the lines beside them.
      return p.budgetLines.length || p.budgetNote || p.budgetStatedTotalOre !== null ? (
        <div>
          {p.budgetNote ? <p className="mb-3 whitespace-pre-line">{p.budgetNote}</p> : null}
          {p.budgetLines.length ? (
            <BudgetView lines={p.budgetLines} t={t} locale={locale} caption={t("projectView.budget")} />
          ) : null}
          {p.budgetStatedTotalOre !== null ? (
            <p className="mt-2" data-testid="stated-total">
              {t("projectView.statedTotal", { amount: formatKr(Number(p.budgetStatedTotalOre), locale) })}
            </p>
          ) : null}
        </div>
      ) : null;
    case "FUNDING":
      return p.funding.length ? (
        <List
          items={p.funding.map((f) => `${f.name}${f.amountOre !== null ? `: ${formatKr(f.amountOre, locale)}` : ""}`)}
        />
      ) : null;
    case "STATUS": {
      // A project card's status block: the written reports, latest last, as the form prints them.
      const written = p.statusReports.filter((r) => r.kind === "STATUS" && r.text);
      return written.length ? (
        <div>
          {written.map((r) => (
            <div key={r.id} className="mb-3">
              {r.periodText ? <p className="font-semibold">{r.periodText}</p> : null}
              <Paragraphs text={r.text} />
            </div>
          ))}
        </div>
      ) : null;
    }
    default:
      return null;
  }
}
