import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/auth/permissions";
import { NotFoundError, UserError, ValidationError } from "@/lib/actions/errors";
import { saveGoal, savePlan, setGoalState } from "@/lib/plans/mutations";
import { getPlanPage, getPlansPage } from "@/lib/plans/queries";
import { goalFormSchema, planFormSchema } from "@/lib/plans/schema";
import { addPoolYear, changePoolBudget, savePool } from "@/lib/pools/mutations";
import { getPoolPage, getPoolsPage } from "@/lib/pools/queries";
import { poolBudgetSchema, poolFormSchema, poolYearSchema } from "@/lib/pools/schema";
import { addGroupMember, archiveGroup, removeGroupMember, saveGroup } from "@/lib/groups/mutations";
import { getGroupsPage } from "@/lib/groups/queries";
import { saveRubric } from "@/lib/rubrics/mutations";
import { getNewRubricPage, getRubricPage } from "@/lib/rubrics/queries";
import { rubricFormSchema } from "@/lib/rubrics/schema";
import { updateCommittee } from "@/lib/committees/mutations";
import { getCurrentCommitteeSlug } from "@/lib/committees/queries";
import { listInitiatives } from "@/lib/public/queries";
import { seedDemo } from "@/prisma/seed/demo";
import { actorFor, createCommittee, createUser } from "@/tests/factories";

beforeAll(async () => {
  await seedDemo(process.env.DATABASE_URL!);
}, 60_000);

async function committeeWithAdmin() {
  const c = await createCommittee();
  const { actor } = await createUser({ roles: [{ committeeId: c.id, role: "ADMIN" }] });
  return { committeeId: c.id, actor };
}

const planInput = (committeeId: string) =>
  planFormSchema.parse({
    committeeId,
    title: "Bydelsplan 2025–2028",
    kind: "BYDELSPLAN",
    startYear: "2025",
    endYear: "2028",
  });
const goalInput = (planId: string, code: string) =>
  goalFormSchema.parse({ planId, code, title: `Mål ${code}`, description: "" });
const goalOf = (id: string) => db().planGoal.findUniqueOrThrow({ where: { id } });
const refusalOf = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e,
  );

describe("a plan's goals", () => {
  it("retires a goal in use instead of deleting it, lists where it is used, and deletes an unused one", async () => {
    const { committeeId, actor } = await committeeWithAdmin();
    const { id: planId } = await savePlan(actor, planInput(committeeId));
    const used = await saveGoal(actor, goalInput(planId, "SOC"));
    const unused = await saveGoal(actor, goalInput(planId, "ENS"));
    const rubric = await saveRubric(
      actor,
      rubricFormSchema.parse({
        committeeId,
        name: "Skema",
        criteria: [
          {
            title: "Social",
            description: "",
            planGoalId: used.id,
            weight: "1",
            scaleMin: "1",
            scaleMax: "5",
            steps: "",
          },
        ],
      }),
    );

    const refusal = await refusalOf(setGoalState(actor, { goalId: used.id, version: 1, to: "deleted" }));
    expect(refusal).toBeInstanceOf(UserError);
    expect((refusal as UserError).messageKey).toBe("plansAdmin.goalInUse");
    await setGoalState(actor, { goalId: used.id, version: 1, to: "retired" });
    const page = (await getPlanPage(actor, committeeId, planId))!;
    const soc = page.goals.find((g) => g.code === "SOC")!;
    expect(soc).toMatchObject({ retired: true, used: true, counts: { criteria: 1, applications: 0, projects: 0 } });
    expect(soc.rubrics).toEqual([{ id: rubric.id, name: "Skema" }]);

    await setGoalState(actor, { goalId: unused.id, version: 1, to: "deleted" });
    expect((await goalOf(unused.id)).deletedAt).not.toBeNull();
    expect((await getPlanPage(actor, committeeId, planId))!.goals.map((g) => g.code)).toEqual(["SOC"]);
    // Its code is free again.
    await saveGoal(actor, goalInput(planId, "ENS"));

    // The rubric editor offers the retired goal only where a criterion already has it.
    const offered = (await getNewRubricPage(actor)).goals.map((g) => g.id);
    expect(offered).not.toContain(used.id);
    expect((await getRubricPage(actor, rubric.id))!.goals.map((g) => g.id)).toContain(used.id);
    const newRubric = await refusalOf(
      saveRubric(
        actor,
        rubricFormSchema.parse({
          committeeId,
          name: "Nyt skema",
          criteria: [
            {
              title: "Social",
              description: "",
              planGoalId: used.id,
              weight: "1",
              scaleMin: "1",
              scaleMax: "5",
              steps: "",
            },
          ],
        }),
      ),
    );
    expect(newRubric).toBeInstanceOf(ValidationError);
  });

  it("puts a duplicate code on the code field, and rewords a goal with its version", async () => {
    const { committeeId, actor } = await committeeWithAdmin();
    const { id: planId } = await savePlan(actor, planInput(committeeId));
    const g = await saveGoal(actor, goalInput(planId, "ARB"));
    const dup = await refusalOf(saveGoal(actor, goalInput(planId, "ARB")));
    expect((dup as ValidationError).fieldErrors).toEqual({ code: "plansAdmin.codeTaken" });
    await saveGoal(actor, { ...goalInput(planId, "ARB"), goalId: g.id, version: 1, title: "Flere i job" });
    expect(await goalOf(g.id)).toMatchObject({ title: "Flere i job", version: 2 });
  });
});

