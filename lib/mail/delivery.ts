// What the outbox does with a mail whose delivery failed, as a pure rule (lib/mail/outbox.ts applies it).
// A temporary failure is tried again later: the SMTP server answered 4xx ("try again later"), or could not be
// reached, timed out or dropped the connection. A permanent one is not: a 5xx answer (no such mailbox, refused)
// or a message nodemailer cannot build. After the fifth attempt any failure is permanent; the waits between
// attempts grow (1, 5, 15 and 60 minutes), so a mail server down for an hour still gets the mail.

export const maxAttempts = 5;
const waitsMinutes = [1, 5, 15, 60] as const;
const unreachable = new Set(["ECONNECTION", "ETIMEDOUT", "ESOCKET", "EDNS", "ECONNREFUSED", "ECONNRESET", "EPIPE"]);

export type SmtpFailure = { responseCode?: unknown; code?: unknown };

/** Whether the failure may pass: a 4xx answer, or a server that could not be reached or dropped the line. */
export function isTemporary(e: SmtpFailure): boolean {
  if (typeof e.responseCode === "number") return e.responseCode >= 400 && e.responseCode < 500;
  return typeof e.code === "string" && unreachable.has(e.code);
}

/** When to try a failed mail again (`attempts` made so far, this one included), or null: give up. */
export function nextAttempt(e: SmtpFailure, attempts: number, now: Date): Date | null {
  if (!isTemporary(e) || attempts >= maxAttempts) return null;
  const minutes = waitsMinutes[Math.min(attempts, waitsMinutes.length) - 1] ?? waitsMinutes[0];
  return new Date(now.getTime() + minutes * 60_000);
}
