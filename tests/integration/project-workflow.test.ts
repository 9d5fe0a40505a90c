import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/auth/permissions";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/actions/errors";
import { createProject, saveProject } from "@/lib/projects/mutations";
import { missingForRecommendation } from "@/lib/projects/queries";
import { changeProjectStatus } from "@/lib/projects/status-mutations";
import { readProjectDocument } from "@/lib/projects/read";
import { seedDemo } from "@/prisma/seed/demo";
import { recordMeetingDecision } from "@/lib/meetings/live-mutations";
import { actorFor } from "@/tests/factories";
import { decisionInput } from "./meeting-live-helpers";

/** A meeting of the demo committee with the project on its agenda as a decision item. */
async function projectItem(projectId: string) {
  const meeting = await db().meeting.create({
    data: { committeeId, title: "Workflowmøde", startsAt: new Date("2026-11-30T17:00:00Z"), status: "AGENDA_SENT" },
  });
  return db().agendaItem.create({ data: { meetingId: meeting.id, position: 1, title: "Workflowprøve", projectId } });
}

const committeeId = "demo-committee-noerrebro";

async function newProject() {
  const secretariat = await actorFor("sekretariat@example.dk");
  return createProject(secretariat, committeeId, {
    id: "x",
    slug: "x",
    kind: "INTERNAL",
    title: "Workflowprøve",
    status: "IDEA",
    people: [{ role: "RESPONSIBLE", name: "Jesper Langebæk", userEmail: "medlem2@example.dk" }],
    budget: [{ label: "Forplejning", amountOre: 2_750_000 }],
  });
}

beforeAll(async () => {
  await seedDemo(process.env.DATABASE_URL!);
}, 60_000);

