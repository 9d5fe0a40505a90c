import "server-only";
import { storedFile } from "@/lib/actions/files";
import type { UploadedFile } from "@/lib/applications/mutations";
import { checkAttachment } from "@/lib/applications/model";
import { ValidationError } from "@/lib/actions/errors";
import { receiptLimits } from "./model";

/** The most receipts one expense carries. */
export const maxReceipts = 5;

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
    return {
      ...storedFile(file.name, file.bytes, checked.mime, "kvittering"),
      isReceipt: true,
      uploadedById,
    };
  });
}
