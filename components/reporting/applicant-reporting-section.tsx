import { getLocale, getTranslations } from "next-intl/server";
import { IntlScope } from "@/components/ui/intl-scope";
import { getActor } from "@/lib/auth/session";
import type { ApplicantKey } from "@/lib/grants/applicant-access";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { oreToKroner } from "@/lib/reporting/model";
import { getApplicantReporting } from "@/lib/reporting/queries";
import { AccountsForm } from "./accounts-form";
import { AccountsSummary, EvaluationView } from "./accounts-summary";

/** Statuses in which the grant's accounts are a subject at all (from the letter's acceptance on). */
const shown = [
  "GRANT_ACCEPTED",
  "ADVANCE_PAID",
  "ACCOUNTS_RECEIVED",
  "ACCOUNTS_RETURNED",
  "APPROVED",
  "PAID",
  "REPAYMENT",
  "CLOSED",
];

/**
 * The applicant's accounts and evaluation, on the private link's page and on their own page alike: what was sent,
 * what the secretariat asks for, and the form while accounts can be sent.
 */
export async function ApplicantReportingSection({ access }: { access: ApplicantKey }) {
  const actor = access.token ? null : await getActor();
  const [t, locale, r] = await Promise.all([
    getTranslations("reporting"),
    getLocale(),
    getApplicantReporting(actor, access),
  ]);
  if (!r || !shown.includes(r.status)) return null;
  const a = r.accounts;
  const lastEvaluation = r.evaluation;
  return (
    <section aria-labelledby="reporting" className="mt-8" data-testid="reporting-section">
      <h2 id="reporting" className="text-2xl font-semibold mb-3">
        {t("title")}
      </h2>
      {a ? (
        <>
          <p className="mb-2" data-testid="accounts-status">
            {t("accountsStatus")}: <strong>{t(`statuses.${a.status}`)}</strong>.{" "}
            {t("received", { date: formatDate(a.receivedAt, locale as Locale), name: a.submittedName })}
          </p>
          {a.status === "MORE_REQUESTED" && a.requestText ? (
            <div className="border-l-4 border-brand-600 bg-brand-50 p-3 mb-4" data-testid="accounts-request">
              <h3 className="font-semibold">{t("requested")}</h3>
              <p className="whitespace-pre-line">{a.requestText}</p>
            </div>
          ) : null}
          <AccountsSummary accounts={a} fileHref={(id) => `${r.fileBase}/${id}`} />
          {lastEvaluation ? <EvaluationView evaluation={lastEvaluation} successCriteria={r.successCriteria} /> : null}
        </>
      ) : (
        <p className="mb-4">{r.canSubmit ? t("intro") : t("notYet")}</p>
      )}
      {r.canSubmit ? (
        <IntlScope namespaces={["reporting"]}>
          <AccountsForm
            access={r.key}
            version={a?.version ?? 0}
            budget={r.budget}
            successCriteria={r.successCriteria}
            returned={r.returned}
            initial={{
              actual: Object.fromEntries(
                (a?.lines ?? []).filter((l) => l.budgetLineId).map((l) => [l.budgetLineId!, oreToKroner(l.actualOre)]),
              ),
              income: (a?.lines ?? [])
                .filter((l) => l.isIncome)
                .map((l) => ({ label: l.label, amount: oreToKroner(l.actualOre) })),
              text: lastEvaluation?.text ?? "",
              participants: lastEvaluation?.participants?.toString() ?? "",
              criteriaText: lastEvaluation?.criteriaText ?? "",
              submittedName: a?.submittedName ?? r.contactName,
            }}
          />
        </IntlScope>
      ) : null}
    </section>
  );
}
