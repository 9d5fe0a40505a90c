import "server-only";
import { db } from "@/lib/db";
import { readInstallation } from "@/lib/installation/settings";
import type { Actor, RoleName } from "./permissions";

/**
 * The actor a live session gives a user: a disabled or deleted user has none; only memberships not deleted, in
 * committees not deleted, give roles. The one reading of it, for the session (./session.ts) and the tests.
 */
export async function loadActor(where: { email: string } | { id: string }): Promise<Actor | null> {
  const user = await db().user.findFirst({
    where: { ...where, disabledAt: null, deletedAt: null },
    select: {
      id: true,
      email: true,
      name: true,
      locale: true,
      installationAdmin: true,
      totpEnabledAt: true,
      memberships: {
        where: { deletedAt: null, committee: { deletedAt: null } },
        select: { committeeId: true, role: true },
      },
    },
  });
  if (!user) return null;
  const { totpEnabledAt, ...rest } = user;
  const memberships = user.memberships.map((m) => ({ committeeId: m.committeeId, role: m.role as RoleName }));
  const staff = user.installationAdmin || memberships.some((m) => staffNeedingTotp.includes(m.role));
  if (!totpEnabledAt && staff && (await readInstallation(db())).requireTotpForStaff) {
    // The installation requires a second factor of staff: until they enrol, they may do nothing but enrol.
    return { ...rest, installationAdmin: false, memberships: [], needsSecondFactor: true };
  }
  return { ...rest, memberships };
}

/** The roles the installation's second-factor policy covers (and installation admins). */
export const staffNeedingTotp: readonly RoleName[] = ["ADMIN", "SECRETARIAT"];
