import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { MinutesDocument } from "@/components/minutes/minutes-document";
import { getCurrentCommitteeSlug } from "@/lib/committees/queries";
import { isLocale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { getPublicMinutes } from "@/lib/minutes/queries";

type Props = { params: Promise<{ slug: string; id: string }> };

const language = async () => {
  const locale = await getLocale();
  return isLocale(locale) ? locale : "da";
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, id } = await params;
  const [t, lang] = await Promise.all([getTranslations(), language()]);
  const page = await getPublicMinutes(null, slug, id, lang);
  if (!page) return { title: t("errors.notFoundTitle") };
  const title = t("publicMinutes.pageTitle", { meeting: page.document.head.title });
  return {
    title,
    description: `${page.meeting.committee.name} · ${formatDate(page.meeting.startsAt, lang)}`,
    alternates: { canonical: `/udvalg/${page.meeting.committee.slug}/moeder/${page.meeting.id}` },
  };
}

/**
 * A meeting's published minutes: private persons' names and reasons that concern a person left out. Anything not
 * published, or of another committee, is not found; a renamed committee's old address goes on to its current one.
 */
export default async function PublicMinutesPage({ params }: Props) {
  const { slug, id } = await params;
  const [t, lang] = await Promise.all([getTranslations("publicMinutes"), language()]);
  const page = await getPublicMinutes(null, slug, id, lang);
  if (!page) {
    const current = await getCurrentCommitteeSlug(null, slug);
    if (current) permanentRedirect(`/udvalg/${current}/moeder/${id}`);
    notFound();
  }
  const { meeting, document } = page;
  return (
    <div className="max-w-3xl">
      <p className="mb-2">
        <Link href={`/udvalg/${meeting.committee.slug}`} className="underline">
          ← {t("back", { committee: meeting.committee.name })}
        </Link>
      </p>
      <h1 className="text-3xl font-bold mb-2">{t("pageTitle", { meeting: document.head.title })}</h1>
      <p className="text-muted mb-4">{t("intro")}</p>
      <p className="mb-6">
        <a href={`/udvalg/${meeting.committee.slug}/moeder/${meeting.id}/referat.pdf`} className="underline">
          {t("pdf")}
        </a>
      </p>
      <MinutesDocument doc={document} />
    </div>
  );
}
