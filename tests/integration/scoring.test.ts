import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError, UnauthenticatedError, type Actor } from "@/lib/auth/permissions";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/actions/errors";
import { declareConflict, ruleConflict, saveScoreSheet } from "@/lib/scoring/mutations";
import { getScorePage, listMyScoring } from "@/lib/scoring/queries";
import { checkScoreSheet } from "@/lib/scoring/rules";
import { seedDemo } from "@/prisma/seed/demo";
import { actorFor } from "@/tests/factories";

const criteria = ["soc", "real", "arb", "ens", "uds"].map((c) => `demo-criterion-${c}`);
const sheet = (applicationId: string, submit: boolean, value: number | null = 4) => ({
  applicationId,
  submit,
  scores: criteria.map((criterionId) => ({ criterionId, value, notApplicable: false, comment: "" })),
});

beforeAll(async () => {
  await seedDemo(process.env.DATABASE_URL!);
}, 60_000);

describe("scoring", () => {
  it("saves as you go, then submits; progress counts submitted sheets", async () => {
    const m4 = await actorFor("medlem4@example.dk");
    const before = (await listMyScoring(m4, "demo-call-social"))!;
    expect(before.items.find((i) => i.id === "demo-app-013")?.state).toBe("new");
    await saveScoreSheet(m4, {
      applicationId: "demo-app-013",
      submit: false,
      scores: [{ criterionId: criteria[0]!, value: 3, notApplicable: false, comment: "halvvejs" }],
    });
    const draft = (await getScorePage(m4, "demo-call-social", "demo-app-013"))!;
    expect(draft.mine).toEqual([{ criterionId: criteria[0], value: 3, notApplicable: false, comment: "halvvejs" }]);
    expect(draft.others).toBeNull(); // blind until submitted
    await saveScoreSheet(m4, sheet("demo-app-013", true));
    expect((await listMyScoring(m4, "demo-call-social"))!.done).toBe(before.done + 1);
    expect((await getScorePage(m4, "demo-call-social", "demo-app-013"))!.others!.length).toBeGreaterThan(0);
    // Saving the same sheet again (double click, retry) changes nothing.
    await saveScoreSheet(m4, sheet("demo-app-013", true));
    expect(await db().score.count({ where: { applicationId: "demo-app-013", userId: m4.id } })).toBe(5);
  });

  it("refuses a score outside the scale, 'not applicable' where not allowed, and an incomplete submit", async () => {
    const m5 = await actorFor("medlem5@example.dk");
    await expect(saveScoreSheet(m5, sheet("demo-app-016", false, 9))).rejects.toThrow(ValidationError);
    await expect(
      saveScoreSheet(m5, {
        applicationId: "demo-app-016",
        submit: false,
        scores: [{ criterionId: criteria[0]!, value: null, notApplicable: true, comment: "" }],
      }),
    ).rejects.toThrow(ValidationError);
    await expect(
      saveScoreSheet(m5, {
        applicationId: "demo-app-016",
        submit: true,
        scores: [{ criterionId: criteria[0]!, value: 3, notApplicable: false, comment: "" }],
      }),
    ).rejects.toThrow(ValidationError);
    expect(await db().score.count({ where: { applicationId: "demo-app-016", userId: m5.id } })).toBe(0);
    expect(
      checkScoreSheet(
        [{ id: "a", scaleMin: 1, scaleMax: 5, allowNotApplicable: true }],
        [{ criterionId: "a", value: null, notApplicable: true }],
        true,
      ),
    ).toEqual({});
  });

  it("a member ruled out cannot open, score or see the application", async () => {
    const m3 = await actorFor("medlem3@example.dk");
    expect(await getScorePage(m3, "demo-call-social", "demo-app-007")).toBeNull();
    await expect(saveScoreSheet(m3, sheet("demo-app-007", true))).rejects.toThrow(NotFoundError);
    expect((await listMyScoring(m3, "demo-call-social"))!.items.map((i) => i.id)).not.toContain("demo-app-007");
  });

  it("staff and applicants cannot score; nobody can without a session", async () => {
    for (const email of ["sekretariat@example.dk", "admin@example.dk", "ansoeger@example.dk"]) {
      await expect(saveScoreSheet(await actorFor(email), sheet("demo-app-001", false))).rejects.toThrow(ForbiddenError);
    }
    await expect(
      declareConflict(await actorFor("ansoeger@example.dk"), {
        applicationId: "demo-app-001",
        ground: "OTHER_DOUBT",
        description: "ingen adgang",
      }),
    ).rejects.toThrow(ForbiddenError);
  });
});

describe("conflict of interest", () => {
  it("is declared once, ruled by the secretariat (not the member), and then enforced", async () => {
    const m2 = await actorFor("medlem2@example.dk");
    const { id } = await declareConflict(m2, {
      applicationId: "demo-app-002",
      ground: "FAMILY",
      description: "Min søster er formand.",
    });
    await expect(
      declareConflict(m2, { applicationId: "demo-app-002", ground: "FAMILY", description: "Igen." }),
    ).rejects.toThrow(ConflictError);
    await expect(
      ruleConflict(m2, { declarationId: id, excluded: "no", reason: "Jeg synes ikke selv, jeg er inhabil." }),
    ).rejects.toThrow(ForbiddenError);
    await expect(
      ruleConflict(await actorFor("medlem1@example.dk"), {
        declarationId: id,
        excluded: "yes",
        reason: "Medlemmer afgør ikke inhabilitet.",
      }),
    ).rejects.toThrow(ForbiddenError);
    expect(await getScorePage(m2, "demo-call-social", "demo-app-002")).not.toBeNull();

    await ruleConflict(await actorFor("sekretariat@example.dk"), {
      declarationId: id,
      excluded: "yes",
      reason: "Nær familie er formand for foreningen, jf. § 3, stk. 1, nr. 2.",
    });
    expect(await getScorePage(m2, "demo-call-social", "demo-app-002")).toBeNull();
    await expect(saveScoreSheet(m2, sheet("demo-app-002", true))).rejects.toThrow(NotFoundError);
    const trail = await db().auditEntry.findMany({ where: { entityId: id }, orderBy: { at: "asc" } });
    expect(trail.map((e) => e.action)).toEqual(["conflict.declare", "conflict.rule"]);
  });

  it("an anonymous caller is stopped before anything is read", async () => {
    await expect(saveScoreSheet(null as unknown as Actor, sheet("demo-app-001", false))).rejects.toThrow(
      UnauthenticatedError,
    );
    await expect(
      declareConflict(null as unknown as Actor, {
        applicationId: "demo-app-001",
        ground: "OTHER_DOUBT",
        description: "anonym",
      }),
    ).rejects.toThrow(UnauthenticatedError);
    await expect(
      ruleConflict(null as unknown as Actor, {
        declarationId: "demo-conflict-1",
        excluded: "no",
        reason: "anonym afgørelse",
      }),
    ).rejects.toThrow(UnauthenticatedError);
  });
});
