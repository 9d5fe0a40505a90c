// The workflow of an internal project, as data and pure functions:
// idea → draft → recommended → approved ("op til X kr.") / refused /
// postponed / scaled down → running → held → evaluated → closed.
//
// Who may move a project: "editor" is anyone who may edit it (the
// secretariat of its committee, or a member on the project: the working
// group develops and recommends it); "secretariat" is whoever holds
// project:transition in the committee (secretariat and admins), and only it
// closes a project. The committee's decisions (approve, refuse, postpone,
// scale down) are no moves here: they are taken at a meeting, typed once in
// meeting mode (lib/projects/decision.ts), which writes the Decision and the
// project's new status together.
import type { ProjectStatus } from "@/lib/generated/prisma/enums";

type Mover = "editor" | "secretariat";
/** What a transition asks for: a reason, or nothing. */
type Needs = { reason?: boolean };
type Transition = { from: ProjectStatus; to: ProjectStatus; by: Mover; needs?: Needs };

export const transitions: readonly Transition[] = [
  { from: "IDEA", to: "DRAFT", by: "editor" },
  { from: "IDEA", to: "CLOSED", by: "secretariat", needs: { reason: true } },
  { from: "DRAFT", to: "IDEA", by: "editor" },
  { from: "DRAFT", to: "RECOMMENDED", by: "editor" },
  { from: "RECOMMENDED", to: "DRAFT", by: "editor" },
  { from: "POSTPONED", to: "DRAFT", by: "editor" },
  { from: "POSTPONED", to: "RECOMMENDED", by: "editor" },
  { from: "REFUSED", to: "DRAFT", by: "secretariat" },
  { from: "REFUSED", to: "CLOSED", by: "secretariat" },
  { from: "APPROVED", to: "RUNNING", by: "editor" },
  { from: "SCALED_DOWN", to: "RUNNING", by: "editor" },
  { from: "APPROVED", to: "CLOSED", by: "secretariat", needs: { reason: true } },
  { from: "SCALED_DOWN", to: "CLOSED", by: "secretariat", needs: { reason: true } },
  { from: "RUNNING", to: "HELD", by: "editor" },
  { from: "RUNNING", to: "CLOSED", by: "secretariat", needs: { reason: true } },
  { from: "HELD", to: "EVALUATED", by: "editor" },
  { from: "HELD", to: "CLOSED", by: "secretariat" },
  { from: "EVALUATED", to: "CLOSED", by: "secretariat" },
];

export type Standing = { canEdit: boolean; canTransition: boolean };

const allowedBy = (t: Transition, s: Standing) =>
  t.by === "secretariat" ? s.canTransition : s.canEdit || s.canTransition;

/** The moves this person may make from a status, in the order above. */
export function availableTransitions(from: ProjectStatus, standing: Standing): Transition[] {
  return transitions.filter((t) => t.from === from && allowedBy(t, standing));
}

export type TransitionInput = { to: ProjectStatus; reason?: string };
type TransitionCheck =
  | { ok: true; transition: Transition }
  | {
      ok: false;
      field: "to" | "reason";
      error: "notAllowed" | "forbidden" | "reasonRequired";
    };

/**
 * Checks a move: it exists from this status, this person may make it, and it
 * has what it needs. The committee's decisions are not moves: they are taken at a meeting (lib/projects/decision.ts).
 */
export function checkTransition(from: ProjectStatus, input: TransitionInput, standing: Standing): TransitionCheck {
  const transition = transitions.find((t) => t.from === from && t.to === input.to);
  if (!transition) return { ok: false, field: "to", error: "notAllowed" };
  if (!allowedBy(transition, standing)) return { ok: false, field: "to", error: "forbidden" };
  if (transition.needs?.reason && !input.reason?.trim()) return { ok: false, field: "reason", error: "reasonRequired" };
  return { ok: true, transition };
}
