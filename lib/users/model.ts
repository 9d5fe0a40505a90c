// People's states and the rules that keep a committee administrable, as plain functions
// (tests/unit/people-model.test.ts).
import { can, committeesWhere, type Actor } from "@/lib/auth/permissions";

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

/**
 * Whether the actor may act on the person's whole account (deactivate, end sessions, see sign-ins, re-send an
 * invitation): an installation admin may; a committee admin only when every committee the person is in is one
 * where they manage users, and the person does not administer the installation. A role in A given to B's admin
 * must not hand A's admin B's admin.
 */
export function mayActOnAccount(
  actor: Actor,
  person: { installationAdmin: boolean; committeeIds: readonly string[] },
): boolean {
  if (can(actor, "installation:manage")) return true;
  if (person.installationAdmin) return false;
  const managed = committeesWhere(actor, "user:manage");
  return person.committeeIds.every((id) => managed.includes(id));
}
