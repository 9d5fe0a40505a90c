import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { can, committeesWhere, type Actor } from "@/lib/auth/permissions";
import type { Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/translator";
import { minutesEditable } from "@/lib/meetings/model";
import { outstandingItems } from "@/lib/meetings/outstanding";
import type { Anyone } from "@/lib/public/published";
import { buildMinutes } from "./model";
import { redactDocument } from "./redact";
import { loadMinutesSource } from "./source";

/**
 * A meeting's minutes for its committee's readers (meeting:read): the document, the texts the secretariat may
 * edit until approval, the saved versions and what the actor may do next. Another committee's meeting: null.
 */
export const getMinutesPage = cache(async (actor: Actor, meetingId: string, locale: Locale = "da") => {
  const meeting = await db().meeting.findFirst({
    where: { id: meetingId, deletedAt: null, committeeId: { in: committeesWhere(actor, "meeting:read") } },
    select: {
      id: true,
      title: true,
      status: true,
      version: true,
      minutesApprovedAt: true,
      minutesPublishedAt: true,
      committee: { select: { id: true, name: true, slug: true } },
      minutesVersions: { orderBy: { number: "desc" }, select: { number: true, byId: true, at: true } },
    },
  });
  if (!meeting) return null;
  const loaded = (await loadMinutesSource(db(), meeting.id))!;
  const document = buildMinutes(translatorFor(locale), locale, loaded.source, "internal");
  const byIds = meeting.minutesVersions.flatMap((v) => (v.byId ? [v.byId] : []));
  const people = await db().user.findMany({ where: { id: { in: byIds } }, select: { id: true, name: true } });
  const nameOf = new Map(people.map((p) => [p.id, p.name]));
  const manage = can(actor, "meeting:manage", meeting.committee.id);
  // What stands between a held meeting and approved minutes, shown before the secretariat tries.
  const outstanding = manage && meeting.status === "HELD" ? await outstandingItems(db(), meeting.id) : [];
  const { minutesVersions, ...rest } = meeting;
  return {
    meeting: rest,
    document,
    outstanding,
    versions: minutesVersions.map((v) => ({
      number: v.number,
      by: v.byId ? (nameOf.get(v.byId) ?? null) : null,
      at: v.at,
    })),
    can: {
      edit: manage && minutesEditable(meeting.status),
      approve: manage && meeting.status === "HELD",
      publish: manage && meeting.status === "MINUTES_APPROVED",
    },
  };
});

/** The meeting of a committee (by its current slug) whose minutes are published, else null. */
async function publishedMeeting(slug: string, meetingId: string) {
  return db().meeting.findFirst({
    where: {
      id: meetingId,
      deletedAt: null,
      status: "MINUTES_PUBLISHED",
      committee: { slug, deletedAt: null },
    },
    select: {
      id: true,
      title: true,
      startsAt: true,
      minutesPublishedAt: true,
      committee: { select: { name: true, slug: true } },
    },
  });
}

/**
 * The public minutes of a published meeting: private persons' names replaced by a neutral phrase and reasons that
 * concern a person withheld. Null for anything not published, or not of that committee.
 */
export async function getPublicMinutes(_: Anyone, slug: string, meetingId: string, locale: Locale = "da") {
  const meeting = await publishedMeeting(slug, meetingId);
  if (!meeting) return null;
  const loaded = (await loadMinutesSource(db(), meeting.id))!;
  const t = translatorFor(locale);
  const document = redactDocument(
    buildMinutes(t, locale, loaded.source, "public"),
    loaded.privateNames,
    t("publicMinutes.nameWithheld"),
  );
  return { meeting, document };
}

/** A committee's published minutes, newest first, for its public page. */
export async function listPublishedMinutes(_: Anyone, slug: string) {
  return db().meeting.findMany({
    where: { deletedAt: null, status: "MINUTES_PUBLISHED", committee: { slug, deletedAt: null } },
    orderBy: { startsAt: "desc" },
    select: { id: true, title: true, startsAt: true },
  });
}
