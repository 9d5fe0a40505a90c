import "server-only";
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import { loadActor } from "./actor";
import { auth } from "./config";
import { touchSession } from "./sessions";
import { can, type Actor, type Permission } from "./permissions";

/**
 * The signed-in person with their memberships, read fresh from the database
 * on every request: a removed role or a disabled account takes effect at once.
 * The cookie must name a live server-side session: one not ended (logout)
 * and not idle past the timeout, so a copied cookie dies with its session.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const id = session?.user?.id;
  const sid = (session as { sid?: unknown } | null)?.sid;
  if (!id || typeof sid !== "string" || !(await touchSession(sid, id))) return null;
  return loadActor({ id });
});

/** For pages: the actor, or a redirect to the login page. */
export async function requireActor(returnTo: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  return actor;
}

/** For pages: the actor holding the permission, else the 403 page. */
export async function requirePermission(
  permission: Permission,
  returnTo: string,
  committeeId?: string,
): Promise<Actor> {
  return requireAllowed((actor) => can(actor, permission, committeeId), returnTo);
}

/**
 * For pages whose rule is more than one permission (e.g. any of committee, plan or pool management): the actor
 * for whom `allowed` holds, else the 403 page. Staff who must still turn on a second factor are sent to do so.
 */
export async function requireAllowed(allowed: (actor: Actor) => boolean, returnTo: string): Promise<Actor> {
  const actor = await requireActor(returnTo);
  if (actor.needsSecondFactor) redirect("/account/security");
  if (!allowed(actor)) forbidden();
  return actor;
}
