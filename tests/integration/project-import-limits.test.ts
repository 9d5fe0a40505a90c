import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { UserError } from "@/lib/actions/errors";
import { importText } from "@/lib/projects/import/parse";
import { importSourceText } from "@/lib/projects/import/source";
import { readCappedBody } from "@/lib/projects/import/body";
import { projectDocumentSchema } from "@/lib/projects/schema";

// Issue 10, point 10: the importer has real limits.
const MB = 1024 * 1024;

/** A line repeated up to about n characters. */
const fill = (unit: string, n = 5 * MB - 64) => unit.repeat(Math.floor(n / unit.length));

/** Hostile texts of 5 MB, each aimed at a pattern that backtracked or a loop that copied. */
const hostile: Record<string, string> = {
  "the hours pattern: 'tim' without a colon": `Arbejdsfordeling\n${fill("tim")}`,
  "the hours pattern: words and spaces": `Arbejdsfordeling\n${fill("timer og ")}`,
  "an intervention heading with spaces before a tab": `Indsats 1: ${fill(" ")}\tx`,
  "a heading colon before spaces and a line separator": `ab:${fill(" ")}\u2028x\u2028`,
  "a success criterion of digits": `Succeskriterier\n${fill("1")}`,
  "a budget row with trailing spaces": `Økonomi\na${fill(" ")}b`,
  "a budget sub-line of unclosed tags": `Økonomi\nTelt\t4.000 kr. ➤${fill("<")}`,
  "a list of people with long runs of spaces": `Ansvarlige\nJens${fill(" ")}x`,
  "a communication phase before spaces": `Kommunikation\nFør:${fill(" ")}\u2028x\u2028`,
  "the same heading over and over": fill("Formål\nx\n"),
  "short lines between blank lines": `\n${fill("Abc\n\n")}`,
  "rows of years": fill("2020\t2021\n"),
  "one long line": fill("x"),
  "a long purpose in many sections": fill(`Formål: ${"ord ".repeat(200)}\n`),
  // Issue 15's readers: columns of spaces, OCR amounts, dates, two-line headings, people with roles, status blocks.
  "an amount cell with a long run of spaces": `Økonomi\nTelt\t1${fill(" ")}x`,
  "a run of dots after an amount": `Økonomi\nTelt\t1${fill(".")}`,
  "columns of spaces in many rows": fill("Leje af sal          12.0O0 kr.\n"),
  "a date followed by spaces": `Tidsplan\n14. marts 2024${fill(" ")}x`,
  "a heading followed by a short line, many times": fill("Beskrivelse af\nprojektet\n"),
  "a coordinator's bracket after spaces": `Tovholder\nAnna${fill(" ")}(tovholder)`,
  "a status heading with spaces": `Status pr.${fill(" ")}1. maj 2025:`,
  "brackets in a heading, unclosed": `Formål (${fill("(")}`,
  // Found by review: a name looked up from the line's start for every name, texts joined again per section.
  "a line of many different names": `Kontaktperson:\n${Array.from(
    { length: 300_000 },
    (_, i) => `Navn${i} Efternavn${i}`,
  )
    .join(", ")
    .slice(0, 5 * MB - 64)}`,
  "many working-group sections": fill(`Arbejdsgruppe: ${"medlem ".repeat(35)}\n`),
};

