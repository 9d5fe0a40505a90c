import "server-only";
import { UserError } from "@/lib/actions/errors";
import { docxToText, isZip } from "./docx";
import { assertZipWithinLimits } from "./zip";

// A project description runs to a few hundred lines; the cap keeps hostile
// text (a million one-word lines) from costing the parser seconds.
export const importLimits = { maxBytes: 5 * 1024 * 1024, maxLines: 20_000 } as const;

/**
 * The text to import, from pasted text or an uploaded .txt or .docx. Refuses
 * with a message key: empty, too large, binary, or a file type it cannot read.
 */
export async function importSourceText(input: {
  text?: string;
  file?: { name: string; bytes: Uint8Array };
}): Promise<string> {
  if (input.file && input.file.bytes.length > 0) {
    const { name, bytes } = input.file;
    if (bytes.length > importLimits.maxBytes) throw new UserError("projectEdit.importTooLarge");
    if (isZip(bytes)) {
      if (!/\.docx$/i.test(name)) throw new UserError("projectEdit.importType");
      assertZipWithinLimits(bytes);
      let text: string;
      try {
        text = await docxToText(bytes);
      } catch {
        throw new UserError("projectEdit.importUnreadable");
      }
      return nonEmpty(text);
    }
    if (bytes.includes(0)) throw new UserError("projectEdit.importBinary");
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      // Older Word exports save text as Windows-1252.
      text = new TextDecoder("windows-1252").decode(bytes);
    }
    return nonEmpty(text.replace(/^\uFEFF/, ""));
  }
  const text = input.text ?? "";
  if (text.length > importLimits.maxBytes) throw new UserError("projectEdit.importTooLarge");
  if (text.includes("\u0000")) throw new UserError("projectEdit.importBinary");
  return nonEmpty(text);
}

function nonEmpty(text: string): string {
  if (!text.trim()) throw new UserError("projectEdit.importEmpty");
  let lines = 1;
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) {
    if (++lines > importLimits.maxLines) throw new UserError("projectSafety.tooManyLines");
  }
  return text;
}
