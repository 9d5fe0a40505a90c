import "server-only";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatKr } from "@/lib/i18n/format";
import { translatorFor } from "@/lib/i18n/translator";

// The texts an applicant is mailed, from the catalogue. An applicant has no
// account and so no language on record: the mail is written in the language
// they used the form in (the action passes it), Danish when none is known.

type Call = { title: string; committee: { name: string } };

export function receiptMail(
  locale: Locale,
  a: { reference: string; title: string; contactName: string; requestedOre: number; link: string; now: Date },
  call: Call,
) {
  const t = translatorFor(locale);
  return {
    subject: t("applicantMail.receiptSubject", { reference: a.reference, title: a.title }),
    body: t("applicantMail.receiptBody", {
      name: a.contactName,
      call: call.title,
      committee: call.committee.name,
      date: formatDate(a.now, locale),
      reference: a.reference,
      amount: formatKr(a.requestedOre, locale),
      link: a.link,
    }),
  };
}

export function draftMail(locale: Locale, d: { title: string; contactName: string; link: string }, call: Call) {
  const t = translatorFor(locale);
  return {
    subject: t("applicantMail.draftSubject", { title: d.title || call.title }),
    body: t("applicantMail.draftBody", {
      name: d.contactName || t("applicantMail.anonymousName"),
      call: call.title,
      committee: call.committee.name,
      link: d.link,
    }),
  };
}

const caseRecord = translatorFor("da");

/**
 * A note on the application's status history. The history is the case
 * record, read by the secretariat, and mixes these notes with what people
 * wrote (a withdrawal's reason): it is written in Danish when the change is
 * made and never changes afterwards, even if the catalogue does.
 */
export const statusNote = (kind: "submitted" | "draftSaved" | "replied" | "withdrawn") =>
  caseRecord(`applicationNotes.${kind}`);
