// Pure rules for a grant call: its amounts and dates, its status changes, its web address.
import { TZDate } from "@date-fns/tz";
import { timeZone } from "@/lib/i18n/config";
import type { CallStatus } from "@/lib/generated/prisma/enums";

/** The instant in Danish time, as the time zone database has it. */
const inDenmark = (date: Date) => new TZDate(date.getTime(), timeZone);

/** "2027-03-01T12:00" typed in Danish time → the instant. Null when it is not such a time. */
export function copenhagenLocalToUtc(local: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(local.trim());
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number];
  if (h > 23 || mi > 59) return null;
  // The time zone database decides the offset; around the autumn change the earlier reading wins.
  const instant = new TZDate(y, mo - 1, d, h, mi, timeZone);
  // A day the month does not have (30 February) rolls over into the next month: not a date.
  return instant.getMonth() === mo - 1 && instant.getDate() === d ? new Date(instant.getTime()) : null;
}

/** The instant as a datetime-local value in Danish time: "2027-06-15T12:00". */
export const utcToCopenhagenLocal = (date: Date): string => inDenmark(date).toISOString().slice(0, 16);

/** Today's date in Denmark, "2027-06-15" (a visit's date, a decision's year). */
export const copenhagenToday = (now = new Date()): string => inDenmark(now).toISOString().slice(0, 10);

/** The year in Denmark at that instant (New Year's night is already next year in Copenhagen at 23:30 UTC). */
export const copenhagenYear = (date: Date): number => inDenmark(date).getFullYear();

/** "Pulje for Ældre & Børn 2027" → "pulje-for-aeldre-boern-2027". */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "oe")
    .replace(/å/g, "aa")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
}

export const isSlug = (s: string): boolean => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(s) && s.length <= 80;

type CallDraft = {
  amountOre: number;
  minGrantOre: number | null;
  maxGrantOre: number | null;
  opensAt: Date | null;
  deadline: Date | null;
  fastTrack: boolean;
  fastTrackMaxOre: number | null;
};

/** Field → message key for every rule the call's numbers and dates break. */
export function checkCall(c: CallDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  if (c.amountOre <= 0) errors.amount = "callForm.amountInvalid";
  if (c.minGrantOre !== null && c.maxGrantOre !== null && c.minGrantOre > c.maxGrantOre)
    errors.minGrant = "callForm.minAboveMax";
  if (c.maxGrantOre !== null && c.maxGrantOre > c.amountOre) errors.maxGrant = "callForm.maxAboveAmount";
  if (c.opensAt && c.deadline && c.opensAt >= c.deadline) errors.deadline = "callForm.deadlineBeforeOpen";
  if (c.fastTrack && c.fastTrackMaxOre === null) errors.fastTrackMax = "callForm.fastTrackMaxRequired";
  if (c.fastTrackMaxOre !== null && c.maxGrantOre !== null && c.fastTrackMaxOre > c.maxGrantOre)
    errors.fastTrackMax = "callForm.fastTrackAboveMax";
  return errors;
}

const transitions: Record<CallStatus, readonly CallStatus[]> = {
  DRAFT: ["PUBLISHED"],
  PUBLISHED: ["CLOSED"],
  CLOSED: ["PUBLISHED", "DECIDED"],
  DECIDED: ["ARCHIVED"],
  ARCHIVED: [],
};

export const nextStatuses = (from: CallStatus): readonly CallStatus[] => transitions[from];

/** Why the call cannot move to `to` now, as a message key; null when it can. */
export function transitionProblem(
  call: { status: CallStatus; deadline: Date | null; hasRubric: boolean },
  to: CallStatus,
  now: Date,
): string | null {
  if (!transitions[call.status].includes(to)) return "callForm.transitionNotAllowed";
  if (to === "PUBLISHED") {
    if (!call.deadline || call.deadline <= now) return "callForm.publishNeedsDeadline";
    if (!call.hasRubric) return "callForm.publishNeedsRubric";
  }
  return null;
}