describe("hostile text", () => {
  it("a 5 MB hostile text imports or is refused in under 2 s", async () => {
    const slow: string[] = [];
    for (const [name, text] of Object.entries(hostile)) {
      // CPU time of this process, not wall time: the parser is synchronous, so this is its own work, and it does
      // not grow when other test workers share the two cores (the wall clock does). Super-linear parsing took 42–103 s.
      const started = process.cpuUsage();
      try {
        const parsed = projectDocumentSchema.safeParse(importText(await importSourceText({ text })).doc);
        expect(typeof parsed.success, name).toBe("boolean");
      } catch (e) {
        expect(e, name).toBeInstanceOf(UserError);
      }
      const used = process.cpuUsage(started);
      const ms = (used.user + used.system) / 1000;
      if (ms > 2000) slow.push(`${name}: ${Math.round(ms)} ms`);
    }
    expect(slow).toEqual([]);
  }, 120_000);

  it("reads the hours the same way as before: 'Timer i alt: 40' and a number on its own line", () => {
    const hours = (body: string) => importText(`Arbejdsfordeling\n${body}`).doc.secretariatHoursEstimate;
    expect(hours("Sekretariatets timer i alt: 40")).toBe(40 * 60);
    expect(hours("Vi regner med\n12,5")).toBe(750);
    expect(hours("Antal timer\nskønnes til: 8")).toBe(8 * 60);
    expect(hours("Ingen tal her")).toBeUndefined();
  });
});

/** A .docx-shaped zip with the given entries. */
async function zip(entries: Record<string, string>): Promise<Uint8Array> {
  const z = new JSZip();
  for (const [name, body] of Object.entries(entries)) z.file(name, body);
  return z.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 1 } });
}

/** Rewrites every declared uncompressed size in the zip's headers to a small number, as a forged zip would. */
function lieAboutSizes(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes);
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x02014b50) view.setUint32(i + 24, 100, true);
    if (sig === 0x04034b50) view.setUint32(i + 22, 100, true);
  }
  return out;
}

describe("a .docx is measured before it is read", () => {
  const document = (body: string) =>
    `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${body}</w:t></w:r></w:p></w:body></w:document>`;

  it("refuses a zip bomb by its uncompressed size", async () => {
    const bytes = await zip({ "word/document.xml": document(" ".repeat(60 * MB)) });
    expect(bytes.length).toBeLessThan(MB);
    await expect(importSourceText({ file: { name: "bombe.docx", bytes } })).rejects.toMatchObject({
      messageKey: "projectSafety.docxTooLarge",
    });
  }, 60_000);

  it("refuses a zip bomb whose headers lie about its size", async () => {
    const bytes = lieAboutSizes(await zip({ "word/document.xml": document(" ".repeat(60 * MB)) }));
    await expect(importSourceText({ file: { name: "løgn.docx", bytes } })).rejects.toMatchObject({
      messageKey: "projectSafety.docxTooLarge",
    });
  }, 60_000);

  it("refuses a zip with thousands of entries", async () => {
    const entries: Record<string, string> = { "word/document.xml": document("Formål") };
    for (let i = 0; i < 5000; i++) entries[`word/media/x${i}.xml`] = "x";
    await expect(importSourceText({ file: { name: "mange.docx", bytes: await zip(entries) } })).rejects.toMatchObject({
      messageKey: "projectSafety.docxTooManyEntries",
    });
  }, 60_000);

  it("still reads an ordinary .docx", async () => {
    const bytes = await zip({
      "word/document.xml": document("Projektnavn: Gårdfest"),
      "[Content_Types].xml":
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    });
    expect(await importSourceText({ file: { name: "fest.docx", bytes } })).toContain("Projektnavn: Gårdfest");
  });
});

describe("a request body is capped while it streams", () => {
  it("stops reading a body without Content-Length soon after it passes the limit", async () => {
    let pulled = 0;
    // 64 MB in 1 MB chunks, as a chunked upload without Content-Length sends it.
    const big = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        if (pulled > 64) controller.close();
        else controller.enqueue(new Uint8Array(MB).fill(65));
      },
    });
    await expect(readCappedBody(big, 5 * MB)).rejects.toMatchObject({ messageKey: "projectSafety.bodyTooLarge" });
    expect(pulled).toBeLessThanOrEqual(8);
  });

  it("reads a body under the limit whole", async () => {
    const body = new Response("Projektnavn: Lille fest").body!;
    expect(new TextDecoder().decode(await readCappedBody(body, 5 * MB))).toBe("Projektnavn: Lille fest");
  });
});
