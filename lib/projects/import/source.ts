import "server-only";
import { UserError } from "@/lib/actions/errors";
import { docxToText, isZip } from "./docx";
import { assertZipWithinLimits } from "./zip";
import { importLimits } from "./limits";

export { importLimits };

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

/** The import page's upload or pasted text (a posted file over the cap is refused before it is read). */
export async function importSourceFromForm(formData: FormData): Promise<string> {
  const file = formData.get("file");
  const upload = file && typeof file !== "string" && file.size > 0 ? file : null;
  if (upload && upload.size > importLimits.maxBytes) throw new UserError("projectEdit.importTooLarge");
  const text = formData.get("text");
  return importSourceText({
    text: typeof text === "string" ? text : "",
    file: upload ? { name: upload.name, bytes: new Uint8Array(await upload.arrayBuffer()) } : undefined,
  });
}
