// One permission table. Roles are held per committee; a check names the
// committee where it can. Anything not granted here is denied.
export const roles = ["ADMIN", "SECRETARIAT", "MEMBER", "OBSERVER", "APPLICANT"] as const;
export type RoleName = (typeof roles)[number];

export const permissions = [
  "dashboard:view",
  // The installation's settings and creating committees: held by installation admins, not by a committee role.
  "installation:manage",
  "committee:manage",
  "plan:manage",
  "pool:manage",
  "user:manage",
  "audit:read",
  "template:manage",
  "project:read",
  "project:create",
  "project:edit",
  // Linking a user account to a project gives that account edit rights, so it is a right of its own.
  "project:people",
  "project:transition",
  "project:publish",
  "call:read",
  "call:manage",
  "application:read",
  "application:screen",
  "application:score",
  "score:reopen",
  "application:recommend",
  "application:own",
  "conflict:declare",
  "conflict:rule",
  "decision:record",
  // Meetings: members and observers read their committee's agendas and minutes; the secretariat writes them.
  "meeting:read",
  "meeting:manage",
  // Money after the decision: letters and accounts (grant:manage), payouts (payment:manage, with four eyes),
  // the pool ledger every staff role reads, and the job runner's page.
  "grant:manage",
  "payment:manage",
  "ledger:read",
  "jobs:read",
  "outbox:read",
] as const;
export type Permission = (typeof permissions)[number];

const staffCommon: Permission[] = [
  "dashboard:view",
  "project:read",
  "call:read",
  "application:read",
  "meeting:read",
  "ledger:read",
];

const permissionTable: Record<RoleName, readonly Permission[]> = {
  ADMIN: permissions.filter((p) => !["application:own", "application:score", "installation:manage"].includes(p)),
  SECRETARIAT: [
    ...staffCommon,
    "plan:manage",
    "pool:manage",
    "template:manage",
    "project:create",
    "project:edit",
    "project:people",
    "project:transition",
    "project:publish",
    "call:manage",
    "application:screen",
    "score:reopen",
    "application:recommend",
    "conflict:declare",
    "conflict:rule",
    "decision:record",
    "meeting:manage",
    "grant:manage",
    "payment:manage",
    "jobs:read",
    "outbox:read",
  ],
  // Members edit only the projects they are on: that is a check on the
  // project (lib/projects), on top of this table.
  MEMBER: [...staffCommon, "application:score", "application:recommend", "conflict:declare"],
  // An observer follows the committee's cases and never scores, recommends or declares.
  OBSERVER: staffCommon,
  APPLICANT: ["dashboard:view", "application:own"],
};

export type Membership = { committeeId: string; role: RoleName };
export type Actor = {
  id: string;
  email: string;
  name: string;
  locale: string;
  memberships: readonly Membership[];
  /** Administers the installation (settings, new committees); committee rights still come from memberships. */
  installationAdmin?: boolean;
  /** The installation requires a second factor of this staff member, who has none yet: no rights until enrolled. */
  needsSecondFactor?: boolean;
};

function roleCan(role: RoleName, permission: Permission): boolean {
  return permissionTable[role]?.includes(permission) ?? false;
}

/** True when the actor holds the permission in the committee (or, without one, in any committee). */
export function can(actor: Actor | null | undefined, permission: Permission, committeeId?: string): boolean {
  if (!actor) return false;
  if (permission === "installation:manage") return actor.installationAdmin === true;
  // An installation admin without a committee yet (the first run) still has a start page, and looks after every
  // committee's settings (name, address, logo, archive); its people, plans and money stay with its own roles.
  if ((permission === "dashboard:view" || permission === "committee:manage") && actor.installationAdmin === true)
    return true;
  return actor.memberships.some(
    (m) => (committeeId === undefined || m.committeeId === committeeId) && roleCan(m.role, permission),
  );
}

/** The committees in which the actor holds the permission: for `where` clauses. */
export function committeesWhere(actor: Actor | null | undefined, permission: Permission): string[] {
  if (!actor) return [];
  return [...new Set(actor.memberships.filter((m) => roleCan(m.role, permission)).map((m) => m.committeeId))];
}

export class ForbiddenError extends Error {
  constructor(readonly permission: Permission) {
    super(`forbidden: ${permission}`);
    this.name = "ForbiddenError";
  }
}

export class UnauthenticatedError extends Error {
  constructor() {
    super("unauthenticated");
    this.name = "UnauthenticatedError";
  }
}

export function assertCan(
  actor: Actor | null | undefined,
  permission: Permission,
  committeeId?: string,
): asserts actor is Actor {
  if (!actor) throw new UnauthenticatedError();
  if (!can(actor, permission, committeeId)) throw new ForbiddenError(permission);
}

/** The roles an actor holds anywhere, highest first: decides the dashboard. */
export function rolesOf(actor: Actor): RoleName[] {
  return roles.filter((r) => actor.memberships.some((m) => m.role === r));
}
