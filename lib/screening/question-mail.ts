import type { Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/translator";

/** The mail that puts the secretariat's question to the applicant, in their language. */
export function questionMail(
  locale: Locale,
  p: { name: string; committee: string; reference: string; title: string; question: string },
): { subject: string; body: string } {
  const t = translatorFor(locale);
  return {
    subject: t("grantMail.questionSubject", { reference: p.reference, title: p.title }),
    body: t("grantMail.questionBody", { name: p.name, committee: p.committee, question: p.question }),
  };
}
