import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getApplicationByToken } from "@/lib/applications/queries";
import { formatDate, formatKr } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";

type Props = { params: Promise<{ token: string }> };

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  // The link is private: never indexed, never sent on as a referrer.
  return { title: (await getT())("follow.title"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/** The applicant's private page. A guessed or expired link gets the ordinary 404 page. */
export default async function FollowApplicationPage({ params }: Props) {
  const { token } = await params;
  const [t, locale, app] = await Promise.all([getT(), getLocale(), getApplicationByToken(token)]);
  if (!app) notFound();
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
      </dl>
      {app.decision ? (
        <section aria-labelledby="decision" className="border-l-4 border-brand-600 bg-brand-50 p-4">
          <h2 id="decision" className="text-2xl font-semibold mb-2">{t("follow.decision")}</h2>
          <p className="mb-2 font-semibold">
            {t(`follow.outcomes.${app.decision.outcome}`)}
            {app.decision.amountOre !== null ? `: ${formatKr(app.decision.amountOre, locale)}` : ""}
          </p>
          {app.decision.reasons ? <p className="mb-2 whitespace-pre-line">{app.decision.reasons}</p> : null}
          {app.decision.conditional ? <p>{t("follow.conditional", { year: app.decision.fundsYear ?? "" })}</p> : null}
        </section>
      ) : (
        <p>{t("follow.noDecision")}</p>
      )}
    </div>
  );
}
