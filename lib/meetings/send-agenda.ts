import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/permissions";
import { ConflictError, UserError } from "@/lib/actions/errors";
import { formatDateTime } from "@/lib/i18n/format";
import { translatorFor } from "@/lib/i18n/translator";
import { siteUrl } from "@/lib/installation/site";
import { queueMail } from "@/lib/mail/outbox";
import { manageableMeeting, who } from "./access";
import { agendaOpen } from "./model";
import type { MeetingRefInput } from "./schema";

/**
 * The agenda to every invited attendee with an e-mail address, queued in the same transaction; a planned meeting
 * becomes "agenda sent". Sent again later (after a late item) it goes out once more and the time is updated.
 */
export async function sendAgenda(actor: Actor, input: MeetingRefInput, now = new Date()): Promise<{ sent: number }> {
  const meeting = await manageableMeeting(actor, input.meetingId);
  if (!agendaOpen(meeting.status)) throw new UserError("meetings.errors.closed");
  const t = translatorFor("da");
  return db().$transaction(async (tx) => {
    const { count } = await tx.meeting.updateMany({
      where: { id: meeting.id, version: input.version, deletedAt: null },
      data: {
        agendaSentAt: now,
        status: meeting.status === "PLANNED" ? "AGENDA_SENT" : meeting.status,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw new ConflictError("meeting version");
    const [items, attendees, base] = await Promise.all([
      tx.agendaItem.findMany({
        where: { meetingId: meeting.id, deletedAt: null },
        orderBy: { position: "asc" },
        select: { title: true },
      }),
      tx.meetingAttendee.findMany({
        where: { meetingId: meeting.id, user: { deletedAt: null, disabledAt: null } },
        select: { user: { select: { email: true } } },
      }),
      siteUrl(tx),
    ]);
    const when = formatDateTime(meeting.startsAt, "da");
    const body = t("meetings.mail.body", {
      title: meeting.title,
      when,
      venue: meeting.venue || t("meetings.mail.noVenue"),
      items: items.map((item, i) => `${i + 1}. ${item.title}`).join("\n"),
      link: `${base.replace(/\/$/, "")}/meetings/${meeting.id}`,
    });
    const subject = t("meetings.mail.subject", { title: meeting.title, when });
    const to = [...new Set(attendees.flatMap((a) => (a.user?.email ? [a.user.email] : [])))];
    for (const address of to) await queueMail(tx, { to: address, subject, body, kind: "meeting.agenda" });
    await audit(tx, {
      ...who(actor),
      action: "meeting.sendAgenda",
      entityType: "Meeting",
      entityId: meeting.id,
      committeeId: meeting.committeeId,
      changes: { recipients: to.length, items: items.length, again: meeting.status !== "PLANNED" },
    });
    return { sent: to.length };
  });
}
