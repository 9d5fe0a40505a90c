// The words a decision is written in, in the minutes: typed once in meeting mode, it becomes both the Decision and
// this text. Pure; the phrases come from the catalogue ("minutesText"), so a committee's minutes read the same
// everywhere, and the public variant leaves out reasons that concern a person (forvaltningsloven).
import type { CommitteeKind, DecisionOutcome } from "@/lib/generated/prisma/enums";
import { formatKr } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";
import type { Translator } from "@/lib/i18n/translator";

export type DecisionForMinutes = {
  outcome: DecisionOutcome;
  /** The whole amount, "op til X kr."; null for a refusal or a postponement. */
  amountOre: number | null;
  /** What was asked for (an application) or budgeted (a project), for a partial grant's wording. */
  requestedOre: number | null;
  years: readonly { year: number; amountOre: number; conditional: boolean }[];
  conditions: string;
  reasons: string;
  reasonsPersonal: boolean;
  aboveRequestReason: string | null;
  votes: { for: number; against: number; abstain: number } | null;
};

/** Who decides, as the minutes name it: "Lokaludvalget", "Styregruppen", … */
export const bodyKey = (kind: CommitteeKind) => `minutesText.body.${kind}` as const;

export function decisionMinutesText(
  t: Translator,
  locale: Locale,
  body: string,
  d: DecisionForMinutes,
  audience: "internal" | "public",
): string {
  const kr = (ore: number) => formatKr(ore, locale);
  const years = d.years.map((y) =>
    t(y.conditional ? "minutesText.yearConditional" : "minutesText.year", { amount: kr(y.amountOre), year: y.year }),
  );
  const lines: string[] = [];
  const amount = d.amountOre === null ? "" : kr(d.amountOre);
  const requested = d.requestedOre === null ? "" : kr(d.requestedOre);
  // The phrase ends in an amount ("20.000 kr.") or a word: one full stop, never "kr..".
  const sentence = (s: string) => (s.endsWith(".") ? s : `${s}.`);
  lines.push(
    sentence(
      t(`minutesText.outcome.${d.outcome}`, {
        body,
        amount,
        requested,
        hasRequested: d.requestedOre === null ? "no" : "yes",
      }),
    ),
  );
  if (years.length > 1 || d.years.some((y) => y.conditional))
    lines.push(t("minutesText.years", { years: years.join("; ") }));
  else if (years.length === 1) lines.push(t("minutesText.fundsYear", { year: d.years[0]!.year }));
  if (d.aboveRequestReason) lines.push(t("minutesText.aboveRequest", { reason: d.aboveRequestReason }));
  if (d.conditions.trim()) lines.push(t("minutesText.conditions", { conditions: d.conditions.trim() }));
  if (d.reasons.trim())
    lines.push(
      audience === "public" && d.reasonsPersonal
        ? t("minutesText.reasonsWithheld")
        : t("minutesText.reasons", { reasons: d.reasons.trim() }),
    );
  if (d.votes) lines.push(t("minutesText.votes", { ...d.votes }));
  return lines.join("\n");
}
