// Personal data (issue 16, point 8): which closed cases are due for anonymisation, as pure rules over plain rows.
//
// Closed cases. An application is closed when nothing more will happen to it:
//   CLOSED      the grant is settled (accounts approved and paid, or a repayment received);
//   WITHDRAWN   the applicant withdrew it;
//   LAPSED      the grant lapsed (no accounts after the reminder);
//   INELIGIBLE  screened out: that is the case's final answer;
//   refused     the status stays DECIDED, with a decision whose outcome is REFUSAL (there is no status of its own).
// Not closed: every open step, DECIDED with any other outcome (a grant goes on to its letter; a postponement comes
// back), REPAYMENT (money is still owed; it ends in CLOSED), and DRAFT (never sent, so never closed: drafts are not
// this job's to remove).
//
// When it closed: the last status change into the status it has now; for a refusal, the day it was decided. A case
// with neither on record (moved by hand or imported) counts from when it was withdrawn, or else its last change:
// both are on or after the real closing, so the period is never cut short.
//
// How long it is kept: the retention the admin sets (Installation.retentionMonths) counted from the closing, and
// Application.retainUntil (set at submission: the end of the fifth year, the municipality's duty to keep records
// and its books). Both are duties, so the case is kept until the later of the two; neither can shorten the other.

export const closedStatuses = ["CLOSED", "WITHDRAWN", "LAPSED", "INELIGIBLE"] as const;

/** What replaces a name or a text that was removed: stored, so it is in Danish like the other records. */
export const anonymisedText = "[anonymiseret]";

export type RetentionRow = {
  applicationId: string;
  status: string;
  /** The outcome of the application's decision, if it has one. */
  outcome: string | null;
  decidedOn: Date | null;
  /** The last status change into the current status, if recorded. */
  enteredStatusAt: Date | null;
  withdrawnAt: Date | null;
  updatedAt: Date;
  retainUntil: Date | null;
  anonymisedAt: Date | null;
};

export type DueAnonymisation = { applicationId: string; closedOn: Date; keepUntil: Date };

/** Whether the case is closed: a final status, or a refusal. */
export function isClosedCase(r: Pick<RetentionRow, "status" | "outcome">): boolean {
  return (
    (closedStatuses as readonly string[]).includes(r.status) || (r.status === "DECIDED" && r.outcome === "REFUSAL")
  );
}

/** When a closed case closed (see the rules above). */
export function closedOn(r: RetentionRow): Date {
  if (r.status === "DECIDED" && r.decidedOn) return r.decidedOn;
  return r.enteredStatusAt ?? r.withdrawnAt ?? r.updatedAt;
}

/** A date `months` calendar months later (UTC); the 31st of a shorter month becomes its last day. */
export function addMonths(at: Date, months: number): Date {
  const y = at.getUTCFullYear();
  const m = at.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const out = new Date(at);
  out.setUTCFullYear(y, m, Math.min(at.getUTCDate(), lastDay));
  return out;
}

/** The end of the period a closed case is kept: the later of the retention after closing and retainUntil. */
export function keepUntil(r: RetentionRow, retentionMonths: number): Date {
  const byRetention = addMonths(closedOn(r), retentionMonths);
  return r.retainUntil && r.retainUntil > byRetention ? r.retainUntil : byRetention;
}

/** The closed, not yet anonymised cases whose period has run out on `now`, in a stable order. */
export function anonymisationsDue(
  rows: readonly RetentionRow[],
  retentionMonths: number,
  now: Date,
): DueAnonymisation[] {
  return rows
    .filter((r) => r.anonymisedAt === null && isClosedCase(r))
    .map((r) => ({ applicationId: r.applicationId, closedOn: closedOn(r), keepUntil: keepUntil(r, retentionMonths) }))
    .filter((d) => d.keepUntil.getTime() <= now.getTime())
    .sort((a, b) => a.applicationId.localeCompare(b.applicationId));
}

/**
 * A text that stays (a record: a status note, a grant letter) with the person's identifiers taken out: each name,
 * e-mail or phone number, whatever its case, becomes the placeholder. Identifiers shorter than 3 characters are
 * ignored (they would match inside ordinary words).
 */
export function scrub(text: string, identifiers: readonly (string | null | undefined)[]): string {
  const words = [...new Set(identifiers.map((i) => (i ?? "").trim()).filter((i) => i.length >= 3))].sort(
    (a, b) => b.length - a.length,
  );
  if (words.length === 0 || text === "") return text;
  const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "giu");
  return text.replace(pattern, anonymisedText);
}

/** A free text replaced whole: an empty one stays empty (nothing was there to remove). */
export const blank = (text: string) => (text === "" ? "" : anonymisedText);

/** How many records of each kind an export holds, in the export's order. */
export function countsOf(records: Record<string, readonly unknown[]>): { kind: string; count: number }[] {
  return Object.entries(records).map(([kind, rows]) => ({ kind, count: rows.length }));
}
