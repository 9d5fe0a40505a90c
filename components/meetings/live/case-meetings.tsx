import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate, formatKr } from "@/lib/i18n/format";
import type { getCaseMeetings } from "@/lib/meetings/live-queries";

type Meetings = Awaited<ReturnType<typeof getCaseMeetings>>;

/** "Møder": every meeting the case was on, with its status, a link, and the decision taken there. */
export async function CaseMeetings({ meetings }: { meetings: Meetings }) {
  const [t, locale] = await Promise.all([getTranslations("meetingLive"), getLocale()]);
  return (
    <section aria-labelledby="case-meetings" className="mb-8">
      <h2 id="case-meetings" className="text-2xl font-semibold mb-2">
        {t("meetingsTitle")}
      </h2>
      {meetings.length === 0 ? (
        <p className="text-muted">{t("noMeetings")}</p>
      ) : (
        <ul className="space-y-2" data-testid="case-meetings">
          {meetings.map((m) => (
            <li key={m.id}>
              <Link href={`/meetings/${m.id}`} className="underline">
                {formatDate(m.startsAt, locale)}: {m.title}
              </Link>{" "}
              ({t(`meetingStatuses.${m.status}`)}) ·{" "}
              <Link href={`/meetings/${m.id}/referat`} className="underline">
                {t("minutesLink")}
              </Link>
              {m.decision ? (
                <>
                  {" · "}
                  {m.decision.amountOre !== null
                    ? t("decidedAmount", {
                        outcome: t(`outcomes.${m.decision.outcome}`),
                        amount: formatKr(m.decision.amountOre, locale),
                      })
                    : t("decided", { outcome: t(`outcomes.${m.decision.outcome}`) })}
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
