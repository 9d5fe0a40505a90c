import { getLocale, getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/i18n/format";
import type { MinutesDocument as Doc } from "@/lib/minutes/model";

const Text = ({ text, testId }: { text: string; testId?: string }) => (
  <p className="whitespace-pre-line mb-3" data-testid={testId}>
    {text}
  </p>
);

/**
 * The minutes as committees print them: head, attendance, the meeting's own words, then each item with its case,
 * recommendation and decision, who left the room and what came late. The staff and the public page both show it.
 */
export async function MinutesDocument({ doc }: { doc: Doc }) {
  const [t, locale] = await Promise.all([getTranslations("minutes"), getLocale()]);
  const list = (names: string[]) => (names.length ? names.join(", ") : t("nobody"));
  const { head, attendance } = doc;
  const end = head.endsAt ? `–${formatDateTime(head.endsAt, locale).split(" ").at(-1)}` : "";
  return (
    <article data-testid="minutes">
      <dl className="grid grid-cols-1 sm:grid-cols-[10rem_1fr] gap-y-1 mb-6">
        <dt className="font-semibold">{t("committee")}</dt>
        <dd>{head.committee}</dd>
        <dt className="font-semibold">{t("when")}</dt>
        <dd>{`${formatDateTime(head.startsAt, locale)}${end}`}</dd>
        <dt className="font-semibold">{t("place")}</dt>
        <dd>{head.venue || "–"}</dd>
        <dt className="font-semibold">{t("kind")}</dt>
        <dd>{t(`kinds.${head.kind}`)}</dd>
      </dl>

      <section aria-labelledby="attendance" className="mb-8">
        <h2 id="attendance" className="text-2xl font-semibold mb-3">
          {t("attendance")}
        </h2>
        <dl className="grid grid-cols-1 sm:grid-cols-[12rem_1fr] gap-y-1" data-testid="attendance">
          <dt className="font-semibold">{t("present")}</dt>
          <dd>{list(attendance.present)}</dd>
          <dt className="font-semibold">{t("withNotice")}</dt>
          <dd>
            {list(
              attendance.withNotice.map((a) =>
                a.substitute ? t("substitute", { name: a.name, substitute: a.substitute }) : a.name,
              ),
            )}
          </dd>
          <dt className="font-semibold">{t("absent")}</dt>
          <dd>{list(attendance.absent)}</dd>
          {attendance.notes.length ? (
            <>
              <dt className="font-semibold">{t("notes")}</dt>
              <dd>{attendance.notes.join("; ")}</dd>
            </>
          ) : null}
        </dl>
      </section>

      {doc.meetingText.trim() ? (
        <section aria-labelledby="meeting-text" className="mb-8">
          <h2 id="meeting-text" className="text-2xl font-semibold mb-3">
            {t("meetingText")}
          </h2>
          <Text text={doc.meetingText} testId="meeting-text" />
        </section>
      ) : null}

      <ol className="space-y-8">
        {doc.items.map((item) => (
          <li key={item.id} data-testid="minutes-item">
            <section aria-labelledby={`item-${item.number}`}>
              <h2 id={`item-${item.number}`} className="text-xl font-semibold mb-1">
                {t("item", { number: item.number, title: item.title })}
              </h2>
              <p className="text-muted mb-2">{t(`itemKinds.${item.kind}`)}</p>
              {item.lateReason ? <p className="mb-2">{t("late", { reason: item.lateReason })}</p> : null}
              {item.leftRoom.map((name) => (
                <p key={name} className="mb-2" data-testid="left-room">
                  {t("leftRoom", { name })}
                </p>
              ))}
              {item.body.trim() ? (
                <>
                  <h3 className="font-semibold">{t("body")}</h3>
                  <Text text={item.body} />
                </>
              ) : null}
              {item.recommendation.trim() ? (
                <>
                  <h3 className="font-semibold">{t("recommendation")}</h3>
                  <Text text={item.recommendation} />
                </>
              ) : null}
              <h3 className="font-semibold">{t("decision")}</h3>
              <Text text={item.decision.trim() || t("noDecision")} testId="decision-text" />
            </section>
          </li>
        ))}
      </ol>
    </article>
  );
}
