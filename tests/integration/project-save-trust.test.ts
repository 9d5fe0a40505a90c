import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/auth/permissions";
import { ValidationError } from "@/lib/actions/errors";
import type { ProjectDocument } from "@/lib/projects/document";
import { createProject, saveProject } from "@/lib/projects/mutations";
import { changeProjectStatus } from "@/lib/projects/status-mutations";
import { readProjectDocument } from "@/lib/projects/read";
import { projectDocumentSchema } from "@/lib/projects/schema";
import { seedDemo } from "@/prisma/seed/demo";
import { actorFor } from "@/tests/factories";

// Issue 10, point 4: a save is trusted no further than the editor's form shows.
const committeeId = "demo-committee-noerrebro";

const intervention = (title: string): ProjectDocument => ({
  id: title,
  slug: title.toLowerCase(),
  kind: "INTERVENTION",
  title,
  status: "DRAFT",
  effect: "Flere aktive børn",
});

async function programme() {
  const secretariat = await actorFor("sekretariat@example.dk");
  const { id } = await createProject(secretariat, committeeId, {
    id: "x",
    slug: "x",
    kind: "PROGRAMME",
    title: "Program med tillid",
    status: "DRAFT",
    people: [{ role: "RESPONSIBLE", name: "Jesper Langebæk", userEmail: "medlem2@example.dk" }],
    children: [intervention("Lektiecafe"), intervention("Fodbold")],
  });
  return { id, secretariat };
}

