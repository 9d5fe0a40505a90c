import fs from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { UserError } from "@/lib/actions/errors";
import { importText } from "@/lib/projects/import/parse";
import { importSourceText } from "@/lib/projects/import/source";
import { htmlToImportText } from "@/lib/projects/import/docx";
import { createProject } from "@/lib/projects/mutations";
import { budgetMatrix } from "@/lib/projects/model";
import { seedDemo } from "@/prisma/seed/demo";
import { actorFor } from "@/tests/factories";

const fixtures = path.resolve(import.meta.dirname, "../fixtures/import");

/** A minimal .docx: paragraphs and one table, as Word writes them. */
async function docx(paragraphs: string[], table: string[][]): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  const p = (t: string) =>
    `<w:p><w:r><w:t xml:space="preserve">${t.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</w:t></w:r></w:p>`;
  const rows = table.map((r) => `<w:tr>${r.map((c) => `<w:tc>${p(c)}</w:tc>`).join("")}</w:tr>`).join("");
  zip.file(
    "word/document.xml",
    `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs.map(p).join("")}<w:tbl>${rows}</w:tbl></w:body></w:document>`,
  );
  return zip.generateAsync({ type: "uint8array" });
}

beforeAll(async () => {
  await seedDemo(process.env.DATABASE_URL!);
}, 60_000);

describe("importing files", () => {
  it("reads a .docx with its budget table into typed budget lines", async () => {
    const bytes = await docx(
      ["Projektnavn: Gårdfest i Stengade", "Formål", "At naboerne mødes.", "Økonomi"],
      [
        ["Telt", "4.000 kr."],
        ["Musik", "2.500 kr."],
        ["Udgifter i alt", "6.500 kr."],
      ],
    );
    const text = await importSourceText({ file: { name: "gaardfest.docx", bytes } });
    const { doc } = importText(text);
    expect(doc.title).toBe("Gårdfest i Stengade");
    expect(doc.purpose).toBe("At naboerne mødes.");
    expect(doc.budget?.map((l) => [l.label, l.amountOre])).toEqual([
      ["Telt", 400_000],
      ["Musik", 250_000],
    ]);
  });

  it("turns mammoth's HTML into lines and tab-separated rows", () => {
    expect(
      htmlToImportText(
        "<h1>Økonomi</h1><table><tr><td><p>Telt</p></td><td><p>4.000 kr.</p></td></tr></table>" +
          "<ul><li>Et punkt &amp; mere</li></ul>",
      ),
    ).toBe("Økonomi\n\nTelt\t4.000 kr.\n- Et punkt & mere");
  });

  it("refuses empty, binary, oversized and unknown files with a message, never a crash", async () => {
    await expect(importSourceText({ text: "  \n " })).rejects.toMatchObject({ messageKey: "projectEdit.importEmpty" });
    await expect(
      importSourceText({ file: { name: "billede.png", bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]) } }),
    ).rejects.toMatchObject({ messageKey: "projectEdit.importBinary" });
    await expect(
      importSourceText({ file: { name: "stor.txt", bytes: new Uint8Array(20 * 1024 * 1024).fill(65) } }),
    ).rejects.toMatchObject({ messageKey: "projectEdit.importTooLarge" });
    await expect(
      importSourceText({ file: { name: "arkiv.zip", bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]) } }),
    ).rejects.toMatchObject({ messageKey: "projectEdit.importType" });
    await expect(
      importSourceText({ file: { name: "ødelagt.docx", bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]) } }),
    ).rejects.toThrow(UserError);
    // Windows-1252 text from an old export is read, not refused.
    expect(
      await importSourceText({
        file: { name: "gammel.txt", bytes: new Uint8Array([0xd8, 0x6b, 0x6f, 0x6e, 0x6f, 0x6d, 0x69]) },
      }),
    ).toBe("Økonomi");
  });

  // Gladsaxe's budget matrix totals 2.510.000 kr.
  // Every line visible in the printed project: tests/integration/import-corpus.test.ts (page text: the e2e).
  it("saves the Gladsaxe programme with its 2.510.000 kr. budget matrix and three interventions", async () => {
    const secretariat = await actorFor("sekretariat@example.dk");
    const source = fs.readFileSync(path.join(fixtures, "gladsaxe-moerkhoej-programdokument.txt"), "utf8");
    const { doc } = importText(await importSourceText({ text: source }));
    const { id } = await createProject(secretariat, "demo-committee-moerkhoej", doc, { note: "Importeret" });
    const lines = (await db().budgetLine.findMany({ where: { projectId: id } })).map((l) => ({
      ...l,
      amountOre: l.amountOre === null ? null : Number(l.amountOre),
    }));
    expect(budgetMatrix(lines).totalOre).toBe(251_000_000);
    expect(await db().project.count({ where: { parentId: id } })).toBe(3);
  });
});
