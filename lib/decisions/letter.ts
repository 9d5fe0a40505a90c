import type { Locale } from "@/lib/i18n/config";
import { formatKr } from "@/lib/i18n/format";
import { translatorFor } from "@/lib/i18n/translator";
import type { Outcome } from "./model";

/** The decision letter to the applicant (forvaltningsloven § 22: with its reasons), in their language. */
export function decisionLetter(
  locale: Locale,
  p: {
    name: string;
    committee: string;
    reference: string;
    title: string;
    outcome: Outcome;
    amountOre: number | null;
    reasons: string;
  },
): { subject: string; body: string } {
  const t = translatorFor(locale);
  return {
    subject: t("grantMail.decisionSubject", { reference: p.reference, title: p.title }),
    body: t("grantMail.decisionBody", {
      name: p.name,
      committee: p.committee,
      title: p.title,
      reference: p.reference,
      outcome: p.outcome,
      hasAmount: p.amountOre ? "yes" : "no",
      amount: p.amountOre ? formatKr(p.amountOre, locale) : "",
      hasReasons: p.reasons ? "yes" : "no",
      reasons: p.reasons,
    }),
  };
}
