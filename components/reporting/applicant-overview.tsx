import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import type { ApplicationStatus, DecisionOutcome } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatDateTime, formatKr } from "@/lib/i18n/format";

const fromApplicant = "border-gray-500 bg-gray-50";
const fromSecretariat = "border-brand-600 bg-brand-50";

export type ApplicantOverviewData = {
  reference: string | null;
  title: string;
  status: ApplicationStatus;
  submittedAt: Date | null;
  requestedOre: number;
  organisation: { name: string };
  eligible: boolean | null;
  eligibilityReason: string | null;
  messages: { id: string; fromApplicant: boolean; body: string; createdAt: Date }[];
  call: { title: string; committee: { name: string } };
  decision: {
    outcome: DecisionOutcome;
    amountOre: number | null;
    fundsYear: number | null;
    conditional: boolean;
    reasons: string;
  } | null;
};

/**
 * What the applicant sees of their application, the same through the private link and on their own page: the facts,
 * the decision, and the thread with the secretariat (`children` go under the thread: the link's reply form).
 */
export async function ApplicantOverview({ app, children }: { app: ApplicantOverviewData; children?: ReactNode }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale() as Promise<Locale>]);
  return (
    <>
      <p className="text-muted mb-1">
        {app.call.committee.name} · {app.call.title}
      </p>
      <h1 className="text-3xl font-bold mb-4">{app.title}</h1>
      <dl className="grid grid-cols-1 sm:grid-cols-[12rem_1fr] gap-y-1 mb-8">
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
        {children}
      </section>
    </>
  );
}
