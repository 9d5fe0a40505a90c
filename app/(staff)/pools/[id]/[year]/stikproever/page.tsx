import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { ButtonForm } from "@/components/ui/button-form";
import { getActor, requirePermission } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";
import { drawSpotCheckAction } from "@/lib/reporting/actions";
import { getSpotCheckPage } from "@/lib/reporting/queries";

type Props = { params: Promise<{ id: string; year: string }> };

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, year } = await params;
  const [t, actor] = await Promise.all([getTranslations("spotChecks"), getActor()]);
  const page = actor ? await getSpotCheckPage(actor, id, Number(year)) : null;
  return { title: page ? `${t("title", { year: page.year })} · ${page.pool.name}` : t("title", { year }) };
}

/**
 * The spot checks of a pool and funds year: draw about 10 % of the reported grants, and print every draw with its
 * seed, population and result, recomputed from the seed so anyone can check it.
 */
export default async function SpotChecksPage({ params }: Props) {
  const { id, year } = await params;
  const actor = await requirePermission("grant:manage", `/pools/${id}/${year}/stikproever`);
  const [t, locale, page] = await Promise.all([
    getTranslations("spotChecks"),
    getLocale(),
    getSpotCheckPage(actor, id, Number(year)),
  ]);
  if (!page) notFound();
  return (
    <div className="max-w-3xl">
      <p className="text-muted mb-1">
        {page.pool.committee.name} · {page.pool.name}
      </p>
      <h1 className="text-3xl font-bold mb-4">{t("title", { year: page.year })}</h1>
      <p className="mb-3">{t("intro")}</p>
      <p className="mb-4" data-testid="spot-check-left">
        {t("left", { count: page.left })}
      </p>
      {page.left > 0 ? (
        <ButtonForm
          action={drawSpotCheckAction}
          fields={{ poolId: page.pool.id, year: page.year }}
          className="mb-8 print:hidden"
        >
          <Button type="submit">{t("draw")}</Button>
        </ButtonForm>
      ) : null}
      {page.draws.length === 0 ? <p>{t("none")}</p> : null}
      <ol className="space-y-6" data-testid="spot-check-draws">
        {page.draws.map((d) => (
          <li key={d.id} className="border border-gray-300 rounded p-4 break-inside-avoid">
            <h2 className="text-xl font-semibold mb-2">
              {t("drawHeading", { date: formatDateTime(d.drawnAt, locale as Locale) })}
            </h2>
            <dl className="grid grid-cols-1 sm:grid-cols-[12rem_1fr] gap-y-1 mb-3">
              <dt className="font-semibold">{t("seed")}</dt>
              <dd>
                <code data-testid="spot-check-seed">{d.seed}</code>
              </dd>
              <dt className="font-semibold">{t("sharePct")}</dt>
              <dd>{d.sharePct} %</dd>
              <dt className="font-semibold">{t("population", { count: d.population.length })}</dt>
              <dd className="break-words">{d.population.join(", ")}</dd>
              <dt className="font-semibold">{t("drawnRefs")}</dt>
              <dd data-testid="spot-check-drawn">{d.drawn.join(", ")}</dd>
            </dl>
            <details>
              <summary className="cursor-pointer underline">{t("redo")}</summary>
              <p className="mt-2" data-testid="spot-check-redo">
                {d.matches
                  ? t("matches", { refs: d.redrawn.join(", ") })
                  : t("mismatch", { refs: d.redrawn.join(", ") })}
              </p>
            </details>
          </li>
        ))}
      </ol>
    </div>
  );
}
