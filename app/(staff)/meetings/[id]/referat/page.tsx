import type { Metadata } from "next";
import Link from "next/link";
import type { Route } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { MinutesDocument } from "@/components/minutes/minutes-document";
import { MinutesForm } from "@/components/minutes/minutes-form";
import { MinutesStepForm } from "@/components/minutes/minutes-step-form";
import { IntlScope } from "@/components/ui/intl-scope";
import { Notice } from "@/components/ui/notice";
import { getActor, requirePermission } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/config";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { getMinutesPage } from "@/lib/minutes/queries";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [t, actor, locale] = await Promise.all([getTranslations(), getActor(), getLocale()]);
  const page = actor ? await getMinutesPage(actor, (await params).id, isLocale(locale) ? locale : "da") : null;
  return { title: page ? t("minutes.pageTitle", { meeting: page.meeting.title }) : t("minutes.title") };
}

/**
 * A meeting's minutes: members and observers read them; the secretariat edits the texts until approval (each save
 * a version), approves them once the meeting is held and every item has its decision, and publishes them.
 */
export default async function MinutesPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePermission("meeting:read", `/meetings/${id}/referat`);
  const [t, locale] = await Promise.all([getTranslations("minutes"), getLocale()]);
  const lang = isLocale(locale) ? locale : "da";
  const page = await getMinutesPage(actor, id, lang);
  if (!page) notFound();
  const { meeting, document, can } = page;
  return (
    <div className="max-w-3xl">
      <p className="mb-2">
        <Link href={`/meetings/${meeting.id}` as Route} className="underline">
          ← {t("backToMeeting")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold mb-1">{t("pageTitle", { meeting: meeting.title })}</h1>
      <p className="text-muted mb-4" data-testid="minutes-status">
        {t("statusLine", { status: t(`statuses.${meeting.status}`) })}
        {meeting.minutesApprovedAt
          ? ` · ${t("approvedOn", { date: formatDate(meeting.minutesApprovedAt, lang) })}`
          : ""}
        {meeting.minutesPublishedAt
          ? ` · ${t("publishedOn", { date: formatDate(meeting.minutesPublishedAt, lang) })}`
          : ""}
      </p>
      <p className="mb-6 flex flex-wrap gap-4">
        <a href={`/meetings/${meeting.id}/referat.pdf`} className="underline">
          {t("pdf")}
        </a>
        {meeting.status === "MINUTES_PUBLISHED" ? (
          <Link href={`/udvalg/${meeting.committee.slug}/moeder/${meeting.id}` as Route} className="underline">
            {t("publicLink")}
          </Link>
        ) : null}
      </p>
      {meeting.minutesApprovedAt ? <Notice>{t("locked")}</Notice> : null}

      <MinutesDocument doc={document} />

      <IntlScope namespaces={["minutes"]}>
        {can.edit ? (
          <section aria-labelledby="edit-minutes" className="mt-10">
            <h2 id="edit-minutes" className="text-2xl font-semibold mb-2">
              {t("edit")}
            </h2>
            <p className="mb-4">{t("editIntro")}</p>
            <MinutesForm
              meetingId={meeting.id}
              version={meeting.version}
              minutes={document.meetingText}
              items={document.items.map((i) => ({ id: i.id, number: i.number, title: i.title, text: i.decision }))}
            />
          </section>
        ) : null}
        {can.approve || can.publish ? (
          <section aria-labelledby="approve-minutes" className="mt-10">
            <h2 id="approve-minutes" className="text-2xl font-semibold mb-2">
              {can.approve ? t("approve") : t("publish")}
            </h2>
            {can.approve ? (
              <>
                <p className="mb-3">{t("approveIntro")}</p>
                {page.outstanding.length ? (
                  <p className="mb-3" data-testid="outstanding">
                    {t("outstanding", { items: page.outstanding.map((i) => `${i.position}. ${i.title}`).join(", ") })}
                  </p>
                ) : null}
                <MinutesStepForm step="approve" meetingId={meeting.id} version={meeting.version} label={t("approve")} />
              </>
            ) : (
              <MinutesStepForm step="publish" meetingId={meeting.id} version={meeting.version} label={t("publish")} />
            )}
          </section>
        ) : null}
      </IntlScope>

      <section aria-labelledby="versions" className="mt-10">
        <h2 id="versions" className="text-2xl font-semibold mb-2">
          {t("versions")}
        </h2>
        {page.versions.length ? (
          <ul className="list-disc pl-6" data-testid="versions">
            {page.versions.map((v) => (
              <li key={v.number}>
                {t("version", { number: v.number, by: v.by ?? t("unknownPerson"), at: formatDateTime(v.at, lang) })}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("versionsNone")}</p>
        )}
      </section>
    </div>
  );
}
