// Pure rules for screening an application and following it through the
// shortlist: which statuses allow what, and the inbox's filters.
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";

/** Statuses in which the secretariat may still screen (mark eligibility, ask for information). */
const screenable: readonly ApplicationStatus[] = ["SUBMITTED", "SCREENING", "AWAITING_INFO", "SCORING", "INELIGIBLE"];
/**
 * Statuses before a decision: the applicant may withdraw, write to the
 * secretariat, and the committee may decide. Never a draft (not sent), a
 * withdrawn or ineligible application, or one already decided.
 */
export const undecided: readonly ApplicationStatus[] = [
  "SUBMITTED",
  "SCREENING",
  "AWAITING_INFO",
  "SCORING",
  "SHORTLISTED",
  "VISITED",
  "RECOMMENDED",
];

export const canScreen = (status: ApplicationStatus): boolean => screenable.includes(status);
export const canWithdraw = (status: ApplicationStatus): boolean => undecided.includes(status);
export const canDecide = canWithdraw;
/** The applicant writes to the secretariat only while the case is open. */
export const canReply = canWithdraw;
/** Shortlists, visits and recommendations belong to eligible applications not yet decided. */
export const canShortlist = (status: ApplicationStatus, eligible: boolean | null): boolean =>
  eligible !== false && undecided.includes(status);

export const statusAfterEligibility = (eligible: boolean): ApplicationStatus => (eligible ? "SCORING" : "INELIGIBLE");

/** An applicant's answer puts an application that waited for it back into screening. */
export const statusAfterReply = (status: ApplicationStatus): ApplicationStatus =>
  status === "AWAITING_INFO" ? "SCREENING" : status;

/** Shortlisting moves a scored application on; taking it off the list moves it back. Later stages are kept. */
export function statusAfterShortlist(status: ApplicationStatus, shortlisted: boolean): ApplicationStatus {
  if (shortlisted)
    return status === "SCORING" || status === "SCREENING" || status === "SUBMITTED" ? "SHORTLISTED" : status;
  return status === "SHORTLISTED" ? "SCORING" : status;
}

export const inboxStatuses = [
  "SUBMITTED",
  "SCREENING",
  "AWAITING_INFO",
  "SCORING",
  "SHORTLISTED",
  "VISITED",
  "RECOMMENDED",
  "DECIDED",
  "WITHDRAWN",
  "INELIGIBLE",
] as const;
export type InboxFilters = {
  q: string;
  status: (typeof inboxStatuses)[number] | null;
  eligibility: "yes" | "no" | "open" | null;
  shortlisted: boolean;
};

const first = (v: string | string[] | undefined): string => (Array.isArray(v) ? (v[0] ?? "") : (v ?? ""));

/** The inbox's query string as typed by anyone: unknown values are ignored, the search is trimmed and capped. */
export function parseInboxFilters(params: Record<string, string | string[] | undefined>): InboxFilters {
  const status = first(params.status);
  const eligibility = first(params.eligibility);
  return {
    q: first(params.q).trim().slice(0, 100),
    status: (inboxStatuses as readonly string[]).includes(status) ? (status as InboxFilters["status"]) : null,
    eligibility: eligibility === "yes" || eligibility === "no" || eligibility === "open" ? eligibility : null,
    shortlisted: first(params.shortlisted) === "1",
  };
}

type Pair = { applicationId: string; userId: string };
const pairKey = (p: Pair) => `${p.applicationId}|${p.userId}`;

/**
 * From the assignments there are to the ones wanted: what to add and remove.
 * A member ruled out of an application is never assigned to it; their
 * existing assignment stays, so the record shows who was meant to score.
 */
export function diffAssignments(
  current: readonly Pair[],
  wanted: readonly Pair[],
  ruledOut: readonly Pair[],
): { add: Pair[]; remove: Pair[] } {
  const have = new Set(current.map(pairKey));
  const want = new Set(wanted.map(pairKey));
  const out = new Set(ruledOut.map(pairKey));
  return {
    add: wanted
      .filter((p) => !have.has(pairKey(p)) && !out.has(pairKey(p)))
      .filter((p, i, all) => all.findIndex((q) => pairKey(q) === pairKey(p)) === i),
    remove: current.filter((p) => !want.has(pairKey(p)) && !out.has(pairKey(p))),
  };
}
