import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PublicPhoto } from "@/components/public/photo";
import { PublicProjectReports } from "@/components/project-reports/public-project-reports";
import { getInitiative } from "@/lib/public/queries";
import { excerpt } from "@/lib/public/model";
import { formatDate, formatKr, formatMonth } from "@/lib/i18n/format";
import { getLocale, getTranslations } from "next-intl/server";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const item = await getInitiative(null, (await params).id);
  if (!item) return { title: (await getTranslations())("errors.notFoundTitle") };
  const description = excerpt(item.summary || item.title, 160);
  const photo = item.portraits[0]?.photos[0];
  return {
    title: item.title,
    description,
    alternates: { canonical: `/initiativer/${item.id}` },
    openGraph: {
      title: item.title,
      description,
      type: "article",
      images: photo ? [{ url: `/api/public/photos/${photo.id}`, alt: photo.altText }] : undefined,
    },
  };
}

/** One funded initiative: what it is, who runs it, the money, the goals, why it was chosen and what came of it. */
export default async function InitiativePage({ params }: Props) {
  const { id } = await params;
  const [t, locale, item] = await Promise.all([getTranslations(), getLocale(), getInitiative(null, id)]);
  if (!item) notFound();
  const portrait = item.portraits[0];
  return (
    <article className="max-w-3xl">
      <p className="mb-2">
        <Link href="/initiativer" className="underline">
          ← {t("public.title")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold mb-2">{item.title}</h1>
      <p className="text-muted mb-6">
        {t("public.by", { name: item.organisation ?? t("publicPrivacy.privatePerson") })} ·{" "}
        <Link href={`/udvalg/${item.committee.slug}`} className="underline">
          {item.committee.name}
        </Link>
      </p>
      {item.summary ? <p className="text-lg mb-6">{item.summary}</p> : null}
      <dl className="grid grid-cols-1 sm:grid-cols-[12rem_1fr] gap-y-1 mb-8">
        <dt className="font-semibold">{t("publicSite.amount")}</dt>
        <dd data-testid="amount">{item.amountOre !== null ? formatKr(item.amountOre, locale) : "–"}</dd>
        {item.fundsYear ? (
          <>
            <dt className="font-semibold">{t("dashboard.fundsYear")}</dt>
            <dd>{item.fundsYear}</dd>
          </>
        ) : null}
        {item.decidedOn ? (
          <>
            <dt className="font-semibold">{t("publicSite.decidedOn")}</dt>
            <dd>{formatDate(new Date(item.decidedOn), locale)}</dd>
          </>
        ) : null}
        <dt className="font-semibold">{t("dashboard.status")}</dt>
        <dd>{t(`publicSite.status.${item.status}`)}</dd>
        <dt className="font-semibold">{t("publicSite.call")}</dt>
        <dd>{item.callTitle}</dd>
      </dl>
      <section aria-labelledby="why" className="mb-8">
        <h2 id="why" className="text-2xl font-semibold mb-3">
          {t("publicSite.why")}
        </h2>
        {item.goals.length ? (
          <>
            <p className="mb-2">{t("publicSite.servesGoals")}</p>
            <ul className="list-disc pl-6 mb-3">
              {item.goals.map((g) => (
                <li key={g.id}>{g.title}</li>
              ))}
            </ul>
          </>
        ) : null}
        {item.criteriaText ? (
          <p className="text-muted">{t("publicSite.criteria", { text: item.criteriaText })}</p>
        ) : null}
      </section>
      {portrait ? (
        <section aria-labelledby="portrait" className="mb-8">
          <h2 id="portrait" className="text-2xl font-semibold mb-1">
            {portrait.title}
          </h2>
          <p className="text-muted mb-3">
            {t("publicSite.portraitOf", {
              month: formatMonth(
                new Date(portrait.month).getUTCFullYear(),
                new Date(portrait.month).getUTCMonth() + 1,
                locale,
              ),
            })}{" "}
            ·{" "}
            <Link href={`/portraetter/${portrait.slug}`} className="underline">
              {t("publicSite.portraitLink")}
            </Link>
          </p>
          {portrait.photos.length ? (
            <ul className="flex flex-wrap gap-3 mb-4">
              {portrait.photos.map((p) => (
                <li key={p.id}>
                  <PublicPhoto id={p.id} alt={p.altText} className="h-48 w-auto" />
                </li>
              ))}
            </ul>
          ) : null}
          <div className="whitespace-pre-line">{portrait.body}</div>
        </section>
      ) : null}
      <section aria-labelledby="results" className="mb-8">
        <h2 id="results" className="text-2xl font-semibold mb-3">
          {t("publicSite.results")}
        </h2>
        {item.evaluations.length ? (
          item.evaluations.map((e) => (
            <div key={e.receivedAt} className="mb-3">
              <p className="text-muted text-sm">{formatDate(new Date(e.receivedAt), locale)}</p>
              <p className="whitespace-pre-line">{e.text}</p>
            </div>
          ))
        ) : (
          <p>{t("publicSite.noEvaluation")}</p>
        )}
      </section>
      <PublicProjectReports applicationId={item.id} />
    </article>
  );
}
