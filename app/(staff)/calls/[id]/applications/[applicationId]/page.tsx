import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { DecisionForm } from "@/components/decisions/decision-form";
import { PublishForm } from "@/components/public/publish-form";
import {
  EligibilityForm,
  QuestionForm,
  RecommendationForm,
  ShortlistForm,
  VisitForm,
} from "@/components/screening/forms";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getStaffApplication } from "@/lib/decisions/queries";
import { formatDate, formatDateTime, formatKr } from "@/lib/i18n/format";
import { getLocale, getTranslations } from "next-intl/server";
import { canDecide } from "@/lib/screening/model";
import { ReopenSheetForm } from "@/components/scoring/reopen-form";
import { ConflictForm } from "@/components/scoring/conflict-form";
import { ConflictStatus } from "@/components/scoring/conflict-status";

type Props = { params: Promise<{ id: string; applicationId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("nav.applications") };
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="border-t border-gray-300 pt-6 mb-8">
      <h2 id={id} className="text-2xl font-semibold mb-3">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The secretariat's case file of one application: screening, questions, shortlist, visits, recommendation, decision. */
export default async function StaffApplicationPage({ params }: Props) {
  const { id, applicationId } = await params;
  const actor = await requirePermission("call:manage", `/calls/${id}/applications/${applicationId}`);
  const [t, locale, app] = await Promise.all([
    getTranslations(),
    getLocale(),
    getStaffApplication(actor, id, applicationId),
  ]);
  if (!app) notFound();
  const decision = app.decisions[0];
  const committeeId = app.call.committeeId;
  const screens = can(actor, "application:screen", committeeId);
  return (
    <div className="max-w-3xl">
      <p className="mb-2">
        <Link href={`/calls/${id}`} className="underline">
          ← {app.call.title}
        </Link>
      </p>
      <h1 className="text-3xl font-bold mb-1">{app.title}</h1>
      <p className="text-muted mb-6">
        {app.reference} · {app.organisation.name} ·{" "}
        <span data-testid="status">{t(`application.statuses.${app.status}`)}</span>
        {app.shortlisted ? ` · ${t("screening.onShortlist")}` : ""}
      </p>
      <dl className="grid grid-cols-1 sm:grid-cols-[12rem_1fr] gap-y-1 mb-6">
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
              <a href={`/api/attachments/${a.id}`} className="underline">
                {a.filename}
              </a>{" "}
              ({a.mimeType}, {Math.ceil(a.sizeBytes / 1024)} kB)
            </li>
          ))}
        </ul>
      ) : null}

      <Section id="screening" title={t("screening.title")}>
        {app.eligible !== null ? (
          <p className="mb-3" data-testid="eligibility">
            {t("screening.current", { value: t(`screening.eligibilityValues.${app.eligible ? "yes" : "no"}`) })}
            {app.eligibilityReason ? ` – ${app.eligibilityReason}` : ""}
          </p>
        ) : null}
        {screens && !decision ? (
          <EligibilityForm
            locale={locale}
            applicationId={app.id}
            version={app.version}
            current={{ eligible: app.eligible, reason: app.eligibilityReason }}
          />
        ) : null}
      </Section>

      <Section id="thread" title={t("screening.thread")}>
        {app.messages.length ? (
          <ol className="mb-4 space-y-3" data-testid="thread">
            {app.messages.map((m) => (
              <li
                key={m.id}
                className={`border-l-4 p-3 ${m.fromApplicant ? "border-gray-500 bg-gray-50" : "border-brand-600 bg-brand-50"}`}
              >
                <p className="text-sm text-muted">
                  {m.fromApplicant ? t("screening.fromApplicant") : t("screening.fromSecretariat")} ·{" "}
                  {formatDateTime(m.createdAt, locale)}
                </p>
                <p className="whitespace-pre-line">{m.body}</p>
              </li>
            ))}
          </ol>
        ) : (
          <p className="mb-4">{t("follow.noMessages")}</p>
        )}
        {screens && !decision ? <QuestionForm locale={locale} applicationId={app.id} version={app.version} /> : null}
      </Section>

      <Section id="shortlist" title={t("screening.shortlist")}>
        <p className="mb-3">{app.shortlisted ? t("screening.onShortlist") : "–"}</p>
        {screens && !decision && app.eligible !== false ? (
          <ShortlistForm locale={locale} applicationId={app.id} version={app.version} shortlisted={app.shortlisted} />
        ) : null}
      </Section>

      <Section id="visits" title={t("screening.visits")}>
        {app.visits.length ? (
          <ul className="mb-4 space-y-4" data-testid="visits">
            {app.visits.map((v) => (
              <li key={v.id}>
                <p className="font-semibold">
                  {formatDate(v.visitedOn, locale)}
                  {v.participants.length ? ` – ${v.participants.map((p) => p.user.name).join(", ")}` : ""}
                </p>
                <p className="whitespace-pre-line">{v.notes}</p>
                {v.photos.length ? (
                  <ul className="flex flex-wrap gap-3 mt-2">
                    {v.photos.map((p) => (
                      <li key={p.id}>
                        {/* eslint-disable-next-line @next/next/no-img-element -- a private file from the database, not a static asset */}
                        <img
                          src={`/api/attachments/${p.id}`}
                          alt={p.altText || p.filename}
                          className="h-32 w-auto rounded border border-gray-300"
                        />
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mb-4">{t("screening.noVisits")}</p>
        )}
        {screens && !decision && app.eligible !== false ? (
          <VisitForm
            locale={locale}
            applicationId={app.id}
            version={app.version}
            members={app.members}
            today={new Date().toISOString().slice(0, 10)}
          />
        ) : null}
      </Section>

      <Section id="sheets" title={t("scoring.sheetsTitle")}>
        {app.scoreSheets.length ? (
          <ul className="mb-4 space-y-3" data-testid="sheets">
            {app.scoreSheets.map((sheet) => (
              <li key={sheet.user.id}>
                <p>
                  <strong>{sheet.user.name}</strong>:{" "}
                  {sheet.submittedAt
                    ? t("scoring.sheetSubmitted", { date: formatDateTime(sheet.submittedAt, locale) })
                    : t("scoring.sheetDraft")}
                  {sheet.reopenedAt
                    ? ` · ${t("scoring.sheetReopened", { date: formatDateTime(sheet.reopenedAt, locale), reason: sheet.reopenReason ?? "" })}`
                    : ""}
                </p>
                {sheet.submittedAt && can(actor, "score:reopen", committeeId) && !decision ? (
                  <ReopenSheetForm
                    locale={locale}
                    applicationId={app.id}
                    userId={sheet.user.id}
                    member={sheet.user.name}
                  />
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mb-4">{t("scoring.sheetsNone")}</p>
        )}
      </Section>

      <Section id="recommendation" title={t("screening.recommendation")}>
        {app.recommendations.length ? (
          <ul className="mb-4 space-y-2" data-testid="recommendations">
            {app.recommendations.map((r) => (
              <li key={r.id}>
                <strong>{t("screening.recommended", { outcome: t(`follow.outcomes.${r.outcome}`) })}</strong>
                {r.amountOre !== null ? ` (${formatKr(r.amountOre, locale)})` : ""} – {r.text}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mb-4">{t("screening.noRecommendation")}</p>
        )}
        {can(actor, "application:recommend", committeeId) && !decision && app.eligible !== false ? (
          <RecommendationForm locale={locale} applicationId={app.id} version={app.version} />
        ) : null}
      </Section>

      <Section id="decision" title={t("follow.decision")}>
        {decision ? (
          <p data-testid="decision" role="status">
            <strong>{t(`follow.outcomes.${decision.outcome}`)}</strong>
            {decision.amountOre !== null ? `: ${formatKr(decision.amountOre, locale)}` : ""} ({decision.fundsYear}).{" "}
            {decision.reasons}
          </p>
        ) : can(actor, "decision:record", committeeId) && canDecide(app.status) ? (
          <DecisionForm
            locale={locale}
            applicationId={app.id}
            version={app.version}
            defaultYear={new Date().getUTCFullYear()}
          />
        ) : null}
      </Section>

      {decision &&
      (decision.outcome === "GRANT" || decision.outcome === "PARTIAL_GRANT") &&
      can(actor, "project:publish", committeeId) ? (
        <Section id="publish" title={t("publish.title")}>
          <p className="mb-3" data-testid="publication">
            {app.publishedAt ? (
              <>
                {t("publish.isPublic", { date: formatDate(app.publishedAt, locale) })} ·{" "}
                <Link href={`/initiativer/${app.id}`} className="underline">
                  {t("publish.view")}
                </Link>
              </>
            ) : (
              t("publish.notPublic")
            )}
          </p>
          <PublishForm
            applicationId={app.id}
            published={app.publishedAt !== null}
            privatePerson={app.organisation.kind === "PRIVATE_PERSON"}
            photos={app.visits.flatMap((v) => v.photos.map((p) => ({ id: p.id, alt: p.altText || p.filename })))}
            initial={{
              summary: app.publicSummary,
              publicName: app.publicName ?? "",
              portraitTitle: app.portraits[0]?.title ?? "",
              portraitBody: app.portraits[0]?.body ?? "",
              portraitMonth: (app.portraits[0]?.month ?? new Date()).toISOString().slice(0, 7),
              photoIds: app.visits.flatMap((v) => v.photos.filter((p) => p.isPublic).map((p) => p.id)),
            }}
          />
        </Section>
      ) : null}

      <Section id="own-conflict" title={t("conflict.staffTitle")}>
        <p className="mb-4">{t("conflict.staffIntro")}</p>
        {app.myConflict ? (
          <ConflictStatus locale={locale} declaration={app.myConflict} />
        ) : can(actor, "conflict:declare", committeeId) ? (
          <ConflictForm locale={locale} applicationId={app.id} />
        ) : null}
      </Section>

      <Section id="history" title={t("screening.history")}>
        <ol className="list-decimal pl-6">
          {app.statusChanges.map((c) => (
            <li key={c.id}>
              {formatDateTime(c.at, locale)}: {t(`application.statuses.${c.to}`)}
              {c.note ? ` – ${c.note}` : ""}
            </li>
          ))}
        </ol>
      </Section>
    </div>
  );
}
