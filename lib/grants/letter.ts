import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatKr } from "@/lib/i18n/format";
import { translatorFor } from "@/lib/i18n/translator";
import { needsAuditor } from "./model";

/** What a grant letter says: the decision, the deadline, the advance and the pool's auditor limit. */
export type LetterFacts = {
  name: string;
  committee: string;
  title: string;
  reference: string;
  grantedOre: number;
  conditions: string;
  accountsDueOn: Date;
  /** null or 0: no advance. */
  advanceOre: number | null;
  auditorLimitOre: number | null;
};

/**
 * The letter's text. Sent letters store it in Danish (`locale` "da") as the record of what was promised; the draft
 * the secretariat reads is the same text.
 */
export function letterText(locale: Locale, f: LetterFacts): string {
  const t = translatorFor(locale);
  return t("letters.letterBody", {
    name: f.name,
    committee: f.committee,
    amount: formatKr(f.grantedOre, locale),
    title: f.title,
    reference: f.reference,
    hasConditions: f.conditions.trim() ? "yes" : "no",
    conditions: f.conditions.trim(),
    due: formatDate(f.accountsDueOn, locale),
    hasAdvance: f.advanceOre ? "yes" : "no",
    advance: formatKr(f.advanceOre ?? 0, locale),
    auditor: needsAuditor(f.grantedOre, f.auditorLimitOre) ? "yes" : "no",
    limit: formatKr(f.auditorLimitOre ?? 20_000_000, locale),
  });
}

/** The mail that carries the letter: with the private link when a new one was made, else pointing to the receipt. */
export function letterMail(
  locale: Locale,
  p: { reference: string; title: string; letter: string; link: string | null },
): { subject: string; body: string } {
  const t = translatorFor(locale);
  return {
    subject: t("letters.mailSubject", { reference: p.reference, title: p.title }),
    body: t("letters.mailBody", { letter: p.letter, hasLink: p.link ? "yes" : "no", link: p.link ?? "" }),
  };
}
