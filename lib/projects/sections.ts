// Pure data shared by the project page and the printed project (lib/projects/print.ts).

/** Parts shown after the template's own sections when the template leaves them out but the project has data. */
export const defaultOrder = [
  "PEOPLE",
  "WORKING_GROUP",
  "OWNER",
  "PERIOD",
  "PURPOSE",
  "BACKGROUND",
  "DESCRIPTION",
  "GOALS",
  "TARGET_GROUPS",
  "INTERVENTIONS",
  "EFFECT",
  "FOLLOW_UP",
  "SUCCESS_CRITERIA",
  "PARTNERS",
  "COMMUNICATION",
  "TIMELINE",
  "QUARTER_PLAN",
  "WORK_DISTRIBUTION",
  "SECRETARIAT_TASKS",
  "STAFFING",
  "ANCHORING",
  "BUDGET",
  "FUNDING",
  "EVALUATION",
  "RESPONSIBILITY",
] as const;

type Person = { name: string; role: string; uncertain: boolean };
const notedRoles = ["COORDINATOR", "CONTACT", "LEADER", "OWNER"] as const;
export type NotedRole = (typeof notedRoles)[number];
const isNoted = (role: string): role is NotedRole => (notedRoles as readonly string[]).includes(role);

/** The people a part prints: the working group its participants, the people part everyone else. */
export function peopleUnder<P extends Person>(part: "PEOPLE" | "WORKING_GROUP", people: readonly P[]): P[] {
  return people.filter((p) => (p.role === "PARTICIPANT") === (part === "WORKING_GROUP"));
}

/** "Anna Møller (tovholder)", "Lene Nielsen?": a name with its role where the heading does not say it. */
export function personLabel(p: Person, roleLabel: (role: NotedRole) => string): string {
  return `${p.name}${p.uncertain ? "?" : ""}${isNoted(p.role) ? ` (${roleLabel(p.role)})` : ""}`;
}

/**
 * Free sections placed where an imported form had them: after the part they
 * followed (TITLE: before every part), when that part prints; the rest after
 * the typed parts, as before.
 */
export function placeFree<F extends { afterPart: string | null }>(
  printed: readonly string[],
  free: readonly F[],
): { after: Map<string, F[]>; end: F[] } {
  const shown = new Set(["TITLE", ...printed]);
  const after = new Map<string, F[]>();
  const end: F[] = [];
  for (const f of free) {
    if (f.afterPart && shown.has(f.afterPart)) after.set(f.afterPart, [...(after.get(f.afterPart) ?? []), f]);
    else end.push(f);
  }
  return { after, end };
}
