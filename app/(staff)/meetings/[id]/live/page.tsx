import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { LiveMeeting } from "@/components/meetings/live/live-meeting";
import { Button } from "@/components/ui/button";
import { ButtonForm } from "@/components/ui/button-form";
import { IntlScope } from "@/components/ui/intl-scope";
import { getActor, requirePermission } from "@/lib/auth/session";
import { copenhagenYear } from "@/lib/calls/model";
import { formatDateTime } from "@/lib/i18n/format";
import { endMeetingAction } from "@/lib/meetings/live-actions";
import { getLivePage } from "@/lib/meetings/live-queries";

type Props = { params: Promise<{ id: string }> };

/** Meeting mode is named for the meeting. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const [t, actor] = await Promise.all([getTranslations(), getActor()]);
  const page = actor ? await getLivePage(actor, id) : null;
  return { title: page ? `${t("meetingLive.title")}: ${page.meeting.title}` : t("meetingLive.title") };
}

/** Meeting mode (Mødeafvikling): the chair or the secretary leads the meeting item by item and types the decisions. */
export default async function LiveMeetingPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePermission("meeting:manage", `/meetings/${id}/live`);
  const [t, locale, page] = await Promise.all([getTranslations(), getLocale(), getLivePage(actor, id)]);
  if (!page) notFound();
  return (
    <div>
      <p className="mb-2">
        <Link href={`/meetings/${id}`} className="underline">
          ← {page.meeting.title}
        </Link>
      </p>
      <h1 className="text-3xl font-bold mb-1">
        {t("meetingLive.title")}: {page.meeting.title}
      </h1>
      <p className="text-muted mb-2">
        {formatDateTime(page.meeting.startsAt, locale)} · {t(`meetingLive.meetingStatuses.${page.meeting.status}`)}
      </p>
      <IntlScope namespaces={["meetingLive", "ledger"]}>
        <LiveMeeting page={page} year={copenhagenYear(page.meeting.startsAt)} />
      </IntlScope>
      {page.canEnd ? (
        <ButtonForm
          action={endMeetingAction}
          fields={{ meetingId: page.meeting.id, version: page.meeting.version }}
          className="mt-8"
        >
          <Button type="submit">{t("meetingLive.endMeeting")}</Button>
        </ButtonForm>
      ) : null}
    </div>
  );
}
