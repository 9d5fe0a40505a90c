// People's states and the rules that keep a committee administrable, as plain functions
// (tests/unit/people-model.test.ts).

export type PersonStatus = "invited" | "active" | "deactivated" | "locked";

/** Deactivated wins over locked, locked over invited: the state that stops the person first. */
export function personStatus(p: { disabledAt: Date | null; locked: boolean; hasLogin: boolean }): PersonStatus {
  if (p.disabledAt) return "deactivated";
  if (p.locked) return "locked";
  return p.hasLogin ? "active" : "invited";
}

/**
 * Why a change to a person's admin role would leave a committee without an administrator, or null: removing,
 * demoting or deactivating an ADMIN needs another live ADMIN in that committee.
 */
export function lastAdminRefusal(otherLiveAdmins: number): "people.lastAdmin" | null {
  return otherLiveAdmins > 0 ? null : "people.lastAdmin";
}
