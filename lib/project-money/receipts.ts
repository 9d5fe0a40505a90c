import "server-only";
import { createHash } from "node:crypto";
import type { UploadedFile } from "@/lib/applications/mutations";
import { checkAttachment } from "@/lib/applications/model";
import { ValidationError } from "@/lib/actions/errors";
import { receiptLimits } from "./model";

/** The most receipts one expense carries. */
export const maxReceipts = 5;

/** The receipts a form posted as "receipts" files; an empty file input posts one empty file, left out. */
export async function postedReceipts(formData: FormData): Promise<UploadedFile[]> {
  const files: UploadedFile[] = [];
  for (const entry of formData.getAll("receipts")) {
    if (typeof entry === "string" || entry.size === 0) continue;
    files.push({ name: entry.name, size: entry.size, bytes: new Uint8Array(await entry.arrayBuffer()) });
  }
  return files;
}

/**
 * The receipts as attachment rows (the bytes in the database, never on disk), or a message on the field: too many,
 * too large, or not a PDF, JPEG, PNG or WebP by its first bytes (whatever the name or the browser says).
 */
export function receiptRows(files: readonly UploadedFile[], uploadedById: string) {
  if (files.length > maxReceipts) throw new ValidationError({ receipts: "projectMoney.tooManyReceipts" });
  return files.map((file) => {
    if (file.size > receiptLimits.maxBytes || file.bytes.length > receiptLimits.maxBytes)
      throw new ValidationError({ receipts: "projectMoney.receiptTooLarge" });
    const checked = checkAttachment(file.bytes.length, file.bytes.subarray(0, 16));
    if (!checked.ok) throw new ValidationError({ receipts: "projectMoney.receiptType" });
    const bytes = Buffer.from(file.bytes);
    return {
      filename: file.name.slice(0, 200) || "kvittering",
      mimeType: checked.mime,
      sizeBytes: bytes.length,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      data: bytes,
      isReceipt: true,
      uploadedById,
    };
  });
}
