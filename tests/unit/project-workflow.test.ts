import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { ProjectStatus } from "@/lib/generated/prisma/enums";
import { availableTransitions, checkTransition, transitions } from "@/lib/projects/workflow";

const statuses = Object.values(ProjectStatus);
const secretariat = { canEdit: true, canTransition: true };
const memberOnProject = { canEdit: true, canTransition: false };
const reader = { canEdit: false, canTransition: false };

describe("the workflow of an internal project", () => {
  it("reaches every status from an idea, and closed is the end", () => {
    const reached = new Set<string>(["IDEA"]);
    for (let changed = true; changed;) {
      changed = false;
      for (const t of transitions) {
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

  // Approving, refusing, postponing and scaling down are the secretariat's to record.
  it("lets the working group recommend but not decide", () => {
    expect(availableTransitions("DRAFT", memberOnProject).map((t) => t.to)).toEqual(["IDEA", "RECOMMENDED"]);
    expect(availableTransitions("RECOMMENDED", memberOnProject).map((t) => t.to)).toEqual(["DRAFT"]);
    expect(availableTransitions("RECOMMENDED", secretariat).map((t) => t.to)).toEqual([
      "DRAFT",
      "APPROVED",
      "SCALED_DOWN",
      "REFUSED",
      "POSTPONED",
    ]);
    expect(checkTransition("RECOMMENDED", { to: "APPROVED", amountOre: 100 }, memberOnProject, 0)).toEqual({
      ok: false,
      field: "to",
      error: "forbidden",
    });
  });

  it("asks an approval for its amount, a refusal for its reason, and a scaled-down amount below the budget", () => {
    expect(checkTransition("RECOMMENDED", { to: "APPROVED" }, secretariat, 2_750_000)).toMatchObject({
      ok: false,
      field: "amount",
      error: "amountRequired",
    });
    expect(
      checkTransition("RECOMMENDED", { to: "APPROVED", amountOre: 2_750_000 }, secretariat, 2_750_000),
    ).toMatchObject({ ok: true });
    expect(checkTransition("RECOMMENDED", { to: "REFUSED", reason: "  " }, secretariat, 0)).toMatchObject({
      ok: false,
      field: "reason",
      error: "reasonRequired",
    });
    expect(
      checkTransition(
        "RECOMMENDED",
        { to: "SCALED_DOWN", amountOre: 2_750_000, reason: "Mindre" },
        secretariat,
        2_750_000,
      ),
    ).toMatchObject({ ok: false, error: "amountNotBelow" });
    expect(
      checkTransition(
        "RECOMMENDED",
        { to: "SCALED_DOWN", amountOre: 2_000_000, reason: "Mindre" },
        secretariat,
        2_750_000,
      ),
    ).toMatchObject({ ok: true });
    expect(checkTransition("DRAFT", { to: "RUNNING" }, secretariat, 0)).toMatchObject({
      ok: false,
      field: "to",
      error: "notAllowed",
    });
  });

  it("never lets someone who cannot edit move a project, and never allows a move the table lacks", () => {
    const status = fc.constantFrom(...statuses);
    fc.assert(
      fc.property(status, status, fc.boolean(), fc.boolean(), (from, to, canEdit, canTransition) => {
        const r = checkTransition(from, { to, amountOre: 1, reason: "x" }, { canEdit, canTransition }, 0);
        const listed = transitions.some((t) => t.from === from && t.to === to);
        if (!listed) expect(r).toMatchObject({ ok: false, error: "notAllowed" });
        if (!canEdit && !canTransition) expect(r.ok).toBe(false);
        if (r.ok) expect(availableTransitions(from, { canEdit, canTransition }).map((t) => t.to)).toContain(to);
      }),
    );
    expect(availableTransitions("DRAFT", reader)).toEqual([]);
  });
});
