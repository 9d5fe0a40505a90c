import Link from "next/link";
import { listFundedInitiatives, listOpenCalls } from "@/lib/public/queries";
import { formatDate, formatKr } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

export default async function FrontPage() {
  const [t, locale, initiatives, calls] = await Promise.all([getT(), getLocale(), listFundedInitiatives(), listOpenCalls()]);
  return (
    <div>
      <h1 className="text-3xl font-bold mb-2">{t("public.title")}</h1>
      <p className="mb-8 max-w-3xl text-lg">{t("public.intro")}</p>
      {initiatives.length === 0 ? (
        <p>{t("public.noneYet")}</p>
      ) : (
        <ul className="grid gap-6 md:grid-cols-2" aria-label={t("public.title")}>
          {initiatives.map((i) => (
            <li key={i.id} className="border border-gray-300 rounded p-5">
              <h2 className="text-xl font-semibold mb-1">{i.title}</h2>
              <p className="text-muted mb-2">
                {t("public.by", { name: i.organisation })} · {i.committee}
              </p>
              {i.amountOre !== null ? <p className="font-semibold mb-2">{t("public.funded", { amount: formatKr(i.amountOre, locale) })}</p> : null}
              {i.summary ? <p className="mb-2">{i.summary}</p> : null}
              {i.goals.length > 0 ? (
                <>
                  <h3 className="font-semibold text-sm mt-3">{t("public.goals")}</h3>
                  <ul className="flex flex-wrap gap-2 mt-1">
                    {i.goals.map((g) => (
                      <li key={g} className="text-sm bg-brand-50 border border-brand-100 rounded px-2 py-0.5">
                        {g}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <h2 className="text-2xl font-bold mt-12 mb-4">{t("public.openCalls")}</h2>
      {calls.length === 0 ? (
        <p>{t("public.noOpenCalls")}</p>
      ) : (
        <ul className="space-y-3">
          {calls.map((c) => (
            <li key={c.id} className="border-l-4 border-brand-600 pl-4">
              <p className="font-semibold">
                <Link href={`/opslag/${c.slug}`} className="underline">
                  {c.title}
                </Link>
              </p>
              <p className="text-muted">
                {c.committee} · {formatKr(c.amountOre, locale)}
                {c.deadline ? ` · ${t("public.deadline", { date: formatDate(c.deadline, locale) })}` : ""}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
