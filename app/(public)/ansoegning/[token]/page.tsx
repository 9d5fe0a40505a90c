import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ApplicationForm } from "@/components/applications/application-form";
import { IntlScope } from "@/components/ui/intl-scope";
import { ApplicantLetterSection } from "@/components/grants/applicant-letter-section";
import { getApplicationByToken, getDraftByToken } from "@/lib/applications/queries";
import { ReplyForm, WithdrawForm } from "@/components/applications/follow-forms";
import { getTranslations } from "next-intl/server";
import { ApplicantOverview } from "@/components/reporting/applicant-overview";
import { ApplicantReportingSection } from "@/components/reporting/applicant-reporting-section";

type Props = { params: Promise<{ token: string }> };

export const dynamic = "force-dynamic";

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
  const [t, app] = await Promise.all([getTranslations(), getApplicationByToken(null, token)]);
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
      <ApplicantOverview app={app}>
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
      </ApplicantOverview>
      <ApplicantLetterSection access={{ token }} />
      <ApplicantReportingSection access={{ token }} />
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
