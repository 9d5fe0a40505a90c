import type { Metadata } from "next";
import Link from "next/link";
import { listOpenCalls } from "@/lib/public/queries";
import { formatDateTime, formatKr } from "@/lib/i18n/format";
import { getLocale, getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return {
    title: t("public.openCalls"),
    description: t("publicSite.howToApply"),
    alternates: { canonical: "/opslag" },
    openGraph: { title: t("public.openCalls"), description: t("publicSite.howToApply"), type: "website" },
  };
}

/** Open calls and how to apply: each links to its application form. */
export default async function OpenCallsPage() {
  const [t, locale, calls] = await Promise.all([getTranslations(), getLocale(), listOpenCalls(null)]);
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold mb-2">{t("public.openCalls")}</h1>
      <p className="mb-8 text-lg">{t("publicSite.howToApply")}</p>
      {calls.length ? (
        <ul className="space-y-6">
          {calls.map((c) => (
            <li key={c.id} className="border-l-4 border-brand-600 pl-4">
              <h2 className="text-xl font-semibold">{c.title}</h2>
              <p className="text-muted mb-1">
                {c.committee} · {t("dashboard.available")}: {formatKr(c.amountOre, locale)}
                {c.maxGrantOre !== null ? ` · ${t("apply.maxGrant")}: ${formatKr(c.maxGrantOre, locale)}` : ""}
              </p>
              {c.deadline ? (
                <p className="mb-1">{t("public.deadline", { date: formatDateTime(new Date(c.deadline), locale) })}</p>
              ) : null}
              {c.description ? <p className="mb-2">{c.description}</p> : null}
              <Link href={`/opslag/${c.slug}`} className="underline font-semibold">
                {t("publicSite.applyFor", { title: c.title })}
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("public.noOpenCalls")}</p>
      )}
    </div>
  );
}
