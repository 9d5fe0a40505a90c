import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { ProjectStatus } from "@/lib/generated/prisma/enums";
import { availableTransitions, checkTransition, transitions } from "@/lib/projects/workflow";

const statuses = Object.values(ProjectStatus);
const secretariat = { canEdit: true, canTransition: true };
const memberOnProject = { canEdit: true, canTransition: false };
const reader = { canEdit: false, canTransition: false };

describe("the workflow of an internal project", () => {
  it("reaches every status from an idea (the committee's decisions at a meeting), and closed is the end", () => {
    const reached = new Set<string>(["IDEA"]);
    // A recommended project is decided at a meeting (lib/projects/decision.ts), not by a move of the workflow.
    const atMeeting = ["APPROVED", "SCALED_DOWN", "REFUSED", "POSTPONED"].map((to) => ({ from: "RECOMMENDED", to }));
    for (let changed = true; changed;) {
      changed = false;
      for (const t of [...transitions, ...atMeeting]) {
        if (reached.has(t.from) && !reached.has(t.to)) {
          reached.add(t.to);
          changed = true;
        }
      }
    }
    expect([...reached].sort()).toEqual([...statuses].sort());
    expect(availableTransitions("CLOSED", secretariat)).toEqual([]);
    // Every other status has a way on for the secretariat.
    for (const s of statuses.filter((s) => s !== "CLOSED"))
      expect(availableTransitions(s, secretariat).length).toBeGreaterThan(0);
  });

  // Approving, refusing, postponing and scaling down are the committee's, taken at a meeting: no one's move here.
  it("lets the working group recommend, and leaves the decision to a meeting", () => {
    expect(availableTransitions("DRAFT", memberOnProject).map((t) => t.to)).toEqual(["IDEA", "RECOMMENDED"]);
    expect(availableTransitions("RECOMMENDED", memberOnProject).map((t) => t.to)).toEqual(["DRAFT"]);
    expect(availableTransitions("RECOMMENDED", secretariat).map((t) => t.to)).toEqual(["DRAFT"]);
    for (const to of ["APPROVED", "SCALED_DOWN", "REFUSED", "POSTPONED"] as const)
      expect(checkTransition("RECOMMENDED", { to, reason: "Fordi" }, secretariat)).toEqual({
        ok: false,
        field: "to",
        error: "notAllowed",
      });
  });

  it("asks closing a running project for its reason", () => {
    expect(checkTransition("RUNNING", { to: "CLOSED", reason: "  " }, secretariat)).toMatchObject({
      ok: false,
      field: "reason",
      error: "reasonRequired",
    });
    expect(checkTransition("RUNNING", { to: "CLOSED", reason: "Stoppet" }, secretariat)).toMatchObject({ ok: true });
    expect(checkTransition("RUNNING", { to: "CLOSED" }, memberOnProject)).toMatchObject({ error: "forbidden" });
    expect(checkTransition("DRAFT", { to: "RUNNING" }, secretariat)).toMatchObject({
      ok: false,
      field: "to",
      error: "notAllowed",
    });
  });

  it("never lets someone who cannot edit move a project, and never allows a move the table lacks", () => {
    const status = fc.constantFrom(...statuses);
    fc.assert(
      fc.property(status, status, fc.boolean(), fc.boolean(), (from, to, canEdit, canTransition) => {
        const r = checkTransition(from, { to, reason: "x" }, { canEdit, canTransition });
        const listed = transitions.some((t) => t.from === from && t.to === to);
        if (!listed) expect(r).toMatchObject({ ok: false, error: "notAllowed" });
        if (!canEdit && !canTransition) expect(r.ok).toBe(false);
        if (r.ok) expect(availableTransitions(from, { canEdit, canTransition }).map((t) => t.to)).toContain(to);
      }),
    );
    expect(availableTransitions("DRAFT", reader)).toEqual([]);
  });
});
