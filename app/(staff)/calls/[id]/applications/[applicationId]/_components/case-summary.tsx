import { getLocale, getTranslations } from "next-intl/server";
import { formatDate, formatKr } from "@/lib/i18n/format";
import type { getCaseFile } from "@/lib/decisions/queries";

type Application = NonNullable<Awaited<ReturnType<typeof getCaseFile>>>["application"];

/** What the applicant sent: contact, amounts, description, budget and attachments. */
export async function CaseSummary({ app }: { app: Application }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  return (
    <>
      <dl className="grid grid-cols-1 sm:grid-cols-[12rem_1fr] gap-y-1 mb-6">
        <dt className="font-semibold">{t("scoring.requested")}</dt>
        <dd>{formatKr(app.requestedOre, locale)}</dd>
        <dt className="font-semibold">{t("screening.cvr")}</dt>
        <dd>{app.organisation.cvr ?? "–"}</dd>
        <dt className="font-semibold">{t("screening.contact")}</dt>
        <dd>
          {app.contactName}, {app.contactEmail}
          {app.contactPhone ? `, ${app.contactPhone}` : ""}
        </dd>
        <dt className="font-semibold">{t("scoring.targetGroup")}</dt>
        <dd>{app.targetGroup || "–"}</dd>
        <dt className="font-semibold">{t("scoring.period")}</dt>
        <dd>{app.periodText || "–"}</dd>
        {app.submittedAt ? (
          <>
            <dt className="font-semibold">{t("screening.submittedAt")}</dt>
            <dd>{formatDate(app.submittedAt, locale)}</dd>
          </>
        ) : null}
      </dl>
      <p className="mb-6 whitespace-pre-line">{app.description}</p>
      {app.budgetLines.length ? (
        <ul className="list-disc pl-6 mb-6">
          {app.budgetLines.map((l) => (
            <li key={l.id}>
              {l.isIncome ? t("scoring.income") : t("scoring.expense")}: {l.label} – {formatKr(l.amountOre, locale)}
            </li>
          ))}
        </ul>
      ) : null}
      {app.attachments.length ? (
        <ul className="mb-6">
          {app.attachments.map((a) => (
            <li key={a.id}>
              <a href={`/api/attachments/${a.id}`} className="underline">
                {a.filename}
              </a>{" "}
              ({a.mimeType}, {Math.ceil(a.sizeBytes / 1024)} kB)
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
