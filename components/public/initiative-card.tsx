import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { InitiativeCard as Card } from "@/lib/public/queries";
import { formatKr } from "@/lib/i18n/format";

/** One funded initiative in a list: title (its page), who, how much, the goals it serves. */
export async function InitiativeCard({ item, level = 2 }: { item: Card; level?: 2 | 3 }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <li className="border border-gray-300 rounded p-5">
      <Heading className="text-xl font-semibold mb-1">
        <Link href={`/initiativer/${item.id}`} className="underline">
          {item.title}
        </Link>
      </Heading>
      <p className="text-muted mb-2">
        {t("public.by", { name: item.organisation ?? t("publicPrivacy.privatePerson") })} · {item.committee.name} ·{" "}
        {t(`publicSite.status.${item.status}`)}
      </p>
      {item.amountOre !== null ? (
        <p className="font-semibold mb-2">{t("public.funded", { amount: formatKr(item.amountOre, locale) })}</p>
      ) : null}
      {item.summary ? <p className="mb-2">{item.summary}</p> : null}
      {item.goals.length > 0 ? (
        <>
          <p className="font-semibold text-sm mt-3">{t("public.goals")}</p>
          <ul className="flex flex-wrap gap-2 mt-1">
            {item.goals.map((g) => (
              <li key={g.id} className="text-sm bg-brand-50 border border-brand-100 rounded px-2 py-0.5">
                {g.title}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </li>
  );
}
