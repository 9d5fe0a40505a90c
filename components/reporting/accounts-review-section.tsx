import { getLocale, getTranslations } from "next-intl/server";
import { IntlScope } from "@/components/ui/intl-scope";
import { getActor } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatKr } from "@/lib/i18n/format";
import { getAccountsReview } from "@/lib/reporting/queries";
import { AccountsSummary, EvaluationView } from "./accounts-summary";
import { ApproveAccountsForm, RequestMoreForm } from "./review-forms";

/**
 * The secretariat's review in the case file: the accounts side by side, the documentation, the evaluation, the
 * spot-check flag; approve (maybe rejecting part) or ask for more. Nothing without accounts or grant:manage.
 */
export async function AccountsReviewSection({ applicationId }: { applicationId: string }) {
  const actor = await getActor();
  if (!actor) return null;
  const [t, tr, locale, review] = await Promise.all([
    getTranslations("accountsReview"),
    getTranslations("reporting"),
    getLocale(),
    getAccountsReview(actor, applicationId),
  ]);
  if (!review) return null;
  const { accounts: a } = review;
  const date = (d: Date) => formatDate(d, locale as Locale);
  return (
    <section aria-labelledby="accounts-review" className="mb-8" data-testid="accounts-review">
      <h2 id="accounts-review" className="text-2xl font-semibold mb-3">
        {t("title")}
      </h2>
      <p className="mb-2" data-testid="accounts-review-status">
        {t("status", { status: tr(`statuses.${a.status}`) })} ·{" "}
        {t("received", { date: date(a.receivedAt), name: a.submittedName })} ·{" "}
        {t("receipts", { count: review.receipts })}
      </p>
      {a.spotCheck ? (
        <p className="border-l-4 border-danger bg-red-50 p-3 mb-3" data-testid="spot-check-flag">
          {t("spotCheck")}
        </p>
      ) : null}
      {a.requestText ? <p className="mb-2 whitespace-pre-line">{t("request", { text: a.requestText })}</p> : null}
      {a.answerText ? <p className="mb-2 whitespace-pre-line">{t("answer", { text: a.answerText })}</p> : null}
      {a.rejectedOre ? (
        <p className="mb-2">
          {t("rejectedPart", { amount: formatKr(a.rejectedOre, locale as Locale), reason: a.rejectionReason ?? "" })}
        </p>
      ) : null}
      {a.approvedAt ? <p className="mb-2">{t("approvedOn", { date: date(a.approvedAt) })}</p> : null}
      <AccountsSummary accounts={a} fileHref={(id) => `/api/attachments/${id}`} grantedOre={review.grantedOre} />
      {review.evaluation ? (
        <EvaluationView evaluation={review.evaluation} successCriteria={review.successCriteria} />
      ) : null}
      {review.canReview ? (
        <IntlScope namespaces={["accountsReview"]}>
          <div className="grid gap-6 md:grid-cols-2 mt-4">
            <div>
              <h3 className="text-xl font-semibold mb-2">{t("approveTitle")}</h3>
              <ApproveAccountsForm applicationId={review.applicationId} version={a.version} />
            </div>
            <div>
              <h3 className="text-xl font-semibold mb-2">{t("requestTitle")}</h3>
              <RequestMoreForm applicationId={review.applicationId} version={a.version} />
            </div>
          </div>
        </IntlScope>
      ) : null}
    </section>
  );
}
