import { describe, expect, it } from "vitest";
import { decodeForm } from "@/lib/actions/decode";
import type { ProjectDocument } from "@/lib/projects/document";
import { cellOf, documentFromForm, minutesOf, toFormValues } from "@/lib/projects/editor-form";
import { projectSaveSchema } from "@/lib/projects/schema";
import { moerkhoejProgramme } from "@/prisma/seed/data/gladsaxe-programme";
import { boligsocialKonference, deStemmerViGlemmer } from "@/prisma/seed/data/noerrebro-projects";

const opts = { projectId: "p1", version: 3, ownHeadings: [], locale: "da" as const };
const parse = (raw: unknown) => projectSaveSchema.safeParse(raw);

describe("the project editor's values and the document", () => {
  it.each([
    ["the Nørrebro conference", boligsocialKonference],
    ["De stemmer vi glemmer", deStemmerViGlemmer],
    ["the Mørkhøj programme with its interventions", moerkhoejProgramme],
  ])("%s comes back from the editor's values unchanged", (_name, doc) => {
    const parsed = parse(toFormValues(doc as ProjectDocument, opts));
    expect(parsed.success).toBe(true);
    const { projectId, version, ...back } = parsed.data!;
    expect({ projectId, version }).toEqual({ projectId: "p1", version: 3 });
    expect(JSON.parse(JSON.stringify(back))).toEqual(JSON.parse(JSON.stringify(doc)));
  });

  it("keeps the first and third budget rows with their own labels and amounts when the second is removed", () => {
    const doc: ProjectDocument = {
      id: "p1",
      slug: "p1",
      kind: "INTERNAL",
      status: "DRAFT",
      title: "Tre budgetposter",
      budget: [
        { label: "Leje af sal", amountOre: 1_250_000 },
        { label: "Kaffe og kage", amountOre: 320_000, amountText: "3.200 kr." },
        { label: "Plakater", amountOre: 75_000, interventionSlug: "plakater" },
      ],
    };
    const values = toFormValues(doc, opts);
    const rows = values.budget as Record<string, unknown>[];
    expect(rows.map((r) => r.amountOre)).toEqual(["12.500", "3.200", "750"]);
    const parsed = parse({ ...values, budget: [rows[0], rows[2]] });
    expect(parsed.data?.budget).toEqual([
      { label: "Leje af sal", amountOre: 1_250_000 },
      { label: "Plakater", amountOre: 75_000, interventionSlug: "plakater" },
    ]);
  });

  it("reads the posted form by its dotted names, as the browser sends it without JavaScript", () => {
    const form = new FormData();
    for (const [name, value] of [
      ["projectId", "p1"],
      ["version", "2"],
      ["_rest", JSON.stringify({ id: "p1", slug: "p1", kind: "INTERNAL", status: "DRAFT" })],
      ["title", "Gårdfest"],
      ["secretariatHoursEstimate", "1,5"],
      ["budget.0.label", "Telt"],
      ["budget.0.amountOre", "2.500,50"],
      ["budget.0.children.0.label", "Pløkker"],
      ["budget.0.children.0.amountOre", "500"],
      ["people.0.role", "RESPONSIBLE"],
      ["people.0.name", "Lene"],
      ["people.0.uncertain", "on"],
      ["work.roles.0.label", "Sekretariat"],
      ["work.roles.0.isSecretariat", "on"],
      ["work.rows.0.label", "Forberedelse"],
      ["work.rows.0.cells.0", "2,5"],
      ["quarterPlan.0.rowLabel", "Fest"],
      ["quarterPlan.0.from.0", "2026"],
      ["quarterPlan.0.from.1", "2"],
      ["quarterPlan.0.to.0", "2026"],
      ["quarterPlan.0.to.1", "3"],
      ["quarterPlan.0.label", "Planlægning"],
    ])
      form.append(name!, value!);
    const parsed = parse(decodeForm(form));
    expect(parsed.error?.issues).toBeUndefined();
    expect(parsed.data).toMatchObject({
      projectId: "p1",
      version: 2,
      title: "Gårdfest",
      secretariatHoursEstimate: 90,
      budget: [{ label: "Telt", amountOre: 250_050, children: [{ label: "Pløkker", amountOre: 50_000 }] }],
      people: [{ role: "RESPONSIBLE", name: "Lene", uncertain: true }],
      work: { roles: [{ label: "Sekretariat", isSecretariat: true }], rows: [{ label: "Forberedelse", cells: [150] }] },
      quarterPlan: [{ rowLabel: "Fest", from: [2026, 2], to: [2026, 3], label: "Planlægning" }],
    });
  });

  it("refuses what cannot be read next to its field, and keeps a new row's empty label to be refused", () => {
    const values = toFormValues({ id: "p", slug: "p", kind: "INTERNAL", status: "DRAFT", title: "Et projekt" }, opts);
    const parsed = parse({ ...values, budget: [{ label: "", amountOre: "to tusind" }] });
    const messages = Object.fromEntries(parsed.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(messages).toEqual({
      "budget.0.label": "projectEdit.labelRequired",
      "budget.0.amountOre": "projectEdit.amountInvalid",
    });
  });

  it("offers the committee's own sections to write in, and saves only those written", () => {
    const doc: ProjectDocument = { id: "p", slug: "p", kind: "INTERNAL", status: "DRAFT", title: "Et projekt" };
    const values = toFormValues(doc, { ...opts, ownHeadings: ["Lokal forankring", "Økonomi i øvrigt"] });
    expect(values.freeSections).toEqual([
      { heading: "Lokal forankring", body: "" },
      { heading: "Økonomi i øvrigt", body: "" },
    ]);
    const written = [
      { heading: "Lokal forankring", body: "Foreningen fortsætter." },
      { heading: "Økonomi i øvrigt", body: "" },
    ];
    const back = documentFromForm({ ...values, freeSections: written }) as ProjectDocument;
    expect(back.freeSections).toEqual([{ heading: "Lokal forankring", body: "Foreningen fortsætter." }]);
  });

  it("reads hours and work cells as people type them", () => {
    expect(minutesOf("20")).toBe(1200);
    expect(minutesOf("1,5")).toBe(90);
    expect(minutesOf("mange")).toBe("mange");
    expect(cellOf("")).toBeNull();
    expect(cellOf("2,5")).toBe(150);
    expect(cellOf("x")).toBe("x");
  });
});
