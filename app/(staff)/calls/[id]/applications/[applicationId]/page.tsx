import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { DecisionForm } from "@/components/decisions/decision-form";
import { GrantMoneySection } from "@/components/grants/grant-money-section";
import { PublishForm } from "@/components/public/publish-form";
import { ConflictForm } from "@/components/scoring/conflict-form";
import { ConflictStatus } from "@/components/scoring/conflict-status";
import { ReopenSheetForm } from "@/components/scoring/reopen-form";
import { EligibilityForm } from "@/components/screening/eligibility-form";
import { QuestionForm } from "@/components/screening/question-form";
import { RecommendationForm } from "@/components/screening/recommendation-form";
import { ShortlistForm } from "@/components/screening/shortlist-form";
import { VisitForm } from "@/components/screening/visit-form";
import { IntlScope } from "@/components/ui/intl-scope";
import { getActor, requirePermission } from "@/lib/auth/session";
import { copenhagenToday, copenhagenYear } from "@/lib/calls/model";
import { getCaseFile } from "@/lib/decisions/queries";
import { getCaseMeetings } from "@/lib/meetings/live-queries";
import { CaseMeetings } from "@/components/meetings/live/case-meetings";
import { AccountsReviewSection } from "@/components/reporting/accounts-review-section";
import { formatDate, formatDateTime, formatKr } from "@/lib/i18n/format";
import { CaseSection as Section } from "./_components/case-section";
import { CaseSummary } from "./_components/case-summary";

type Props = { params: Promise<{ id: string; applicationId: string }> };

const fromApplicant = "border-gray-500 bg-gray-50";
const fromSecretariat = "border-brand-600 bg-brand-50";

/** The case file is named for the project applied for. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, applicationId } = await params;
  const [t, actor] = await Promise.all([getTranslations(), getActor()]);
  const file = actor ? await getCaseFile(actor, id, applicationId) : null;
  return { title: file?.application.title ?? t("nav.applications") };
}

/**
 * The secretariat's case file of one application: screening, questions,
 * shortlist, visits, recommendation, decision.
 */
export default async function StaffApplicationPage({ params }: Props) {
  const { id, applicationId } = await params;
  const actor = await requirePermission("call:manage", `/calls/${id}/applications/${applicationId}`);
  const [t, locale, file] = await Promise.all([getTranslations(), getLocale(), getCaseFile(actor, id, applicationId)]);
  if (!file) notFound();
  const meetings = await getCaseMeetings(actor, { applicationId: file.application.id });
  const { application: app, decision, can } = file;
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
      <CaseSummary app={app} />
      <CaseMeetings meetings={meetings} />
      <IntlScope namespaces={["screening", "scoring", "conflict", "decision", "publish", "publicPrivacy", "ledger"]}>
        <Section id="screening" title={t("screening.title")}>
          {app.eligible !== null ? (
            <p className="mb-3" data-testid="eligibility">
              {t("screening.current", { value: t(`screening.eligibilityValues.${app.eligible ? "yes" : "no"}`) })}
              {app.eligibilityReason ? ` – ${app.eligibilityReason}` : ""}
            </p>
          ) : null}
          {can.screen ? (
            <EligibilityForm
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
                <li key={m.id} className={`border-l-4 p-3 ${m.fromApplicant ? fromApplicant : fromSecretariat}`}>
                  <p className="text-sm text-muted">
                    {m.fromApplicant ? t("screening.fromApplicant") : t("screening.fromSecretariat")} ·{" "}
                    {formatDateTime(m.createdAt, locale)}
                  </p>
                  <p className="whitespace-pre-line">{m.body}</p>
                </li>
              ))}
            </ol>
          ) : (
            <p className="mb-4">{t("screening.noMessages")}</p>
          )}
          {can.screen ? <QuestionForm applicationId={app.id} version={app.version} /> : null}
        </Section>

        <Section id="shortlist" title={t("screening.shortlist")}>
          <p className="mb-3">{app.shortlisted ? t("screening.onShortlist") : "–"}</p>
          {can.followUp ? (
            <ShortlistForm applicationId={app.id} version={app.version} shortlisted={app.shortlisted} />
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
                          {/* eslint-disable-next-line @next/next/no-img-element -- a private file from the database */}
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
          {can.followUp ? (
            <VisitForm applicationId={app.id} version={app.version} members={file.members} today={copenhagenToday()} />
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
                      ? ` · ${t("scoring.sheetReopened", {
                          date: formatDateTime(sheet.reopenedAt, locale),
                          reason: sheet.reopenReason ?? "",
                        })}`
                      : ""}
                  </p>
                  {sheet.submittedAt && can.reopenSheets ? (
                    <ReopenSheetForm applicationId={app.id} userId={sheet.user.id} member={sheet.user.name} />
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
                  <strong>{t("screening.recommended", { outcome: t(`decision.outcomes.${r.outcome}`) })}</strong>
                  {r.amountOre !== null ? ` (${formatKr(r.amountOre, locale)})` : ""} – {r.text}
                </li>
              ))}
            </ul>
          ) : (
            <p className="mb-4">{t("screening.noRecommendation")}</p>
          )}
          {can.recommend ? <RecommendationForm applicationId={app.id} version={app.version} /> : null}
        </Section>

        <Section id="decision" title={t("decision.outcome")}>
          {decision ? (
            <p data-testid="decision" role="status">
              <strong>{t(`decision.outcomes.${decision.outcome}`)}</strong>
              {decision.amountOre !== null ? `: ${formatKr(decision.amountOre, locale)}` : ""}{" "}
              {`(${decision.fundsYear}). `}
              {decision.reasons}
            </p>
          ) : can.decide ? (
            <>
              <p className="mb-3" data-testid="delegated">
                {t("meetingLive.delegatedNote")}
              </p>
              <DecisionForm applicationId={app.id} version={app.version} defaultYear={copenhagenYear(new Date())} />
            </>
          ) : can.decideAtMeeting ? (
            <p data-testid="decide-at-meeting">
              {t("meetingLive.atMeetingNote")}{" "}
              <Link href="/meetings" className="underline">
                {t("meetingLive.meetingsLink")}
              </Link>
            </p>
          ) : null}
        </Section>

        {can.publish ? (
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
              photos={app.photos.map((p) => ({ id: p.id, alt: p.altText || p.filename }))}
              initial={{
                summary: app.publicSummary,
                publicName: app.publicName ?? "",
                portraitTitle: app.portraits[0]?.title ?? "",
                portraitBody: app.portraits[0]?.body ?? "",
                portraitMonth: (app.portraits[0]?.month ?? new Date()).toISOString().slice(0, 7),
                photoIds: app.photos.filter((p) => p.isPublic).map((p) => p.id),
              }}
            />
          </Section>
        ) : null}

        <Section id="own-conflict" title={t("conflict.staffTitle")}>
          <p className="mb-4">{t("conflict.staffIntro")}</p>
          {file.myConflict ? (
            <ConflictStatus declaration={file.myConflict} />
          ) : can.declareConflict ? (
            <ConflictForm applicationId={app.id} />
          ) : null}
        </Section>
      </IntlScope>
      <GrantMoneySection actor={actor} callId={id} applicationId={app.id} />
      <AccountsReviewSection applicationId={app.id} />

      <Section id="history" title={t("screening.history")}>
        <ol className="list-decimal pl-6">
          {file.history.map((c) => (
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
