import { getLocale, getTranslations } from "next-intl/server";
import { IntlScope } from "@/components/ui/intl-scope";
import type { ApplicantKey } from "@/lib/grants/applicant-access";
import { getApplicantLetter } from "@/lib/grants/queries";
import { getActor } from "@/lib/auth/session";
import { formatDate, formatKr } from "@/lib/i18n/format";
import { AcceptForm } from "./accept-form";
import { GrantSteps } from "./grant-steps";

/**
 * The applicant's grant, on the private link's page and on their own account's page: the letter as sent, the
 * accounts deadline, the advance, the grant's steps, and the acceptance while it is open. Nothing before a letter.
 */
export async function ApplicantLetterSection({ access }: { access: ApplicantKey }) {
  const actor = access.token ? null : await getActor();
  const letter = await getApplicantLetter(actor, access);
  if (!letter) return null;
  const [t, locale] = await Promise.all([getTranslations("letters"), getLocale()]);
  return (
    <section aria-labelledby="grant-letter" className="mt-8" data-testid="applicant-letter">
      <h2 id="grant-letter" className="text-2xl font-semibold mb-3">
        {t("applicantTitle")}
      </h2>
      <dl className="grid grid-cols-1 sm:grid-cols-[12rem_1fr] gap-y-1 mb-4">
        <dt className="font-semibold">{t("amount")}</dt>
        <dd>{formatKr(letter.grantedOre, locale)}</dd>
        <dt className="font-semibold">{t("deadline")}</dt>
        <dd>{letter.accountsDueOn ? formatDate(letter.accountsDueOn, locale) : "–"}</dd>
        <dt className="font-semibold">{t("advance")}</dt>
        <dd>{letter.advanceOre ? formatKr(letter.advanceOre, locale) : t("noAdvance")}</dd>
      </dl>
      <details className="mb-4" open={letter.canAccept}>
        <summary className="cursor-pointer underline">{t("letterAsSent")}</summary>
        <p className="whitespace-pre-line border-l-4 border-gray-300 p-3 mt-2" lang="da">
          {letter.body}
        </p>
      </details>
      {access.token ? (
        <p className="mb-4">
          <a href={`/ansoegning/${access.token}/tilsagn.pdf`} className="underline">
            {t("pdf")}
          </a>
        </p>
      ) : null}
      <GrantSteps steps={letter.steps} headingId="applicant-grant-steps" />
      {letter.canAccept ? (
        <>
          <h3 className="text-xl font-semibold mb-2">{t("acceptTitle")}</h3>
          <p className="mb-3">{t("acceptIntro")}</p>
          <IntlScope namespaces={["letters"]}>
            <AcceptForm access={access} />
          </IntlScope>
        </>
      ) : letter.acceptedAt ? (
        <p className="mb-4" data-testid="accepted" role="status">
          {t("acceptedOn", { date: formatDate(letter.acceptedAt, locale), name: letter.acceptedName ?? "" })}
        </p>
      ) : null}
    </section>
  );
}
