import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError, type Actor } from "@/lib/auth/permissions";
import { ConflictError } from "@/lib/actions/errors";
import type { ProjectDocument } from "@/lib/projects/document";
import { budgetMatrix, budgetTotal } from "@/lib/projects/model";
import { createProject, restoreVersion, saveProject } from "@/lib/projects/mutations";
import { readProjectDocument } from "@/lib/projects/read";
import { projectDocumentSchema } from "@/lib/projects/schema";
import { seedDemo } from "@/prisma/seed/demo";
import { actorFor } from "@/tests/factories";

let secretariat: Actor;

/** Ids and slugs differ between copies; everything else must not. */
function normalise(doc: ProjectDocument): unknown {
  const slugs = new Map<string, string>();
  (doc.children ?? []).forEach((c, i) => slugs.set(c.slug, `child-${i}`));
  const walk = (d: ProjectDocument): unknown => ({
    ...d,
    id: undefined,
    slug: undefined,
    budget: d.budget?.map((l) => ({
      ...l,
      interventionSlug: l.interventionSlug ? slugs.get(l.interventionSlug) : undefined,
    })),
    quarterPlan: d.quarterPlan?.map((s) => ({
      ...s,
      interventionSlug: s.interventionSlug ? slugs.get(s.interventionSlug) : undefined,
    })),
    children: d.children?.map(walk),
  });
  return JSON.parse(JSON.stringify(walk(doc)));
}

beforeAll(async () => {
  await seedDemo(process.env.DATABASE_URL!);
  secretariat = await actorFor("sekretariat@example.dk");
}, 60_000);

describe("a project as one JSON document", () => {
  it.each(["demo-project-boligsocial", "demo-project-stemmer", "demo-project-moerkhoej"])(
    "%s: export, then import, gives an identical project",
    async (id) => {
      const exported = (await readProjectDocument(db(), id))!;
      expect(projectDocumentSchema.safeParse(exported).success).toBe(true);
      const committeeId = (await db().project.findUniqueOrThrow({ where: { id } })).committeeId;
      const admin = await actorFor("admin@example.dk");
      const { id: copyId } = await createProject(admin, committeeId, JSON.parse(JSON.stringify(exported)), {
        note: "Importeret",
      });
      const again = (await readProjectDocument(db(), copyId))!;
      expect(normalise(again)).toEqual(normalise(exported));
    },
  );

  it("keeps the Gladsaxe programme's budget matrix at 2.510.000 kr. through export and import", async () => {
    const exported = (await readProjectDocument(db(), "demo-project-moerkhoej"))!;
    const { id } = await createProject(await actorFor("admin@example.dk"), "demo-committee-moerkhoej", exported);
    const lines = (await db().budgetLine.findMany({ where: { projectId: id } })).map((l) => ({
      ...l,
      amountOre: l.amountOre === null ? null : Number(l.amountOre),
    }));
    expect(budgetMatrix(lines).totalOre).toBe(251_000_000);
    expect(budgetTotal(lines)).toBe(251_000_000);
  });
});

describe("versions", () => {
  it("the later of two editors gets a conflict; the history holds both versions; restore makes a new one", async () => {
    const id = "demo-project-stemmer";
    const start = await db().project.findUniqueOrThrow({ where: { id } });
    const versionsBefore = await db().projectVersion.findMany({
      where: { projectId: id },
      orderBy: { version: "asc" },
    });
    const doc = (await readProjectDocument(db(), id))!;
    await saveProject(secretariat, id, start.version, { ...doc, purpose: "Første redaktørs formål." }, "Første");
    await expect(
      saveProject(secretariat, id, start.version, { ...doc, purpose: "Anden redaktørs formål." }, "Anden"),
    ).rejects.toThrow(ConflictError);
    expect((await db().project.findUniqueOrThrow({ where: { id } })).purpose).toBe("Første redaktørs formål.");
    const versions = await db().projectVersion.findMany({ where: { projectId: id }, orderBy: { version: "asc" } });
    expect(versions.map((v) => v.version)).toEqual([...versionsBefore.map((v) => v.version), start.version + 1]);
    expect((versions.at(-1)!.snapshot as { purpose: string }).purpose).toBe("Første redaktørs formål.");

    await restoreVersion(secretariat, id, start.version + 1, start.version);
    const restored = await db().project.findUniqueOrThrow({ where: { id } });
    expect(restored.version).toBe(start.version + 2);
    expect(restored.purpose).toBe(doc.purpose ?? "");
  });

  it("lets a member edit a project they are on, and no other", async () => {
    const member = await actorFor("medlem2@example.dk");
    const onProject = await db().projectPerson.findFirst({ where: { userId: member.id }, select: { projectId: true } });
    const other = await db().project.findFirstOrThrow({
      where: { committeeId: "demo-committee-noerrebro", parentId: null, people: { none: { userId: member.id } } },
    });
    const doc = (await readProjectDocument(db(), other.id))!;
    await expect(saveProject(member, other.id, other.version, doc)).rejects.toThrow(ForbiddenError);
    if (onProject) {
      const p = await db().project.findUniqueOrThrow({ where: { id: onProject.projectId } });
      await expect(
        saveProject(member, p.id, p.version, (await readProjectDocument(db(), p.id))!, "Medlem"),
      ).resolves.toMatchObject({ version: p.version + 1 });
    }
  });

  it("refuses sub-lines above their parent, an end before its start, and absurd amounts", () => {
    const base = { id: "x", slug: "x", kind: "INTERNAL", title: "Projekt", status: "DRAFT" } as const;
    const issues = (d: object) =>
      projectDocumentSchema.safeParse(d).error?.issues.map((i) => `${i.path.join(".")}:${i.message}`) ?? [];
    expect(
      issues({
        ...base,
        budget: [
          {
            label: "Forplejning",
            amountOre: 100_000,
            children: [
              { label: "Kaffe", amountOre: 80_000 },
              { label: "Kage", amountOre: 40_000 },
            ],
          },
        ],
      }),
    ).toEqual(["budget.0.amountOre:projectEdit.subLinesExceed"]);
    expect(issues({ ...base, startDate: "2027-05-01", endDate: "2027-04-01" })).toEqual([
      "endDate:projectEdit.endBeforeStart",
    ]);
    expect(issues({ ...base, budget: [{ label: "Alt", amountOre: 1e15 }] })).toEqual([
      "budget.0.amountOre:projectEdit.amountTooLarge",
    ]);
  });
});
