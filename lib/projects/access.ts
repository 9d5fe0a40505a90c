// Who may edit a project: staff with project:edit in its committee, or a
// member who is on the project. One rule, read by every page and mutation.
import { can, type Actor } from "@/lib/auth/permissions";

/** The select that tells whether the actor is on the project (an empty list if not). */
export const actorOnProject = (actor: Actor) =>
  ({ people: { where: { userId: actor.id }, select: { id: true } } }) as const;

export function mayEditProject(actor: Actor, project: { committeeId: string; people: readonly unknown[] }): boolean {
  return can(actor, "project:edit", project.committeeId) || project.people.length > 0;
}
