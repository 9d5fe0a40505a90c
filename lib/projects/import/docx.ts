import "server-only";
import mammoth from "mammoth";

// A .docx → the text the importer reads: paragraphs as lines, table rows as
// tab-separated cells (as a Word table pasted into a text editor), list items
// as "- " lines. Uses mammoth's HTML, which keeps the table structure that
// its plain-text output loses. mammoth escapes "<" in the text, but the
// patterns below stay linear even on HTML that never closes a tag: no
// "[^>]*" that could run past the next "<", no lazy match up to a "</td>".

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", nbsp: " " };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) => entities[e] ?? "");

/** HTML as mammoth writes it → importer text. Pure. */
export function htmlToImportText(html: string): string {
  const cellsFlat = html
    .replace(/<(t[dh])[^<>]*>/g, "<$1>")
    .replace(
      /<(t[dh])>([^<]*(?:<(?!\/?t[dh]>)[^<]*)*)<\/\1>/g,
      (_, tag: string, inner: string) =>
        `<${tag}>${inner.replace(/<\/p>\s*<p[^<>]*>/g, " ").replace(/<\/?p[^<>]*>/g, "")}</${tag}>`,
    );
  return decode(
    cellsFlat
      .replace(/<\/t[dh]>\s*<t[dh]>/g, "\t")
      .replace(/<\/tr>/g, "\n")
      .replace(/<li[^>]*>/g, "- ")
      .replace(/<\/(p|h[1-6]|li)>/g, "\n\n")
      .replace(/<br\s*\/?>/g, "\n")
      .replace(/<[^<>]+>/g, ""),
  )
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** True when the bytes are a zip (a .docx is one). */
export const isZip = (bytes: Uint8Array) =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

// Images are not part of the text: mammoth is told to leave them packed
// (otherwise it inlines each one in the HTML as base64).
const noImages = mammoth.images.imgElement(async () => ({ src: "" }));

/** Call assertZipWithinLimits first: mammoth unpacks whatever it is given. */
export async function docxToText(bytes: Uint8Array): Promise<string> {
  const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { convertImage: noImages });
  return htmlToImportText(value);
}
