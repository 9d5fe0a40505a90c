// The minutes of a meeting, in the shape Danish committees write them: a head (committee, date, time, place,
// kind); attendance (present, "Fravær med afbud" with each substitute, absent without notice, arrivals and
// departures); the meeting's own words; then per item its number, title, the case (Sagsfremstilling), the
// recommendation (Indstilling) and the decision (Beslutning), who left the room for it and why it came late.
// Pure: built from what the meeting recorded, the phrases from the catalogue.
import type {
  AgendaItemKind,
  Attendance,
  CommitteeKind,
  MeetingKind,
  MeetingStatus,
} from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/config";
import type { Translator } from "@/lib/i18n/translator";
import { bodyKey, decisionMinutesText, type DecisionForMinutes } from "@/lib/meetings/decision-text";
import { withholdReason } from "./redact";

export type Audience = "internal" | "public";

export type SourceDecision = DecisionForMinutes & {
  /** For a round item: which application the decision is on ("Title (Organisation)"); null on a case item. */
  label: string | null;
};

export type MinutesSource = {
  committee: { name: string; kind: CommitteeKind };
  meeting: {
    title: string;
    kind: MeetingKind;
    status: MeetingStatus;
    startsAt: Date;
    endsAt: Date | null;
    venue: string;
    minutes: string;
  };
  attendees: readonly {
    name: string;
    title: string;
    attendance: Attendance;
    substituteName: string;
    note: string;
  }[];
  items: readonly {
    id: string;
    position: number;
    kind: AgendaItemKind;
    title: string;
    body: string;
    recommendation: string;
    minutesText: string;
    addedLateReason: string | null;
    /** Who was ruled out of the item's case (conflictsByItem), by name. */
    leftRoom: readonly string[];
    decisions: readonly SourceDecision[];
  }[];
};

export type MinutesItem = {
  id: string;
  number: number;
  kind: AgendaItemKind;
  title: string;
  body: string;
  recommendation: string;
  /** The Beslutning text: the edited one, or the one written from the decisions. */
  decision: string;
  /** The decision text was written from the decisions (nothing typed by hand). */
  generated: boolean;
  leftRoom: string[];
  lateReason: string | null;
};

export type MinutesDocument = {
  head: {
    committee: string;
    title: string;
    kind: MeetingKind;
    startsAt: Date;
    endsAt: Date | null;
    venue: string;
  };
  attendance: {
    present: string[];
    withNotice: { name: string; substitute: string }[];
    absent: string[];
    notes: string[];
  };
  meetingText: string;
  items: MinutesItem[];
};

const nameWithTitle = (a: { name: string; title: string }) => (a.title ? `${a.name} (${a.title})` : a.name);

/** The decisions' words, one paragraph per decision; a round item names the application each is on. */
export function generatedDecisionText(
  t: Translator,
  locale: Locale,
  body: string,
  decisions: readonly SourceDecision[],
  audience: Audience,
): string {
  return decisions
    .map((d) => {
      const text = decisionMinutesText(t, locale, body, d, audience);
      return d.label ? `${d.label}:\n${text}` : text;
    })
    .join("\n\n");
}

/**
 * The public words of an item typed by hand: a reason marked as concerning a person is replaced where it stands
 * verbatim; when one cannot be found (it was reworded), the text written from the decisions is shown instead.
 */
export function publicDecisionText(
  t: Translator,
  locale: Locale,
  body: string,
  edited: string,
  decisions: readonly SourceDecision[],
): string {
  let text = edited;
  for (const d of decisions) {
    if (!d.reasonsPersonal || !d.reasons.trim()) continue;
    const next = withholdReason(text, d.reasons.trim(), {
      sentence: t("minutesText.reasons", { reasons: d.reasons.trim() }),
      withheld: t("minutesText.reasonsWithheld"),
    });
    if (next === null) return generatedDecisionText(t, locale, body, decisions, "public");
    text = next;
  }
  return text;
}

/** The minutes as the meeting recorded them, for the secretariat and members, or for the public (see redact.ts). */
export function buildMinutes(t: Translator, locale: Locale, src: MinutesSource, audience: Audience): MinutesDocument {
  const body = t(bodyKey(src.committee.kind));
  const of = (a: Attendance) => src.attendees.filter((x) => x.attendance === a);
  return {
    head: {
      committee: src.committee.name,
      title: src.meeting.title,
      kind: src.meeting.kind,
      startsAt: src.meeting.startsAt,
      endsAt: src.meeting.endsAt,
      venue: src.meeting.venue,
    },
    attendance: {
      present: of("PRESENT").map(nameWithTitle),
      withNotice: of("ABSENT_WITH_NOTICE").map((a) => ({ name: nameWithTitle(a), substitute: a.substituteName })),
      absent: of("ABSENT").map(nameWithTitle),
      notes: src.attendees.filter((a) => a.note.trim()).map((a) => `${a.name} ${a.note.trim()}`),
    },
    meetingText: src.meeting.minutes,
    items: [...src.items]
      .sort((a, b) => a.position - b.position)
      .map((item, i) => {
        const edited = item.minutesText.trim();
        const decision = !edited
          ? generatedDecisionText(t, locale, body, item.decisions, audience)
          : audience === "public"
            ? publicDecisionText(t, locale, body, edited, item.decisions)
            : edited;
        return {
          id: item.id,
          number: i + 1,
          kind: item.kind,
          title: item.title,
          body: item.body,
          recommendation: item.recommendation,
          decision,
          generated: !edited,
          leftRoom: [...item.leftRoom],
          lateReason: item.addedLateReason?.trim() || null,
        };
      }),
  };
}
