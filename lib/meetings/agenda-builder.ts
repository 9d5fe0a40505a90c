import "server-only";
import type { Tx } from "@/lib/db";
import type { CommitteeKind } from "@/lib/generated/prisma/enums";
import { translatorFor } from "@/lib/i18n/translator";
import { budgetTotal, budgetLineColumns } from "@/lib/projects/model";
import { oreToNumber } from "@/lib/money";
import { bodyKey } from "./decision-text";
import { roundCoversWhere } from "./outstanding";
import {
  applicationCaseText,
  projectCaseText,
  projectRecommendationText,
  recommendationSentence,
  roundCaseText,
  roundRecommendationText,
  type ApplicationFacts,
} from "./agenda-text";

// What a case puts on the agenda: its title, the case and the recommendation, prefilled from the records (the
// texts in Danish: an agenda is a record). The secretariat edits them afterwards.

export type NewItem = {
  title: string;
  kind: "DECISION" | "DISCUSSION" | "INFORMATION";
  body: string;
  recommendation: string;
  applicationId?: string;
  callId?: string;
  projectId?: string;
};

/** The Danish words, with the body that decides ("lokaludvalget"). */
export function wordsFor(kind: CommitteeKind) {
  const t = translatorFor("da");
  return { t, locale: "da" as const, body: t(bodyKey(kind)).toLocaleLowerCase("da") };
}

const goalText = (g: { planGoal: { code: string; title: string } }) => `${g.planGoal.code} ${g.planGoal.title}`;

/** The call's recommended applications not yet decided, as the round covers them, oldest reference first. */
async function recommendedApplications(tx: Pick<Tx, "application">, callId: string) {
  const apps = await tx.application.findMany({
    where: { ...roundCoversWhere(callId), decisions: { none: {} } },
    orderBy: [{ reference: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      title: true,
      requestedOre: true,
      organisation: { select: { name: true } },
      planGoals: { select: { planGoal: { select: { code: true, title: true } } } },
      recommendations: {
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { outcome: true, amountOre: true, text: true },
      },
    },
  });
  return apps.map((a) => {
    const r = a.recommendations[0];
    const facts: ApplicationFacts = {
      title: a.title,
      organisation: a.organisation.name,
      requestedOre: oreToNumber(a.requestedOre)!,
      goals: a.planGoals.map(goalText).sort(),
      recommendation: r ? { outcome: r.outcome, amountOre: oreToNumber(r.amountOre), text: r.text } : null,
    };
    return { id: a.id, facts };
  });
}

/**
 * A call's recommendations as items: the whole round as one item, or one item per application, leaving out the
 * applications in `skip` (already on the agenda). Empty when nothing is left to add.
 */
export async function callItems(
  tx: Pick<Tx, "application" | "call">,
  call: { id: string; title: string },
  committeeKind: CommitteeKind,
  mode: "ROUND" | "EACH",
  skip: ReadonlySet<string>,
): Promise<NewItem[]> {
  const w = wordsFor(committeeKind);
  const apps = (await recommendedApplications(tx, call.id)).filter((a) => !skip.has(a.id));
  if (apps.length === 0) return [];
  if (mode === "ROUND") {
    const facts = apps.map((a) => a.facts);
    return [
      {
        title: w.t("meetings.text.roundTitle", { call: call.title }),
        kind: "DECISION",
        body: roundCaseText(w, facts),
        recommendation: roundRecommendationText(w, facts),
        callId: call.id,
      },
    ];
  }
  return apps.map((a) => ({
    title: `${a.facts.title} (${a.facts.organisation})`,
    kind: "DECISION",
    body: applicationCaseText(w, a.facts),
    recommendation: recommendationSentence(w, a.facts.recommendation),
    applicationId: a.id,
  }));
}

/** A project awaiting approval as an item: purpose, budget total, plan goals; approve with up to its budget. */
export async function projectItem(
  tx: Pick<Tx, "project">,
  projectId: string,
  committeeId: string,
  committeeKind: CommitteeKind,
): Promise<NewItem | null> {
  const p = await tx.project.findFirst({
    where: { id: projectId, committeeId, status: "RECOMMENDED", deletedAt: null },
    select: {
      id: true,
      title: true,
      purpose: true,
      planGoals: { select: { planGoal: { select: { code: true, title: true } } } },
      budgetLines: {
        select: budgetLineColumns,
      },
    },
  });
  if (!p) return null;
  const w = wordsFor(committeeKind);
  const facts = {
    title: p.title,
    purpose: p.purpose,
    budgetTotalOre: budgetTotal(p.budgetLines.map((l) => ({ ...l, amountOre: oreToNumber(l.amountOre) }))),
    goals: p.planGoals.map(goalText).sort(),
  };
  return {
    title: p.title,
    kind: "DECISION",
    body: projectCaseText(w, facts),
    recommendation: projectRecommendationText(w, facts),
    projectId: p.id,
  };
}
