import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { extractText, getDocumentProxy } from "unpdf";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/actions/errors";
import { importText } from "@/lib/projects/import/parse";
import { readBlankForm } from "@/lib/projects/import/blank-form";
import { docxToText } from "@/lib/projects/import/docx";
import { createProject, importProjectText } from "@/lib/projects/mutations";
import { getProjectView } from "@/lib/projects/queries";
import { printable } from "@/lib/projects/print";
import { projectPdf } from "@/lib/projects/pdf";
import { saveTemplate } from "@/lib/templates/mutations";
import { templateForImport } from "@/lib/templates/queries";
import { seedDemo } from "@/prisma/seed/demo";
import { actorFor } from "@/tests/factories";
import { corpusDir, corpusForms } from "../support/import-corpus";
import { hiddenLines } from "../support/visible";

// Issue 15, "nothing read is hidden", measured on what a person sees: the printed project (the PDF for meeting
// papers, read back as text). importSource, the raw copy no page shows, plays no part. The e2e spec
// tests/e2e/import-forms.mutating.spec.ts checks the project page's text the same way.

const seeds = path.resolve(import.meta.dirname, "../fixtures/import");
const committeeId = "demo-committee-noerrebro";

async function pdfText(id: string): Promise<string> {
  const project = (await getProjectView(await actorFor("sekretariat@example.dk"), id))!;
  const pdf = await projectPdf(printable(project, "da"), project.title);
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  return text.replace(/\s+/g, " ");
}

beforeAll(async () => {
  await seedDemo(process.env.DATABASE_URL!);
}, 60_000);

describe("every line of a form is visible in the printed project", () => {
  it("holds for the three examples and every form of the corpus and the held-out set, as text and .docx", async () => {
    const secretariat = await actorFor("sekretariat@example.dk");
    const corpus = [...corpusForms(), ...corpusForms(path.resolve(corpusDir, "../import-holdout"))];
    const sources = [
      ...fs.readdirSync(seeds).map((f) => ({ name: f, text: fs.readFileSync(path.join(seeds, f), "utf8") })),
      ...corpus.map((f) => ({ name: f.name, text: f.text })),
      ...(await Promise.all(corpus.map(async (f) => ({ name: `${f.name}.docx`, text: await docxToText(f.docx) })))),
    ];
    let lines = 0;
    for (const { name, text } of sources) {
      const { doc, sections } = importText(text);
      const { id } = await createProject(secretariat, committeeId, doc, { note: "Importeret" });
      expect(hiddenLines(text, await pdfText(id), sections), name).toEqual([]);
      lines += text.split(/\r?\n/).filter((l) => l.trim()).length;
    }
    expect(sources.length).toBeGreaterThanOrEqual(41);
    console.info(`${sources.length} forms, ${lines} non-empty source lines, all visible in the PDF`);
  }, 120_000);

  it("finds a line that no page prints: the check can fail", async () => {
    const secretariat = await actorFor("sekretariat@example.dk");
    const text = "Formål\nAt plante træer i gården.";
    const { doc, sections } = importText(text);
    delete doc.purpose;
    const { id } = await createProject(secretariat, committeeId, { ...doc, title: "Tabt formål" }, { note: "x" });
    expect(hiddenLines(text, await pdfText(id), sections)).toEqual(["At plante træer i gården."]);
  });
});

describe("a committee's blank form as its template", () => {
  it("reads a filled form against the template and prints it in the template's order and words", async () => {
    const secretariat = await actorFor("sekretariat@example.dk");
    const dir = path.join(corpusDir, "templates");
    const blank = readBlankForm(fs.readFileSync(path.join(dir, "01-egne-projekter.txt"), "utf8"))!;
    const { id: templateId } = await saveTemplate(secretariat, {
      templateId: "",
      version: 0,
      committeeId,
      name: "Egne projekter (importeret)",
      formTitle: blank.formTitle,
      projectKind: "INTERNAL",
      sections: blank.sections.map((s) => ({ id: "", ...s, inline: false, required: s.part === "TITLE" })),
    });
    const filled = fs.readFileSync(path.join(dir, "01-filled.txt"), "utf8");
    const { id } = await importProjectText(secretariat, { text: filled, committeeId, templateId }, "Importeret");
    const project = await db().project.findUniqueOrThrow({ where: { id }, select: { templateId: true } });
    expect(project.templateId).toBe(templateId);

    const text = await pdfText(id);
    // The form's title on top, once (the PDF prints it in capitals); not again as an introduction.
    expect(text).toContain(blank.formTitle.toUpperCase());
    expect(text).not.toContain(blank.formTitle);
    // Every heading of the form with something under it, in the form's order and its own words.
    const template = (await templateForImport(secretariat, templateId))!;
    const { sections } = importText(filled, template.reading);
    const headings = blank.sections.filter((s) => s.part !== "TITLE").map((s) => s.heading);
    const positions = headings.map((h) => text.indexOf(h)).filter((p) => p >= 0);
    expect(positions.length).toBeGreaterThanOrEqual(headings.length - 1);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // The committee's own section ("Sammenhæng med bydelsplanen") prints in its place, not at the end.
    const own = blank.sections.find((s) => s.part === "FREE")!;
    expect(sections.find((s) => s.heading === own.heading)?.part).toBe("FREE");
    expect(hiddenLines(filled, text, sections)).toEqual([]);
  });

  it("refuses to read against another committee's template", async () => {
    const secretariat = await actorFor("sekretariat@example.dk");
    const other = await db().template.findFirstOrThrow({
      where: { committeeId: { not: committeeId }, deletedAt: null },
      select: { id: true },
    });
    await expect(
      importProjectText(secretariat, { text: "Formål: x", committeeId, templateId: other.id }, "x"),
    ).rejects.toThrow(ValidationError);
  });
});
