// What the public minutes leave out: private persons' names, and reasons that concern a person. Pure.
import type { MinutesDocument } from "./model";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Every occurrence of each name replaced by `phrase`: whole words only ("Bo" stays in "Bogbytteskab"), any case,
 * longer names first (so "Karen Winther" goes whole before a "Karen" would). Names shorter than two letters are
 * ignored: they would match too much.
 */
export function redactNames(text: string, names: readonly string[], phrase: string): string {
  const list = [...new Set(names.map((n) => n.trim().replace(/\s+/g, " ")).filter((n) => n.length >= 2))].sort(
    (a, b) => b.length - a.length,
  );
  if (list.length === 0 || !text) return text;
  // Whitespace inside a name may be any run of spaces or a line break in the text.
  const alternatives = list.map((n) => n.split(" ").map(escape).join("\\s+"));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "giu");
  return text.replace(pattern, phrase);
}

/**
 * A reason concerning a person, taken out of a text typed by hand: its whole sentence ("Begrundelse: …") if it
 * stands so, else the bare reason, becomes the withheld phrase. Null when the reason is not in the text.
 */
export function withholdReason(
  text: string,
  reason: string,
  words: { sentence: string; withheld: string },
): string | null {
  if (text.includes(words.sentence)) return text.split(words.sentence).join(words.withheld);
  if (text.includes(reason)) return text.split(reason).join(words.withheld);
  return null;
}

/** The public minutes: every text in them with the private names replaced. */
export function redactDocument(doc: MinutesDocument, names: readonly string[], phrase: string): MinutesDocument {
  const r = (s: string) => redactNames(s, names, phrase);
  return {
    head: { ...doc.head, title: r(doc.head.title) },
    attendance: {
      present: doc.attendance.present.map(r),
      withNotice: doc.attendance.withNotice.map((a) => ({ name: r(a.name), substitute: r(a.substitute) })),
      absent: doc.attendance.absent.map(r),
      notes: doc.attendance.notes.map(r),
    },
    meetingText: r(doc.meetingText),
    items: doc.items.map((item) => ({
      ...item,
      title: r(item.title),
      body: r(item.body),
      recommendation: r(item.recommendation),
      decision: r(item.decision),
      leftRoom: item.leftRoom.map(r),
      lateReason: item.lateReason === null ? null : r(item.lateReason),
    })),
  };
}

/**
 * Whose names are private on a meeting's cases: every applicant contact person, and an applicant organisation that
 * is a private person, unless the application is published under that very name.
 */
export function privateNames(
  applications: readonly {
    contactName: string;
    publishedAt: Date | null;
    publicName: string | null;
    organisation: { name: string; kind: string };
  }[],
): string[] {
  const published = new Set(
    applications
      .filter((a) => a.publishedAt && a.publicName?.trim())
      .map((a) => a.publicName!.trim().toLocaleLowerCase("da")),
  );
  const names = applications.flatMap((a) => [
    a.contactName,
    ...(a.organisation.kind === "PRIVATE_PERSON" ? [a.organisation.name] : []),
  ]);
  return [...new Set(names.map((n) => n.trim()).filter((n) => n && !published.has(n.toLocaleLowerCase("da"))))];
}
