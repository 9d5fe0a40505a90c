// Pure rules for a committee's settings: its public slug, its logo, and who may administer it.
import { can, committeesWhere, type Actor } from "@/lib/auth/permissions";
import { checkAttachment } from "@/lib/applications/model";

export const committeeKinds = ["LOKALUDVALG", "STYREGRUPPE", "OMRAADEFORNYELSE", "OTHER"] as const;

/** Lower-case a–z, digits and single hyphens between them: "noerrebro", "indre-by-2". */
export const isCommitteeSlug = (s: string): boolean => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(s) && s.length <= 60;

export const logoLimits = { maxBytes: 1024 * 1024, types: ["image/png", "image/jpeg", "image/webp"] } as const;

/**
 * A logo's real type from its first bytes, or why it is refused. SVG is never
 * accepted: it can carry script, and the logo is served on the public site.
 */
export function checkLogo(
  size: number,
  head: Uint8Array,
):
  | { ok: true; mime: string }
  | { ok: false; error: "committeesAdmin.logoMissing" | "committeesAdmin.logoTooLarge" | "committeesAdmin.logoType" } {
  if (size === 0) return { ok: false, error: "committeesAdmin.logoMissing" };
  if (size > logoLimits.maxBytes) return { ok: false, error: "committeesAdmin.logoTooLarge" };
  const checked = checkAttachment(size, head);
  if (!checked.ok || !(logoLimits.types as readonly string[]).includes(checked.mime))
    return { ok: false, error: "committeesAdmin.logoType" };
  return checked;
}

/** The committees whose settings, plans or pools the actor administers (an installation admin: all of them). */
export function administeredCommittees(actor: Actor): { all: true } | { all: false; ids: string[] } {
  if (can(actor, "installation:manage")) return { all: true };
  const ids = new Set([
    ...committeesWhere(actor, "committee:manage"),
    ...committeesWhere(actor, "plan:manage"),
    ...committeesWhere(actor, "pool:manage"),
  ]);
  return { all: false, ids: [...ids] };
}

/** May the actor open the committee section at all? */
export const mayAdministerCommittees = (actor: Actor): boolean =>
  can(actor, "installation:manage") ||
  can(actor, "committee:manage") ||
  can(actor, "plan:manage") ||
  can(actor, "pool:manage");
