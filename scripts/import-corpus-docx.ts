// npx tsx scripts/import-corpus-docx.ts
// Writes a .docx beside every .txt of the import corpus (tests/fixtures/import-corpus and its templates/), so
// the importer's .docx path reads the same documents as its text path. Each source line is one paragraph (an
// empty line is skipped); a run of consecutive lines holding a tab becomes a Word table, one row per line and
// one cell per tab-separated part. Space-aligned tables stay paragraphs, as OCR'd text gives them.
// The zip entries carry a fixed date, so regenerating an unchanged corpus gives the same bytes.
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import JSZip from "jszip";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "tests", "fixtures", "import-corpus");
const dirs = [root, path.join(root, "templates")];
const fixedDate = new Date("2025-01-01T00:00:00Z");
const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml"
 ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>`;

const rels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Target="word/document.xml"
 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>
</Relationships>`;

const escapeXml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");

// xml:space="preserve" keeps the runs of spaces that align an OCR'd table's columns.
const paragraph = (text: string) =>
  text === "" ? "<w:p/>" : `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;

function table(lines: string[]): string {
  const rows = lines.map((line) => line.split("\t"));
  const columns = Math.max(...rows.map((cells) => cells.length));
  const grid = `<w:tblGrid>${'<w:gridCol w:w="2400"/>'.repeat(columns)}</w:tblGrid>`;
  const body = rows
    .map((cells) => {
      const padded = [...cells, ...Array<string>(columns - cells.length).fill("")];
      return `<w:tr>${padded.map((cell) => `<w:tc>${paragraph(cell.trim())}</w:tc>`).join("")}</w:tr>`;
    })
    .join("");
  const props = '<w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblLayout w:type="autofit"/></w:tblPr>';
  return `<w:tbl>${props}${grid}${body}</w:tbl>`;
}

/** The text of one corpus document → word/document.xml. */
function documentXml(text: string): string {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const blocks: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length > 0) blocks.push(table(run));
    run = [];
  };
  for (const line of lines) {
    if (line.includes("\t")) {
      run.push(line);
      continue;
    }
    flush();
    if (line.trim() !== "") blocks.push(paragraph(line));
  }
  flush();
  // Word wants a paragraph after a table that ends the body.
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}"><w:body>${blocks.join("\n")}<w:p/></w:body></w:document>`;
}

async function writeDocx(txtPath: string) {
  const zip = new JSZip();
  const options = { date: fixedDate, createFolders: false };
  zip.file("[Content_Types].xml", contentTypes, options);
  zip.file("_rels/.rels", rels, options);
  zip.file("word/document.xml", documentXml(await readFile(txtPath, "utf8")), options);
  const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  const out = txtPath.replace(/\.txt$/, ".docx");
  await writeFile(out, bytes);
  return out;
}

async function main() {
  let count = 0;
  for (const dir of dirs) {
    const names = (await readdir(dir)).filter((name) => name.endsWith(".txt")).sort();
    for (const name of names) {
      const out = await writeDocx(path.join(dir, name));
      console.log(path.relative(process.cwd(), out));
      count++;
    }
  }
  console.log(`${count} .docx written.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