describe("a pool's funds years", () => {
  it("writes a history row (from → to, who) for the first budget and each change, no duplicate year", async () => {
    const { committeeId, actor } = await committeeWithAdmin();
    const { id: poolId } = await savePool(
      actor,
      poolFormSchema.parse({
        committeeId,
        name: "Puljen",
        description: "",
        rules: "Foreninger i bydelen",
        ceiling: "50.000",
        advanceSharePct: "50",
        auditorLimit: "200.000 kr.",
        accountsDeadlineMonths: "1",
      }),
    );
    expect(await db().pool.findUniqueOrThrow({ where: { id: poolId } })).toMatchObject({
      ceilingOre: 5_000_000n,
      auditorLimitOre: 20_000_000n,
      advanceSharePct: 50,
    });
    const { id: yearId } = await addPoolYear(
      actor,
      poolYearSchema.parse({ poolId, year: "2027", budget: "400.000 kr.", note: "" }),
    );
    await changePoolBudget(
      actor,
      poolBudgetSchema.parse({ poolYearId: yearId, version: "1", budget: "450.000", note: "Ekstra midler" }),
    );
    const history = (await getPoolPage(actor, committeeId, poolId))!.years[0]!.history;
    expect(history.map((h) => [h.fromOre, h.toOre, h.note, h.by])).toEqual([
      [null, 40_000_000, "", actor.name],
      [40_000_000, 45_000_000, "Ekstra midler", actor.name],
    ]);
    expect(await db().auditEntry.count({ where: { entityId: yearId } })).toBe(2);

    const dup = await refusalOf(
      addPoolYear(actor, poolYearSchema.parse({ poolId, year: "2027", budget: "1", note: "" })),
    );
    expect((dup as ValidationError).fieldErrors).toEqual({ year: "poolsAdmin.yearTaken" });
  });
});

describe("working groups", () => {
  it("removes a member softly and revives the same row when they are added again", async () => {
    const { committeeId, actor } = await committeeWithAdmin();
    const { user } = await createUser({ roles: [{ committeeId, role: "MEMBER" }] });
    const outsider = await createUser();
    const { id: groupId } = await saveGroup(actor, { committeeId, groupId: "", name: "Kultur", description: "" });
    await addGroupMember(actor, { groupId, userId: user.id, isCoordinator: true });
    const row = await db().workingGroupMember.findFirstOrThrow({ where: { workingGroupId: groupId } });
    await removeGroupMember(actor, { groupId, userId: user.id });
    expect((await getGroupsPage(actor, committeeId))!.groups[0]!.members).toEqual([]);
    await addGroupMember(actor, { groupId, userId: user.id, isCoordinator: false });
    const again = await db().workingGroupMember.findMany({ where: { workingGroupId: groupId } });
    expect(again).toHaveLength(1);
    expect(again[0]).toMatchObject({ id: row.id, deletedAt: null, isCoordinator: false });

    const notHere = await refusalOf(addGroupMember(actor, { groupId, userId: outsider.user.id, isCoordinator: false }));
    expect((notHere as ValidationError).fieldErrors).toEqual({ userId: "groupsAdmin.notInCommittee" });
    const dup = await refusalOf(saveGroup(actor, { committeeId, groupId: "", name: "Kultur", description: "" }));
    expect((dup as ValidationError).fieldErrors).toEqual({ name: "groupsAdmin.nameTaken" });
  });
});

describe("an installation admin's working group", () => {
  it("is refused, not a database error, for a committee that does not exist or is archived", async () => {
    // The demo admin is an installation admin: committee:manage holds for any committee id it is given.
    const admin = await actorFor("admin@example.dk");
    const nowhere = await refusalOf(
      saveGroup(admin, { committeeId: "no-such-committee", groupId: "", name: "X", description: "" }),
    );
    expect(nowhere).toBeInstanceOf(NotFoundError);
    const { committeeId } = await committeeWithAdmin();
    await db().committee.update({ where: { id: committeeId }, data: { deletedAt: new Date() } });
    const archived = await refusalOf(saveGroup(admin, { committeeId, groupId: "", name: "X", description: "" }));
    expect(archived).toBeInstanceOf(NotFoundError);
    expect(await db().workingGroup.count({ where: { committeeId } })).toBe(0);
  });
});

