import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ApplicationForm } from "@/components/applications/application-form";
import { IntlScope } from "@/components/ui/intl-scope";
import { ApplicantLetterSection } from "@/components/grants/applicant-letter-section";
import { getApplicationByToken, getDraftByToken } from "@/lib/applications/queries";
import { ReplyForm, WithdrawForm } from "@/components/applications/follow-forms";
import { formatDate, formatDateTime, formatKr } from "@/lib/i18n/format";
import { getLocale, getTranslations } from "next-intl/server";

type Props = { params: Promise<{ token: string }> };

export const dynamic = "force-dynamic";

const fromApplicant = "border-gray-500 bg-gray-50";
const fromSecretariat = "border-brand-600 bg-brand-50";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [t, app] = await Promise.all([getTranslations(), getApplicationByToken(null, (await params).token)]);
  const title = !app ? t("errors.notFoundTitle") : app.status === "DRAFT" ? t("apply.draftTitle") : app.title;
  // The link is private: never indexed, never sent on as a referrer.
  return {
    title,
    robots: { index: false, follow: false },
    referrer: "no-referrer",
  };
}

/** The applicant's private page. A guessed or expired link gets the ordinary 404 page. */
export default async function FollowApplicationPage({ params }: Props) {
  const { token } = await params;
  const [t, locale, app] = await Promise.all([getTranslations(), getLocale(), getApplicationByToken(null, token)]);
  if (!app) notFound();
  if (app.status === "DRAFT") {
    const draft = await getDraftByToken(null, token);
    if (!draft) notFound();
    return (
      <div className="max-w-3xl">
        <p className="text-muted mb-1">
          {draft.call.committee.name} · {draft.call.title}
        </p>
        <h1 className="text-3xl font-bold mb-4">{t("apply.draftTitle")}</h1>
        {draft.call.open ? (
          <IntlScope namespaces={["apply"]}>
            <ApplicationForm
              callId={draft.call.id}
              submitKey={randomUUID()}
              draftToken={token}
              initial={draft.values}
            />
          </IntlScope>
        ) : (
          <p className="border-l-4 border-danger bg-red-50 p-4">{t("apply.draftClosed")}</p>
        )}
      </div>
    );
  }
  return (
    <div className="max-w-3xl">
      <p className="text-muted mb-1">
        {app.call.committee.name} · {app.call.title}
      </p>
      <h1 className="text-3xl font-bold mb-4">{app.title}</h1>
      <dl className="grid grid-cols-[12rem_1fr] gap-y-1 mb-8">
        <dt className="font-semibold">{t("dashboard.reference")}</dt>
        <dd>{app.reference}</dd>
        <dt className="font-semibold">{t("apply.organisationName")}</dt>
        <dd>{app.organisation.name}</dd>
        <dt className="font-semibold">{t("dashboard.requested")}</dt>
        <dd>{formatKr(app.requestedOre, locale)}</dd>
        {app.submittedAt ? (
          <>
            <dt className="font-semibold">{t("follow.submitted")}</dt>
            <dd>{formatDate(app.submittedAt, locale)}</dd>
          </>
        ) : null}
        <dt className="font-semibold">{t("dashboard.status")}</dt>
        <dd data-testid="status">{t(`application.statuses.${app.status}`)}</dd>
        {app.eligible === false && app.eligibilityReason ? (
          <>
            <dt className="font-semibold">{t("screening.reason")}</dt>
            <dd>{app.eligibilityReason}</dd>
          </>
        ) : null}
      </dl>
      {app.decision ? (
        <section aria-labelledby="decision" className="border-l-4 border-brand-600 bg-brand-50 p-4">
          <h2 id="decision" className="text-2xl font-semibold mb-2">
            {t("follow.decision")}
          </h2>
          <p className="mb-2 font-semibold">
            {t(`follow.outcomes.${app.decision.outcome}`)}
            {app.decision.amountOre !== null ? `: ${formatKr(app.decision.amountOre, locale)}` : ""}
          </p>
          {app.decision.reasons ? <p className="mb-2 whitespace-pre-line">{app.decision.reasons}</p> : null}
          {app.decision.conditional ? <p>{t("follow.conditional", { year: app.decision.fundsYear ?? "" })}</p> : null}
        </section>
      ) : (
        <p>{app.status === "WITHDRAWN" ? t("follow.withdrawn") : t("follow.noDecision")}</p>
      )}
      <ApplicantLetterSection access={{ token }} />
      <section aria-labelledby="messages" className="mt-8">
        <h2 id="messages" className="text-2xl font-semibold mb-3">
          {t("follow.messages")}
        </h2>
        {app.messages.length ? (
          <ol className="mb-4 space-y-3" data-testid="thread">
            {app.messages.map((m) => (
              <li key={m.id} className={`border-l-4 p-3 ${m.fromApplicant ? fromApplicant : fromSecretariat}`}>
                <p className="text-sm text-muted">
                  {m.fromApplicant ? t("follow.fromApplicant") : t("follow.fromSecretariat")} ·{" "}
                  {formatDateTime(m.createdAt, locale)}
                </p>
                <p className="whitespace-pre-line">{m.body}</p>
              </li>
            ))}
          </ol>
        ) : (
          <p className="mb-4">{t("follow.noMessages")}</p>
        )}
        {app.canReply ? (
          <>
            <h3 className="text-xl font-semibold mb-2">{t("follow.reply")}</h3>
            <IntlScope namespaces={["follow"]}>
              <ReplyForm token={token} version={app.version} />
            </IntlScope>
          </>
        ) : (
          <p className="mb-4">{t("follow.closedForReplies")}</p>
        )}
      </section>
      {app.canWithdraw ? (
        <section aria-labelledby="withdraw" className="mt-8 border-t border-gray-300 pt-6">
          <h2 id="withdraw" className="text-2xl font-semibold mb-3">
            {t("follow.withdrawTitle")}
          </h2>
          <IntlScope namespaces={["follow"]}>
            <WithdrawForm token={token} />
          </IntlScope>
        </section>
      ) : null}
    </div>
  );
}
