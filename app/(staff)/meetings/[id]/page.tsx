import type { Metadata } from "next";
import Link from "next/link";
import type { Route } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { CallItemsForm, FreeItemForm, ProjectItemForm } from "@/components/meetings/add-item-forms";
import { SendAgendaForm } from "@/components/meetings/agenda-buttons";
import { AgendaList } from "@/components/meetings/agenda-list";
import { AttendanceForm } from "@/components/meetings/attendance-form";
import { AttendanceTable } from "@/components/meetings/attendance-table";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { Button } from "@/components/ui/button";
import { ButtonForm } from "@/components/ui/button-form";
import { IntlScope } from "@/components/ui/intl-scope";
import { requirePermission } from "@/lib/auth/session";
import { utcToCopenhagenLocal } from "@/lib/calls/model";
import type { Locale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";
import { deleteMeetingAction } from "@/lib/meetings/actions";
import { getMeetingPage, getMeetingTitle } from "@/lib/meetings/queries";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const actor = await requirePermission("meeting:read", "/meetings");
  const meeting = await getMeetingTitle(actor, (await params).id);
  return { title: meeting?.title ?? (await getTranslations())("errors.notFoundTitle") };
}

/** A meeting: its details, who is invited and came, and its agenda; the secretariat writes, members read. */
export default async function MeetingPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePermission("meeting:read", `/meetings/${id}`);
  const [t, locale, page] = await Promise.all([getTranslations("meetings"), getLocale(), getMeetingPage(actor, id)]);
  if (!page) notFound();
  const m = page.meeting;
  const local = utcToCopenhagenLocal(m.startsAt);
  return (
    <div className="max-w-4xl">
      <p className="mb-2">
        <Link href="/meetings" className="underline">
          ← {t("agenda.back")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold mb-1">{m.title}</h1>
      <p className="mb-4">
        {m.committee.name} · {formatDateTime(m.startsAt, locale as Locale)}
        {m.venue ? ` · ${m.venue}` : ""} · {t(`kinds.${m.kind}`)}
        {m.workingGroup ? ` (${m.workingGroup.name})` : ""} · {t(`statuses.${m.status}`)}
      </p>
      <ul className="mb-6 flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <a href={`/meetings/${m.id}/dagsorden.pdf`} className="underline font-semibold">
            {t("agenda.pdf")}
          </a>
        </li>
        {page.canManage ? (
          <li>
            <Link href={`/meetings/${m.id}/live` as Route} className="underline font-semibold">
              {t("agenda.live")}
            </Link>
          </li>
        ) : null}
        <li>
          <Link href={`/meetings/${m.id}/referat` as Route} className="underline font-semibold">
            {t("agenda.minutes")}
          </Link>
        </li>
      </ul>
      <IntlScope namespaces={["meetings"]}>
        {page.canManage ? (
          <section aria-labelledby="details" className="mb-8">
            <h2 id="details" className="text-2xl font-semibold mb-3">
              {t("form.details")}
            </h2>
            <MeetingForm
              committees={[{ id: m.committeeId, name: m.committee.name, workingGroups: page.workingGroups }]}
              initial={{
                meetingId: m.id,
                version: m.version,
                committeeId: m.committeeId,
                title: m.title,
                startsAt: local,
                endsAt: m.endsAt ? utcToCopenhagenLocal(m.endsAt).slice(11, 16) : "",
                venue: m.venue,
                kind: m.kind,
                workingGroupId: m.workingGroupId ?? "",
              }}
            />
            {m.status === "PLANNED" && !page.items.some((i) => i.hasDecision) ? (
              <ButtonForm
                action={deleteMeetingAction}
                fields={{ meetingId: m.id, version: m.version }}
                className="mt-4"
              >
                <Button type="submit" variant="secondary">
                  {t("agenda.deleteMeeting")}
                </Button>
              </ButtonForm>
            ) : null}
          </section>
        ) : null}
        <section aria-labelledby="attendance" className="mb-8">
          <h2 id="attendance" className="text-2xl font-semibold mb-3">
            {t("attendance.heading")}
          </h2>
          {page.attendees.length === 0 ? (
            <p>{t("attendance.none")}</p>
          ) : page.canManage && page.agendaOpen ? (
            <AttendanceForm meetingId={m.id} version={m.version} attendees={page.attendees} />
          ) : (
            <AttendanceTable attendees={page.attendees} />
          )}
        </section>
        <section aria-labelledby="agenda" className="mb-8">
          <h2 id="agenda" className="text-2xl font-semibold mb-3">
            {t("agenda.heading")}
          </h2>
          {m.agendaSentAt ? (
            <p className="mb-3">{t("agenda.sentAt", { when: formatDateTime(m.agendaSentAt, locale as Locale) })}</p>
          ) : null}
          <AgendaList page={page} />
          {page.canManage && page.agendaOpen ? (
            <SendAgendaForm meetingId={m.id} version={m.version} again={m.agendaSentAt !== null} />
          ) : null}
        </section>
        {page.canManage && page.agendaOpen ? (
          <section aria-labelledby="add" className="mb-8">
            <h2 id="add" className="text-2xl font-semibold mb-3">
              {t("add.heading")}
            </h2>
            <h3 className="text-xl font-semibold mb-2">{t("add.fromCall")}</h3>
            <CallItemsForm meetingId={m.id} calls={page.calls} late={page.late} />
            <h3 className="text-xl font-semibold mb-2">{t("add.fromProject")}</h3>
            <ProjectItemForm meetingId={m.id} projects={page.projects} late={page.late} />
            <h3 className="text-xl font-semibold mb-2">{t("add.free")}</h3>
            <FreeItemForm meetingId={m.id} late={page.late} />
          </section>
        ) : null}
      </IntlScope>
    </div>
  );
}
