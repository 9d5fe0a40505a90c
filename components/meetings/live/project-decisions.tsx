import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate, formatKr } from "@/lib/i18n/format";
import type { getProjectDecisions } from "@/lib/projects/decision-queries";

type Decisions = Awaited<ReturnType<typeof getProjectDecisions>>;

/** The committee's decision on a project: outcome, amount per year, reasons, who decided and when, and where. */
export async function ProjectDecisions({ decisions }: { decisions: Decisions }) {
  if (decisions.length === 0) return null;
  const [t, locale] = await Promise.all([getTranslations("meetingLive"), getLocale()]);
  return (
    <section aria-labelledby="project-decision" className="mb-6" data-testid="project-decision">
      <h3 id="project-decision" className="text-xl font-semibold mb-2">
        {t("decisionTitle")}
      </h3>
      {decisions.map((d) => (
        <div key={d.id} className="mb-3">
          <p>
            <strong>
              {d.amountOre !== null
                ? t("decidedAmount", { outcome: t(`outcomes.${d.outcome}`), amount: formatKr(d.amountOre, locale) })
                : t("decided", { outcome: t(`outcomes.${d.outcome}`) })}
            </strong>
          </p>
          {d.years.length ? (
            <ul>
              {d.years.map((y) => (
                <li key={y.year}>
                  {t(y.conditional ? "yearLineConditional" : "yearLine", {
                    year: y.year,
                    amount: formatKr(y.amountOre, locale),
                  })}
                </li>
              ))}
            </ul>
          ) : null}
          {d.conditions ? <p className="whitespace-pre-line">{d.conditions}</p> : null}
          {d.reasons ? <p className="whitespace-pre-line">{d.reasons}</p> : null}
          <p className="text-muted">
            {t("decidedOn", {
              date: formatDate(d.decidedOn, locale),
              body: d.decidingBody ? t(`decidingBodies.${d.decidingBody}`) : "",
            })}
            {d.meeting ? (
              <>
                {" · "}
                <Link href={`/meetings/${d.meeting.id}`} className="underline">
                  {d.meeting.title}
                </Link>
                {" · "}
                <Link href={`/meetings/${d.meeting.id}/referat`} className="underline">
                  {t("minutesLink")}
                </Link>
              </>
            ) : null}
          </p>
        </div>
      ))}
    </section>
  );
}
