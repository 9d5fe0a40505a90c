// The words an agenda item is prefilled with when a case is put on the agenda: the case (Sagsfremstilling) and the
// recommendation (Indstilling), from the application's or the project's own figures and the working group's
// Recommendation rows. Pure; the phrases come from the catalogue ("meetings.text"), written in Danish for the record.
import type { DecisionOutcome } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/config";
import { formatKr } from "@/lib/i18n/format";
import type { Translator } from "@/lib/i18n/translator";

export type RecommendationFacts = { outcome: DecisionOutcome; amountOre: number | null; text: string };

export type ApplicationFacts = {
  title: string;
  organisation: string;
  requestedOre: number;
  goals: readonly string[];
  /** The latest recommendation; null when there is none. */
  recommendation: RecommendationFacts | null;
};

export type ProjectFacts = { title: string; purpose: string; budgetTotalOre: number; goals: readonly string[] };

type Words = { t: Translator; locale: Locale; body: string };

/** A phrase that ends in an amount ("40.000 kr.") ends in one full stop, never "kr..". */
const stop = (text: string) => text.replace(/\.\.(?=\s|$)/g, ".");

const goalsLine = ({ t }: Words, goals: readonly string[]) =>
  goals.length ? t("meetings.text.goals", { goals: goals.join("; ") }) : t("meetings.text.noGoals");

const outcomeParams = ({ t, locale }: Words, r: RecommendationFacts) => ({
  outcome: t(`meetings.text.outcomes.${r.outcome}`),
  hasAmount: r.amountOre === null ? "no" : "yes",
  amount: r.amountOre === null ? "" : formatKr(r.amountOre, locale),
});

/** "Arbejdsgruppen indstiller, at lokaludvalget bevilger op til 40.000 kr." (or gives a refusal, or postpones). */
export function recommendationSentence(w: Words, r: RecommendationFacts | null): string {
  if (!r) return "";
  if (r.outcome === "REFUSAL") return w.t("meetings.text.refusalSentence", { body: w.body });
  if (r.outcome === "POSTPONED" || r.amountOre === null) return w.t("meetings.text.postponeSentence", { body: w.body });
  return stop(w.t("meetings.text.grantSentence", { body: w.body, amount: formatKr(r.amountOre, w.locale) }));
}

/** One application's case: amount applied for, the plan goals it serves, and the recommendation with its reasons. */
export function applicationCaseText(w: Words, a: ApplicationFacts): string {
  const lines = [w.t("meetings.text.requested", { amount: formatKr(a.requestedOre, w.locale) }), goalsLine(w, a.goals)];
  if (a.recommendation) {
    lines.push(w.t("meetings.text.recommendationLine", outcomeParams(w, a.recommendation)));
    if (a.recommendation.text.trim())
      lines.push(w.t("meetings.text.recommendationNote", { text: a.recommendation.text.trim() }));
  }
  return stop(lines.join("\n"));
}

/** A whole round as one item: the list of its applications, each with what was asked and what is recommended. */
export function roundCaseText(w: Words, apps: readonly ApplicationFacts[]): string {
  const lines = apps.map(
    (a) =>
      "– " +
      w.t("meetings.text.roundLine", {
        title: a.title,
        org: a.organisation,
        requested: formatKr(a.requestedOre, w.locale),
        ...(a.recommendation ? outcomeParams(w, a.recommendation) : { outcome: "–", hasAmount: "no", amount: "" }),
      }),
  );
  return stop([w.t("meetings.text.roundIntro", { count: apps.length }), ...lines].join("\n"));
}

/** A round's recommendation: each application's sentence, in the round's order. */
export function roundRecommendationText(w: Words, apps: readonly ApplicationFacts[]): string {
  return [
    w.t("meetings.text.roundSentence", { body: w.body }),
    ...apps.map((a) => `– ${a.title}: ${recommendationSentence(w, a.recommendation)}`),
  ].join("\n");
}

/** A project awaiting approval: its purpose, budget total and plan goals. */
export function projectCaseText(w: Words, p: ProjectFacts): string {
  return stop(
    [
      ...(p.purpose.trim() ? [w.t("meetings.text.purpose", { purpose: p.purpose.trim() })] : []),
      w.t("meetings.text.budget", { amount: formatKr(p.budgetTotalOre, w.locale) }),
      goalsLine(w, p.goals),
    ].join("\n"),
  );
}

/** "Arbejdsgruppen indstiller, at lokaludvalget godkender projektet med op til 27.500 kr." */
export const projectRecommendationText = (w: Words, p: ProjectFacts): string =>
  stop(w.t("meetings.text.projectSentence", { body: w.body, amount: formatKr(p.budgetTotalOre, w.locale) }));
