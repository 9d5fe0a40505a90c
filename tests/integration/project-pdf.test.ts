import { beforeAll, describe, expect, it } from "vitest";
import { extractText, getDocumentProxy } from "unpdf";
import { getProjectView } from "@/lib/projects/queries";
import { printable } from "@/lib/projects/print";
import { projectPdf } from "@/lib/projects/pdf";
import { seedDemo } from "@/prisma/seed/demo";
import { actorFor } from "@/tests/factories";

async function pdfText(id: string): Promise<string> {
  const project = (await getProjectView(await actorFor("sekretariat@example.dk"), id))!;
  const pdf = await projectPdf(printable(project, "da"), project.title);
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  return text.replace(/\s+/g, " ");
}

beforeAll(async () => {
  await seedDemo(process.env.DATABASE_URL!);
}, 60_000);

describe("the PDF for meeting papers, read back as text", () => {
  it(
    "prints the Nørrebro conference in its form's words and order, with the budget total and " +
      "the work-distribution totals",
    async () => {
      const text = await pdfText("demo-project-boligsocial");
      const headings = [
        "PROJEKTBEKRIVELSE",
        "Ansvarligt medlem(mer):",
        "Formål med projektet:",
        "Beskrivelse af projektet",
        "Succeskriterier",
        "Tidsplan/milepæle",
        "Arbejdsfordeling",
        "Økonomi",
      ];
      const positions = headings.map((h) => text.indexOf(h));
      expect(
        positions.every((p) => p >= 0),
        JSON.stringify(headings.filter((_, i) => positions[i]! < 0)),
      ).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      expect(text).toContain("Fremtidens boligsociale indsats");
      expect(text).toMatch(/Udgifter i alt 27\.500 kr\./);
      // The work table's total row: secretariat 20, members 40, partners 45, all 105 hours.
      expect(text).toMatch(/I alt 20 40 45 105/);
    },
  );

  it("prints the Gladsaxe programme's budget matrix with its 2.510.000 kr. total", async () => {
    const text = await pdfText("demo-project-moerkhoej");
    expect(text).toContain("Styrket indsats for social balance i Mørkhøj");
    expect(text).toContain("2.510.000 kr.");
  });
});
