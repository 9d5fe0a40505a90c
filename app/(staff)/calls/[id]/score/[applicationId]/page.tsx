import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ConflictForm } from "@/components/scoring/conflict-form";
import { ConflictStatus } from "@/components/scoring/conflict-status";
import { ScoreForm } from "@/components/scoring/score-form";
import { IntlScope } from "@/components/ui/intl-scope";
import { getActor, requirePermission } from "@/lib/auth/session";
import { getScorePage } from "@/lib/scoring/queries";
import { formatDateTime, formatKr } from "@/lib/i18n/format";
import { getLocale, getTranslations } from "next-intl/server";

type Props = { params: Promise<{ id: string; applicationId: string }> };

/** The page is named for the application being scored. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, applicationId } = await params;
  const [t, actor] = await Promise.all([getTranslations(), getActor()]);
  const view = actor ? await getScorePage(actor, id, applicationId) : null;
  return { title: view ? `${t("scoring.title")} · ${view.application.title}` : t("scoring.title") };
}

/** Scoring one application. A member ruled out of it gets the 404 page, whatever the URL. */
export default async function ScoreApplicationPage({ params }: Props) {
  const { id, applicationId } = await params;
  const actor = await requirePermission("application:score", `/calls/${id}/score/${applicationId}`);
  const [t, locale, view] = await Promise.all([getTranslations(), getLocale(), getScorePage(actor, id, applicationId)]);
  if (!view) notFound();
  const { application: a } = view;
  return (
    <div>
      <p className="mb-2">
        <Link href={`/calls/${id}/score`} className="underline">
          ← {t("scoring.title")}: {view.call.title}
        </Link>
      </p>
      <h1 className="text-3xl font-bold mb-1">{a.title}</h1>
      <p className="text-muted mb-6">
        {a.reference} · {a.organisation}
      </p>
      <section aria-labelledby="details" className="mb-8 max-w-3xl">
        <h2 id="details" className="text-2xl font-semibold mb-3">
          {t("scoring.details")}
        </h2>
        <p className="mb-3 whitespace-pre-line">{a.description}</p>
        <dl className="grid grid-cols-[12rem_1fr] gap-y-1">
          <dt className="font-semibold">{t("scoring.requested")}</dt>
          <dd>{formatKr(a.requestedOre, locale)}</dd>
          <dt className="font-semibold">{t("scoring.targetGroup")}</dt>
          <dd>{a.targetGroup || "–"}</dd>
          <dt className="font-semibold">{t("scoring.period")}</dt>
          <dd>{a.periodText || "–"}</dd>
        </dl>
        {view.budget.length ? (
          <>
            <h3 className="font-semibold mt-4 mb-1">{t("scoring.budget")}</h3>
            <ul className="list-disc pl-6">
              {view.budget.map((l) => (
                <li key={l.id}>
                  {l.isIncome ? t("scoring.income") : t("scoring.expense")}: {l.label} – {formatKr(l.amountOre, locale)}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
      <section aria-labelledby="sheet" className="mb-10 max-w-3xl">
        <h2 id="sheet" className="text-2xl font-semibold mb-3">
          {t("scoring.title")}
        </h2>
        {view.submittedAt ? (
          <>
            <p role="status" className="mb-4 border-l-4 border-brand-600 bg-brand-50 p-3">
              {t("scoring.lockedNote", { date: formatDateTime(view.submittedAt, locale) })}
            </p>
            <ul className="space-y-1" data-testid="my-scores">
              {view.criteria.map((c) => {
                const m = view.mine.find((x) => x.criterionId === c.id);
                return (
                  <li key={c.id}>
                    <strong>{c.title}</strong>: {m ? (m.notApplicable ? t("scoring.notApplicable") : m.value) : "–"}
                    {m?.comment ? ` – ${m.comment}` : ""}
                  </li>
                );
              })}
            </ul>
          </>
        ) : (
          <IntlScope namespaces={["scoring"]}>
            <ScoreForm applicationId={a.id} criteria={view.criteria} mine={view.mine} />
          </IntlScope>
        )}
      </section>
      <section aria-labelledby="others" className="mb-10 max-w-3xl">
        <h2 id="others" className="text-2xl font-semibold mb-3">
          {t("scoring.others")}
        </h2>
        {view.others === null ? (
          <p>{t("scoring.othersHidden")}</p>
        ) : view.others.length === 0 ? (
          <p>{t("scoring.noOthers")}</p>
        ) : (
          <ul className="space-y-1">
            {view.others.map((o, i) => (
              <li key={i}>
                {o.member} · {view.criteria.find((c) => c.id === o.criterionId)?.title}:{" "}
                {o.notApplicable ? t("scoring.notApplicable") : o.value}
                {o.comment ? ` – ${o.comment}` : ""}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="conflict" className="max-w-3xl border-t border-gray-300 pt-6">
        <h2 id="conflict" className="text-2xl font-semibold mb-3">
          {t("conflict.title")}
        </h2>
        {view.myConflict ? (
          <ConflictStatus declaration={view.myConflict} />
        ) : (
          <>
            <p className="mb-4">{t("conflict.intro")}</p>
            <IntlScope namespaces={["conflict"]}>
              <ConflictForm applicationId={a.id} />
            </IntlScope>
          </>
        )}
      </section>
    </div>
  );
}