describe("the workflow of an internal project, against the database", () => {
  it(
    "moves from idea to closed, each move by someone allowed to make it, recorded with who, " + "when and why",
    async () => {
      const { id } = await newProject();
      const secretariat = await actorFor("sekretariat@example.dk");
      const onProject = await actorFor("medlem2@example.dk");
      const notOnProject = await actorFor("medlem4@example.dk");

      await expect(changeProjectStatus(notOnProject, id, "IDEA", { to: "DRAFT" })).rejects.toThrow(ForbiddenError);
      await changeProjectStatus(onProject, id, "IDEA", { to: "DRAFT" });
      await changeProjectStatus(onProject, id, "DRAFT", { to: "RECOMMENDED" });
      // The working group recommends; the decision is the committee's, taken at a meeting: no move approves it.
      await expect(changeProjectStatus(onProject, id, "RECOMMENDED", { to: "APPROVED" })).rejects.toMatchObject({
        fieldErrors: { to: "projectWorkflow.errors.notAllowed" },
      });
      for (const to of ["APPROVED", "SCALED_DOWN", "REFUSED", "POSTPONED"] as const)
        await expect(changeProjectStatus(secretariat, id, "RECOMMENDED", { to, reason: "For dyrt" })).rejects.toThrow(
          ValidationError,
        );
      const item = await projectItem(id);
      await recordMeetingDecision(
        secretariat,
        {
          ...decisionInput(item),
          projectId: id,
          outcome: "APPROVED",
          amount: "27.500",
          years: [{ year: 2026, amount: "27.500" }],
        },
        new Date("2026-11-30T18:00:00Z"),
      );
      expect(
        await db().project.findUniqueOrThrow({ where: { id }, select: { status: true, approvedAmountOre: true } }),
      ).toEqual({ status: "APPROVED", approvedAmountOre: 2_750_000n });

      // A move from a status someone else has already left is a conflict, not an overwrite.
      await expect(changeProjectStatus(secretariat, id, "RECOMMENDED", { to: "DRAFT" })).rejects.toThrow(ConflictError);
      await changeProjectStatus(onProject, id, "APPROVED", { to: "RUNNING" });
      await changeProjectStatus(onProject, id, "RUNNING", { to: "HELD" });
      await changeProjectStatus(onProject, id, "HELD", { to: "EVALUATED" });
      await expect(changeProjectStatus(onProject, id, "EVALUATED", { to: "CLOSED" })).rejects.toThrow(ForbiddenError);
      await changeProjectStatus(secretariat, id, "EVALUATED", { to: "CLOSED", reason: "Regnskab godkendt" });

      const history = await db().projectStatusChange.findMany({ where: { projectId: id }, orderBy: { at: "asc" } });
      expect(history.map((h) => `${h.from ?? "–"}→${h.to}`)).toEqual([
        "–→IDEA",
        "IDEA→DRAFT",
        "DRAFT→RECOMMENDED",
        "RECOMMENDED→APPROVED",
        "APPROVED→RUNNING",
        "RUNNING→HELD",
        "HELD→EVALUATED",
        "EVALUATED→CLOSED",
      ]);
      expect(history.slice(1).map((h) => h.byId)).toEqual([
        onProject.id,
        onProject.id,
        secretariat.id,
        onProject.id,
        onProject.id,
        onProject.id,
        secretariat.id,
      ]);
      expect(history.at(-1)!.note).toBe("Regnskab godkendt");
      const audited = await db().auditEntry.findMany({ where: { entityId: id, action: "project.status" } });
      expect(audited).toHaveLength(6);
      expect(await db().auditEntry.count({ where: { entityId: id, action: "project.decision" } })).toBe(1);
    },
  );

  it("sends a project to the committee only when what its form requires is written", async () => {
    const secretariat = await actorFor("sekretariat@example.dk");
    // The 2025 form requires the title and the purpose.
    const { id } = await createProject(
      secretariat,
      committeeId,
      { id: "x", slug: "x", kind: "INTERNAL", title: "Uden formål", status: "DRAFT" },
      { templateId: "demo-template-noerrebro-2025" },
    );
    expect(await missingForRecommendation(secretariat, id)).toEqual([
      { heading: "Formål med projektet", part: "PURPOSE" },
    ]);
    await expect(changeProjectStatus(secretariat, id, "DRAFT", { to: "RECOMMENDED" })).rejects.toMatchObject({
      fieldErrors: { to: "projectWorkflow.errors.requiredMissing" },
    });
    const { version } = await db().project.findUniqueOrThrow({ where: { id } });
    await saveProject(secretariat, id, version, {
      ...(await readProjectDocument(db(), id))!,
      purpose: "At samle erfaringerne.",
    });
    expect(await missingForRecommendation(secretariat, id)).toEqual([]);
    await changeProjectStatus(secretariat, id, "DRAFT", { to: "RECOMMENDED" });
  });

  it(
    "gives interventions added in the editor ids of their own, and never takes over another " + "project by its id",
    async () => {
      const secretariat = await actorFor("sekretariat@example.dk");
      const { id } = await createProject(secretariat, committeeId, {
        id: "x",
        slug: "x",
        kind: "PROGRAMME",
        title: "Program med indsatser",
        status: "DRAFT",
      });
      const doc = (await readProjectDocument(db(), id))!;
      const child = (title: string, childId: string) => ({
        id: childId,
        slug: childId,
        kind: "INTERVENTION" as const,
        status: "DRAFT" as const,
        title,
        targetGroups: [{ priority: "PRIMARY" as const, text: "Børn og unge" }],
        effect: "Flere aktive børn",
      });
      await saveProject(secretariat, id, 1, {
        ...doc,
        children: [child("Lektiecafé", "new"), child("Fodbold", "new"), child("Kaprer", "demo-project-stemmer")],
      });
      const children = await db().project.findMany({
        where: { parentId: id },
        orderBy: { position: "asc" },
        select: { id: true, title: true, effect: true },
      });
      expect(children.map((c) => c.title)).toEqual(["Lektiecafé", "Fodbold", "Kaprer"]);
      expect(new Set(children.map((c) => c.id)).size).toBe(3);
      expect(children.map((c) => c.id)).not.toContain("demo-project-stemmer");
      expect((await db().project.findUniqueOrThrow({ where: { id: "demo-project-stemmer" } })).parentId).toBeNull();
      // Saved again with the ids it now has: the same interventions, not new ones.
      const again = (await readProjectDocument(db(), id))!;
      await saveProject(secretariat, id, 2, again);
      expect(
        (await db().project.findMany({ where: { parentId: id }, select: { id: true } })).map((c) => c.id).sort(),
      ).toEqual(children.map((c) => c.id).sort());
    },
  );

  it("hides a project from someone outside its committee", async () => {
    const { id } = await newProject();
    const applicant = await actorFor("ansoeger@example.dk");
    await expect(changeProjectStatus(applicant, id, "IDEA", { to: "DRAFT" })).rejects.toThrow(NotFoundError);
  });
});
