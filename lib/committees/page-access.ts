import "server-only";
import { requireAllowed } from "@/lib/auth/session";
import type { Actor } from "@/lib/auth/permissions";
import { mayAdministerCommittees } from "./model";

/**
 * For the committee admin pages: the actor, or the login page; the 403 page for someone who administers no
 * committee. Which committee is theirs the reads decide.
 */
export async function requireCommitteeStaff(returnTo: string): Promise<Actor> {
  return requireAllowed(mayAdministerCommittees, returnTo);
}