const current = async (id: string) =>
  (await db().project.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
const doc = async (id: string) => (await readProjectDocument(db(), id))!;

beforeAll(async () => {
  await seedDemo(process.env.DATABASE_URL!);
}, 60_000);

describe("what a project save may change", () => {
  it("a save cannot change the workflow status of an intervention", async () => {
    const { id, secretariat } = await programme();
    const d = await doc(id);
    const children = d.children!.map((c) => ({ ...c, status: "APPROVED" as const }));
    await saveProject(secretariat, id, await current(id), { ...d, children });
    const statuses = await db().project.findMany({ where: { parentId: id }, select: { status: true } });
    expect(statuses.map((s) => s.status)).toEqual(["DRAFT", "DRAFT"]);
  });

  it("a new intervention added in a save starts as a draft, whatever status the document claims", async () => {
    const { id, secretariat } = await programme();
    const d = await doc(id);
    await saveProject(secretariat, id, await current(id), {
      ...d,
      children: [...d.children!, { ...intervention("Kaproning"), status: "RUNNING" }],
    });
    const added = await db().project.findFirstOrThrow({
      where: { parentId: id, title: "Kaproning" },
      select: { status: true },
    });
    expect(added.status).toBe("DRAFT");
  });

  it("saving a programme keeps its interventions, their ids and their status history", async () => {
    const { id, secretariat } = await programme();
    const before = await db().project.findMany({
      where: { parentId: id },
      orderBy: { position: "asc" },
      select: { id: true, createdAt: true },
    });
    await changeProjectStatus(secretariat, before[0]!.id, "DRAFT", { to: "IDEA", reason: "" });
    const d = await doc(id);
    const edited = d.children!.map((c, i) => (i === 0 ? { ...c, effect: "Endnu flere aktive børn" } : c));
    await saveProject(secretariat, id, await current(id), { ...d, children: edited });
    const after = await db().project.findMany({
      where: { parentId: id },
      orderBy: { position: "asc" },
      select: { id: true, createdAt: true, effect: true, status: true },
    });
    expect(after.map((c) => c.id)).toEqual(before.map((c) => c.id));
    expect(after.map((c) => c.createdAt)).toEqual(before.map((c) => c.createdAt));
    expect(after[0]).toMatchObject({ effect: "Endnu flere aktive børn", status: "IDEA" });
    const history = await db().projectStatusChange.findMany({
      where: { projectId: before[0]!.id },
      select: { from: true, to: true },
    });
    expect(history).toContainEqual({ from: "DRAFT", to: "IDEA" });
  });

  it("an intervention removed in the editor leaves the programme but keeps its history", async () => {
    const { id, secretariat } = await programme();
    const d = await doc(id);
    const [kept, dropped] = d.children!;
    await changeProjectStatus(secretariat, dropped!.id, "DRAFT", { to: "IDEA", reason: "" });
    await saveProject(secretariat, id, await current(id), { ...d, children: [kept!] });
    expect((await doc(id)).children?.map((c) => c.id)).toEqual([kept!.id]);
    expect(await db().projectStatusChange.count({ where: { projectId: dropped!.id } })).toBeGreaterThan(0);
  });

  it("a member on the project renames people but cannot link another user account to it", async () => {
    const { id } = await programme();
    const member = await actorFor("medlem2@example.dk");
    const d = await doc(id);
    const renamed = d.people!.map((p) => ({ ...p, name: "Jesper L." }));
    await saveProject(member, id, await current(id), { ...d, people: renamed });
    expect((await db().projectPerson.findFirstOrThrow({ where: { projectId: id } })).userId).toBe(member.id);

    const d2 = await doc(id);
    const linked = [...d2.people!, { role: "PARTICIPANT" as const, name: "Trine", userEmail: "medlem1@example.dk" }];
    const refused = saveProject(member, id, await current(id), { ...d2, people: linked });
    await expect(refused).rejects.toThrow(ValidationError);
    await expect(refused).rejects.toMatchObject({
      fieldErrors: { "people.1.userEmail": "projectSafety.peopleLinkForbidden" },
    });
    const medlem1 = await actorFor("medlem1@example.dk");
    expect(await db().projectPerson.count({ where: { projectId: id, userId: medlem1.id } })).toBe(0);
    await expect(saveProject(medlem1, id, await current(id), d2)).rejects.toThrow(ForbiddenError);
  });

  it("a member cannot hand a linked person's place to another account by changing the e-mail", async () => {
    const { id, secretariat } = await programme();
    const member = await actorFor("medlem2@example.dk");
    const d = await doc(id);
    await saveProject(secretariat, id, await current(id), {
      ...d,
      people: [...d.people!, { role: "PARTICIPANT", name: "Lene", userEmail: "medlem3@example.dk" }],
    });
    const d2 = await doc(id);
    const swapped = d2.people!.map((p) =>
      p.userEmail === "medlem3@example.dk" ? { ...p, userEmail: "medlem4@example.dk" } : p,
    );
    await expect(saveProject(member, id, await current(id), { ...d2, people: swapped })).rejects.toThrow(
      ValidationError,
    );
  });

  it("the secretariat links a user account to a project; the person may then edit it", async () => {
    const { id, secretariat } = await programme();
    const d = await doc(id);
    await saveProject(secretariat, id, await current(id), {
      ...d,
      people: [...d.people!, { role: "PARTICIPANT", name: "Trine", userEmail: "medlem1@example.dk" }],
    });
    const medlem1 = await actorFor("medlem1@example.dk");
    await expect(saveProject(medlem1, id, await current(id), await doc(id))).resolves.toMatchObject({
      version: expect.any(Number),
    });
  });

  it("a slug outside [a-z0-9-] is refused next to the field, and a taken slug too", async () => {
    const base = { id: "x", kind: "INTERNAL", title: "Projekt", status: "DRAFT" } as const;
    for (const slug of ["Ond/../sti", "med mellemrum", "<script>", "æøå", "UPPER"]) {
      const issues = projectDocumentSchema.safeParse({ ...base, slug }).error?.issues ?? [];
      expect(
        issues.map((i) => `${i.path.join(".")}:${i.message}`),
        slug,
      ).toEqual(["slug:projectSafety.slugInvalid"]);
    }
    expect(projectDocumentSchema.safeParse({ ...base, slug: "lektiecafe-2027" }).success).toBe(true);
    const { id, secretariat } = await programme();
    const d = await doc(id);
    await expect(saveProject(secretariat, id, await current(id), { ...d, slug: "Ond/../sti" })).rejects.toMatchObject({
      fieldErrors: { slug: "projectSafety.slugInvalid" },
    });
    const other = await db().project.findUniqueOrThrow({
      where: { id: "demo-project-stemmer" },
      select: { slug: true },
    });
    await expect(saveProject(secretariat, id, await current(id), { ...d, slug: other.slug })).rejects.toMatchObject({
      fieldErrors: { slug: "projectSafety.slugTaken" },
    });
  });
});
