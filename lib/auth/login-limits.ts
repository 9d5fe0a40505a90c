import type { Window } from "./rate-limit";

// Who may try a password, and how often. Three counters in PostgreSQL:
// - per e-mail + address: 5 tries per 15 minutes. The backoff an attacker
//   meets; it is theirs alone, so the staff member at their own address is
//   not slowed by it.
// - per address: 50 tries per 15 minutes, whatever e-mails are tried
//   (password spraying).
// - per e-mail across addresses: 20 failures in 24 hours lock the account
//   until a mailed one-time unlock link is used, an admin unlocks it, or the
//   day has passed. Only then can many addresses together stop the owner.
// Tries are taken before the password is checked, in one statement each, so
// parallel requests cannot slip past the count.
export const loginWindows = {
  perEmailAddress: { limit: 5, seconds: 15 * 60 },
  perAddress: { limit: 50, seconds: 15 * 60 },
  perEmail: { limit: 20, seconds: 24 * 60 * 60 },
} satisfies Record<string, Window>;

export function loginKeys(email: string, address: string) {
  const e = email.trim().toLowerCase();
  return { pair: `login:pair:${e}|${address}`, address: `login:addr:${address}`, email: `login:email:${e}` };
}

/** The per-e-mail counter; deleting it lifts a lockout. */
export const lockKey = (email: string) => loginKeys(email, "").email;