describe("an admin of committee A on committee B", () => {
  it("is refused every plan, pool and group action there, and reads none of B's pages", async () => {
    const b = await committeeWithAdmin();
    const { id: planId } = await savePlan(b.actor, planInput(b.committeeId));
    const { id: goalId } = await saveGoal(b.actor, goalInput(planId, "SOC"));
    const { id: poolId } = await savePool(
      b.actor,
      poolFormSchema.parse({
        committeeId: b.committeeId,
        name: "B's pulje",
        description: "",
        rules: "",
        ceiling: "",
        advanceSharePct: "",
        auditorLimit: "",
        accountsDeadlineMonths: "1",
      }),
    );
    const { id: yearId } = await addPoolYear(
      b.actor,
      poolYearSchema.parse({ poolId, year: "2026", budget: "1.000", note: "" }),
    );
    const { id: groupId } = await saveGroup(b.actor, {
      committeeId: b.committeeId,
      groupId: "",
      name: "B's gruppe",
      description: "",
    });
    const { actor } = await committeeWithAdmin();

    const denied = [ForbiddenError, NotFoundError];
    const attempts: (() => Promise<unknown>)[] = [
      () => savePlan(actor, planInput(b.committeeId)),
      () => savePlan(actor, { ...planInput(b.committeeId), planId, version: 1 }),
      () => saveGoal(actor, goalInput(planId, "NY")),
      () => setGoalState(actor, { goalId, version: 1, to: "retired" }),
      () => savePool(actor, { ...poolFormSchema.parse(poolRaw(b.committeeId)), poolId, version: 1 }),
      () => addPoolYear(actor, poolYearSchema.parse({ poolId, year: "2027", budget: "1", note: "" })),
      () => changePoolBudget(actor, { poolYearId: yearId, version: 1, budget: "2", note: "Overtaget" }),
      () => saveGroup(actor, { committeeId: b.committeeId, groupId: "", name: "Ny", description: "" }),
      () => saveGroup(actor, { committeeId: b.committeeId, groupId, name: "Omdøbt", description: "" }),
      () => archiveGroup(actor, { groupId }),
      () => addGroupMember(actor, { groupId, userId: actor.id, isCoordinator: false }),
      () => removeGroupMember(actor, { groupId, userId: actor.id }),
    ];
    for (const attempt of attempts) {
      const e = await refusalOf(attempt());
      expect(
        denied.some((k) => e instanceof k),
        String(e),
      ).toBe(true);
    }
    expect(await getPlansPage(actor, b.committeeId)).toBeNull();
    expect(await getPlanPage(actor, b.committeeId, planId)).toBeNull();
    expect(await getPoolsPage(actor, b.committeeId)).toBeNull();
    expect(await getPoolPage(actor, b.committeeId, poolId)).toBeNull();
    expect(await getGroupsPage(actor, b.committeeId)).toBeNull();
    expect((await goalOf(goalId)).retiredAt).toBeNull();
    expect((await db().poolYear.findUniqueOrThrow({ where: { id: yearId } })).budgetOre).toBe(100_000n);
  });
});

function poolRaw(committeeId: string) {
  return {
    committeeId,
    name: "Overtaget",
    description: "",
    rules: "",
    ceiling: "",
    advanceSharePct: "",
    auditorLimit: "",
    accountsDeadlineMonths: "1",
  };
}

describe("the demo seed", () => {
  it("gives every seeded funds year its first budget as the first row of its history", async () => {
    const years = await db().poolYear.findMany({
      where: { pool: { id: { startsWith: "demo-pool-" } } },
      include: { budgetChanges: true },
    });
    expect(years.length).toBeGreaterThan(0);
    for (const y of years)
      expect(y.budgetChanges.map((c) => [c.previousOre, c.budgetOre])).toEqual([[null, y.budgetOre]]);
  });
});

describe("a renamed committee on the public site", () => {
  it("still filters the initiatives by its old slug, and the old address names the new one", async () => {
    const filters = { q: "", goal: null, year: null, status: null };
    const before = (await listInitiatives(null, { ...filters, committee: "noerrebro" })).total;
    expect(before).toBeGreaterThan(0);
    const admin = await actorFor("admin@example.dk");
    const c = await db().committee.findUniqueOrThrow({ where: { id: "demo-committee-noerrebro" } });
    await updateCommittee(admin, {
      committeeId: c.id,
      version: c.version,
      name: c.name,
      kind: c.kind,
      slug: "noerrebro-lokaludvalg",
      municipality: c.municipality,
      district: c.district ?? "",
      description: c.description,
      contactName: "",
      contactEmail: "",
      contactPhone: "",
    });
    expect((await listInitiatives(null, { ...filters, committee: "noerrebro" })).total).toBe(before);
    expect((await listInitiatives(null, { ...filters, committee: "noerrebro-lokaludvalg" })).total).toBe(before);
    expect(await getCurrentCommitteeSlug(null, "noerrebro")).toBe("noerrebro-lokaludvalg");
  });
});
