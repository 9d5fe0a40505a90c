import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PublicPhoto } from "@/components/public/photo";
import { getPortrait } from "@/lib/public/queries";
import { excerpt } from "@/lib/public/model";
import { formatMonth } from "@/lib/i18n/format";
import { getLocale, getTranslations } from "next-intl/server";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = await getPortrait(null, (await params).slug);
  if (!p) return { title: (await getTranslations())("errors.notFoundTitle") };
  const description = excerpt(p.body, 160);
  const photo = p.photos[0];
  return {
    title: p.title,
    description,
    alternates: { canonical: `/portraetter/${p.slug}` },
    openGraph: {
      title: p.title,
      description,
      type: "article",
      publishedTime: p.publishedAt,
      images: photo ? [{ url: `/api/public/photos/${photo.id}`, alt: photo.altText }] : undefined,
    },
  };
}

export default async function PortraitPage({ params }: Props) {
  const { slug } = await params;
  const [t, locale, p] = await Promise.all([getTranslations(), getLocale(), getPortrait(null, slug)]);
  if (!p) notFound();
  const month = new Date(p.month);
  return (
    <article className="max-w-3xl">
      <p className="mb-2">
        <Link href="/portraetter" className="underline">
          ← {t("publicSite.portraits")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold mb-2">{p.title}</h1>
      <p className="text-muted mb-6">
        <Link href={`/udvalg/${p.committee.slug}`} className="underline">
          {p.committee.name}
        </Link>{" "}
        · {formatMonth(month.getUTCFullYear(), month.getUTCMonth() + 1, locale)}
      </p>
      {p.photos.length ? (
        <ul className="flex flex-wrap gap-3 mb-6">
          {p.photos.map((ph) => (
            <li key={ph.id}>
              <PublicPhoto id={ph.id} alt={ph.altText} className="h-56 w-auto" />
            </li>
          ))}
        </ul>
      ) : null}
      <div className="whitespace-pre-line mb-6">{p.body}</div>
      {p.applicationId && p.application ? (
        <p>
          <Link href={`/initiativer/${p.applicationId}`} className="underline font-semibold">
            {t("publicSite.aboutInitiative", { title: p.application.title })}
          </Link>
        </p>
      ) : null}
    </article>
  );
}
