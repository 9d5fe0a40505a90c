import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/auth/permissions";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/actions/errors";
import { getProjectView } from "@/lib/projects/queries";
import { printable } from "@/lib/projects/print";
import { archiveTemplate, copyTemplate, saveTemplate } from "@/lib/templates/mutations";
import { getTemplate, listTemplates } from "@/lib/templates/queries";
import type { TemplateFormInput } from "@/lib/templates/schema";
import { seedDemo } from "@/prisma/seed/demo";
import { actorFor } from "@/tests/factories";

const templateId = "demo-template-noerrebro-2024";

async function asInput(id: string): Promise<TemplateFormInput> {
  const t = await db().template.findUniqueOrThrow({
    where: { id },
    include: { sections: { orderBy: { position: "asc" } } },
  });
  return {
    templateId: t.id,
    version: t.version,
    committeeId: t.committeeId ?? "",
    name: t.name,
    formTitle: t.formTitle,
    projectKind: t.projectKind,
    sections: t.sections.map((s) => ({
      id: s.id,
      part: s.part,
      heading: s.heading,
      helpText: s.helpText,
      inline: s.inline,
      required: s.required,
    })),
  };
}

beforeAll(async () => {
  await seedDemo(process.env.DATABASE_URL!);
}, 60_000);

describe("templates edited in the browser", () => {
  it(
    "renames, reorders and adds a section of the committee's own; the project prints in the new " +
      "words and order; the change is audited",
    async () => {
      const secretariat = await actorFor("sekretariat@example.dk");
      const input = await asInput(templateId);
      const purpose = input.sections.findIndex((s) => s.part === "PURPOSE");
      input.sections[purpose] = { ...input.sections[purpose]!, heading: "Projektets formål" };
      // Budget moves up to just after the purpose; a free section of the committee's own goes last.
      const budget = input.sections.findIndex((s) => s.part === "BUDGET");
      const [budgetSection] = input.sections.splice(budget, 1);
      input.sections.splice(purpose + 1, 0, budgetSection!);
      input.sections.push({
        id: "",
        part: "FREE",
        heading: "Lokal forankring",
        helpText: "Hvem fører projektet videre?",
        inline: false,
        required: false,
      });
      const { version } = await saveTemplate(secretariat, input);
      expect(version).toBe(input.version + 1);

      // A project on the template has a free section of that heading: it prints in the form's place for it.
      const projectId = "demo-project-stemmer";
      await db().freeSection.create({
        data: { projectId, heading: "Lokal forankring", body: "Foreningen fortsætter arrangementet.", position: 9 },
      });
      const project = (await getProjectView(secretariat, projectId))!;
      const printed = printable(project, "da");
      const headings = printed.sections.map((s) => s.heading);
      expect(headings.indexOf("Projektets formål")).toBe(headings.indexOf("Økonomi") - 1);
      expect(headings.filter((h) => h === "Lokal forankring")).toHaveLength(1);
      expect(printed.sections.find((s) => s.heading === "Lokal forankring")?.blocks).toEqual([
        { kind: "p", text: "Foreningen fortsætter arrangementet." },
      ]);

      const view = (await getTemplate(secretariat, templateId))!;
      expect(view.history[0]).toMatchObject({ action: "template.update", by: "Søren Sekretariat", version });
      expect(view.history[0]!.changes).toEqual(
        expect.arrayContaining([
          { kind: "heading", part: "PURPOSE", from: "Formål med projektet", to: "Projektets formål" },
          { kind: "added", part: "FREE", heading: "Lokal forankring" },
          { kind: "order" },
        ]),
      );
    },
  );

  it("gives the later of two editors a conflict and writes nothing", async () => {
    const secretariat = await actorFor("sekretariat@example.dk");
    const admin = await actorFor("admin@example.dk");
    const first = await asInput(templateId);
    const second = await asInput(templateId);
    await saveTemplate(secretariat, { ...first, formTitle: "PROJEKTBESKRIVELSE" });
    await expect(saveTemplate(admin, { ...second, formTitle: "Noget andet" })).rejects.toThrow(ConflictError);
    expect((await db().template.findUniqueOrThrow({ where: { id: templateId } })).formTitle).toBe("PROJEKTBESKRIVELSE");
  });

  it("refuses a form without a title or with a part twice, and members who do not manage templates", async () => {
    const secretariat = await actorFor("sekretariat@example.dk");
    const input = await asInput(templateId);
    await expect(
      saveTemplate(secretariat, { ...input, sections: input.sections.filter((s) => s.part !== "TITLE") }),
    ).rejects.toThrow(ValidationError);
    await expect(
      saveTemplate(secretariat, { ...input, sections: [...input.sections, { ...input.sections[1]!, id: "" }] }),
    ).rejects.toMatchObject({
      fieldErrors: { [`sections.${input.sections.length}.part`]: "templates.errors.partTwice" },
    });
    const member = await actorFor("medlem1@example.dk");
    await expect(saveTemplate(member, input)).rejects.toThrow(ForbiddenError);
    expect(await listTemplates(member)).toEqual([]);
    // The secretariat of Nørrebro and Mørkhøj sees both committees' templates; nobody sees beyond their committees.
    expect((await listTemplates(secretariat)).map((t) => t.id)).toContain("demo-template-gladsaxe-program");
  });

  it(
    "copies a template for another committee, and archives one without touching the projects " + "written on it",
    async () => {
      const admin = await actorFor("admin@example.dk");
      const copyName = "Mørkhøj – projektbeskrivelse";
      const { id } = await copyTemplate(admin, templateId, "demo-committee-moerkhoej", copyName);
      const copy = await db().template.findUniqueOrThrow({ where: { id }, include: { sections: true } });
      expect(copy.committeeId).toBe("demo-committee-moerkhoej");
      expect(copy.sections.length).toBe((await asInput(templateId)).sections.length);

      const before = await db().project.count({ where: { templateId } });
      const { version } = await db().template.findUniqueOrThrow({ where: { id: templateId } });
      await expect(archiveTemplate(admin, templateId, version - 1)).rejects.toThrow(ConflictError);
      await archiveTemplate(admin, templateId, version);
      expect(await db().project.count({ where: { templateId } })).toBe(before);
      expect((await listTemplates(admin)).map((t) => t.id)).not.toContain(templateId);
      await expect(saveTemplate(admin, await asInput(templateId))).rejects.toThrow(NotFoundError);
    },
  );
});
