import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RulingForm } from "@/components/scoring/ruling-form";
import { requirePermission } from "@/lib/auth/session";
import { listConflicts } from "@/lib/scoring/queries";
import { formatDateTime } from "@/lib/i18n/format";
import { getLocale, getTranslations } from "next-intl/server";
import { IntlScope } from "@/components/ui/intl-scope";
import { callPageTitle } from "../_lib/title";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return callPageTitle((await params).id, "conflict.listTitle");
}

/** Declarations and rulings: where the secretariat records rulings, and the list for the minutes. */
export default async function ConflictsPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePermission("conflict:rule", `/calls/${id}/conflicts`);
  const [t, locale, data] = await Promise.all([getTranslations(), getLocale(), listConflicts(actor, id)]);
  if (!data) notFound();
  return (
    <div className="max-w-4xl">
      <h1 className="text-3xl font-bold mb-2">{t("conflict.listTitle")}</h1>
      <p className="text-muted mb-2">{data.call.title}</p>
      <p className="mb-6">
        <a href={`/api/calls/${data.call.id}/conflicts.csv`} className="underline font-semibold">
          {t("screening.conflictsCsv")}
        </a>
      </p>
      {data.declarations.length === 0 ? <p>{t("conflict.none")}</p> : null}
      <IntlScope namespaces={["conflict"]}>
        <ol className="space-y-6">
          {data.declarations.map((d) => (
            <li key={d.id} className="border border-gray-300 rounded p-4">
              <h2 className="text-xl font-semibold mb-1">
                {d.user.name} · {d.application.reference} {d.application.title}
              </h2>
              <p className="text-muted mb-2">
                {t("conflict.declaredAt")}: {formatDateTime(d.declaredAt, locale)} · {t(`conflict.grounds.${d.ground}`)}
              </p>
              <p className="mb-3">{d.description}</p>
              {d.excluded === null ? (
                <RulingForm declarationId={d.id} />
              ) : (
                <p>
                  <strong>{t("conflict.status")}:</strong>{" "}
                  {d.excluded ? t("conflict.excludedYes") : t("conflict.excludedNo")}
                  {d.ruledAt ? ` (${formatDateTime(d.ruledAt, locale)})` : ""}. {d.rulingReason}
                </p>
              )}
            </li>
          ))}
        </ol>
      </IntlScope>
    </div>
  );
}
