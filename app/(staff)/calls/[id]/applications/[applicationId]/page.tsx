import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DecisionForm } from "@/components/decisions/decision-form";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getStaffApplication } from "@/lib/decisions/queries";
import { formatDate, formatKr } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";

type Props = { params: Promise<{ id: string; applicationId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("nav.applications") };
}

/** The secretariat's view of one application, where the decision is recorded. */
export default async function StaffApplicationPage({ params }: Props) {
  const { id, applicationId } = await params;
  const actor = await requirePermission("call:manage", `/calls/${id}/applications/${applicationId}`);
  const [t, locale, app] = await Promise.all([getT(), getLocale(), getStaffApplication(actor, id, applicationId)]);
  if (!app) notFound();
  const decision = app.decisions[0];
  return (
    <div className="max-w-3xl">
      <p className="mb-2">
        <Link href={`/calls/${id}`} className="underline">
          ← {app.call.title}
        </Link>
      </p>
      <h1 className="text-3xl font-bold mb-1">{app.title}</h1>
      <p className="text-muted mb-6">
        {app.reference} · {app.organisation.name} · {t(`application.statuses.${app.status}`)}
      </p>
      <dl className="grid grid-cols-[12rem_1fr] gap-y-1 mb-6">
        <dt className="font-semibold">{t("dashboard.requested")}</dt>
        <dd>{formatKr(app.requestedOre, locale)}</dd>
        <dt className="font-semibold">{t("apply.cvr")}</dt>
        <dd>{app.organisation.cvr ?? "–"}</dd>
        <dt className="font-semibold">{t("apply.contact")}</dt>
        <dd>
          {app.contactName}, {app.contactEmail}
          {app.contactPhone ? `, ${app.contactPhone}` : ""}
        </dd>
        <dt className="font-semibold">{t("scoring.targetGroup")}</dt>
        <dd>{app.targetGroup || "–"}</dd>
        <dt className="font-semibold">{t("scoring.period")}</dt>
        <dd>{app.periodText || "–"}</dd>
        {app.submittedAt ? (
          <>
            <dt className="font-semibold">{t("follow.submitted")}</dt>
            <dd>{formatDate(app.submittedAt, locale)}</dd>
          </>
        ) : null}
      </dl>
      <p className="mb-6 whitespace-pre-line">{app.description}</p>
      {app.budgetLines.length ? (
        <ul className="list-disc pl-6 mb-6">
          {app.budgetLines.map((l) => (
            <li key={l.id}>
              {l.isIncome ? t("scoring.income") : t("scoring.expense")}: {l.label} – {formatKr(l.amountOre, locale)}
            </li>
          ))}
        </ul>
      ) : null}
      {app.attachments.length ? (
        <ul className="mb-6">
          {app.attachments.map((a) => (
            <li key={a.id}>
              {a.filename} ({a.mimeType}, {Math.ceil(a.sizeBytes / 1024)} kB)
            </li>
          ))}
        </ul>
      ) : null}
      <section aria-labelledby="decision" className="border-t border-gray-300 pt-6">
        <h2 id="decision" className="text-2xl font-semibold mb-3">{t("follow.decision")}</h2>
        {decision ? (
          <p data-testid="decision" role="status">
            <strong>{t(`follow.outcomes.${decision.outcome}`)}</strong>
            {decision.amountOre !== null ? `: ${formatKr(decision.amountOre, locale)}` : ""} ({decision.fundsYear}). {decision.reasons}
          </p>
        ) : can(actor, "decision:record", app.call.committeeId) ? (
          <DecisionForm locale={locale} applicationId={app.id} defaultYear={new Date().getUTCFullYear()} />
        ) : null}
      </section>
    </div>
  );
}
