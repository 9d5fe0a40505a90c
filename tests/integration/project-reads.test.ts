import { beforeAll, describe, expect, it } from "vitest";
import { createProject, saveProject } from "@/lib/projects/mutations";
import {
  getProjectDocument,
  getProjectPage,
  getStatusHistory,
  getVersionSnapshots,
  missingForRecommendation,
} from "@/lib/projects/queries";
import { changeProjectStatus } from "@/lib/projects/status-mutations";
import { seedDemo } from "@/prisma/seed/demo";
import { actorFor } from "@/tests/factories";

const committeeId = "demo-committee-noerrebro";

/** A draft on the 2025 form (which requires a purpose), with the vice-chair on it. */
async function draftOnTheForm() {
  const secretariat = await actorFor("sekretariat@example.dk");
  return createProject(
    secretariat,
    committeeId,
    {
      id: "x",
      slug: "x",
      kind: "INTERNAL",
      title: "Læseprøve",
      status: "IDEA",
      people: [{ role: "RESPONSIBLE", name: "Jesper Langebæk", userEmail: "medlem2@example.dk" }],
    },
    { templateId: "demo-template-noerrebro-2025" },
  );
}

beforeAll(async () => {
  await seedDemo(process.env.DATABASE_URL!);
}, 60_000);

describe("a project's reads start from the person reading", () => {
  it("gives the page with what this person may do: the secretariat and one on it edit, another reads", async () => {
    const { id } = await draftOnTheForm();
    const secretariat = await actorFor("sekretariat@example.dk");
    await changeProjectStatus(secretariat, id, "IDEA", { to: "DRAFT" });

    const staff = (await getProjectPage(secretariat, id))!;
    expect(staff.project.title).toBe("Læseprøve");
    expect(staff.canEdit).toBe(true);
    expect(staff.moves.map((m) => m.to)).toEqual(expect.arrayContaining(["IDEA", "RECOMMENDED"]));
    expect(staff.history.map((h) => [h.from, h.to, h.by])).toEqual([
      [null, "IDEA", "Søren Sekretariat"],
      ["IDEA", "DRAFT", "Søren Sekretariat"],
    ]);
    // Only someone who could recommend it is told what the form still requires.
    expect(staff.missing).toEqual([{ heading: "Formål med projektet", part: "PURPOSE" }]);

    const onProject = (await getProjectPage(await actorFor("medlem2@example.dk"), id))!;
    expect(onProject.canEdit).toBe(true);
    expect(onProject.moves.map((m) => m.to)).toContain("RECOMMENDED");

    const reader = (await getProjectPage(await actorFor("medlem1@example.dk"), id))!;
    expect(reader.canEdit).toBe(false);
    expect(reader.moves).toEqual([]);
    expect(reader.missing).toEqual([]);
    expect(reader.history).toHaveLength(2);
  });

  it("gives someone outside the committee nothing: no page, no document, no history, no versions", async () => {
    const { id } = await draftOnTheForm();
    const secretariat = await actorFor("sekretariat@example.dk");
    const doc = (await getProjectDocument(secretariat, id))!;
    await saveProject(secretariat, id, doc.version, { ...doc, purpose: "At samle erfaringerne." });
    expect((await getVersionSnapshots(secretariat, id, [1, 2])).size).toBe(2);
    expect(await missingForRecommendation(secretariat, id)).toEqual([]);

    const applicant = await actorFor("ansoeger@example.dk");
    expect(await getProjectPage(applicant, id)).toBeNull();
    expect(await getProjectDocument(applicant, id)).toBeNull();
    expect(await getStatusHistory(applicant, id)).toEqual([]);
    expect((await getVersionSnapshots(applicant, id, [1, 2])).size).toBe(0);
    expect(await missingForRecommendation(applicant, id)).toEqual([]);
  });
});
