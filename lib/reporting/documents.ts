import "server-only";
import { storedFile } from "@/lib/actions/files";
import { checkAttachment } from "@/lib/applications/model";
import type { UploadedFile } from "@/lib/applications/mutations";
import { documentLimits } from "./model";

export type PostedDocuments = { receipts: UploadedFile[]; documents: UploadedFile[] };

const reportingKey = { "apply.fileTooLarge": "reporting.fileTooLarge", "apply.fileType": "reporting.fileType" };

/**
 * The posted documentation checked by its bytes (PDF, JPEG, PNG, WebP), each at most 10 MB, at most 20 files per
 * accounts in all (`already` counts those kept): field errors, or the rows to store in Attachment.data.
 */
export function checkDocuments(posted: PostedDocuments, already: number) {
  const errors: Record<string, string> = {};
  const rows: {
    filename: string;
    mimeType: string;
    sizeBytes: number;
    sha256: string;
    data: Uint8Array<ArrayBuffer>;
    isReceipt: boolean;
  }[] = [];
  if (already + posted.receipts.length + posted.documents.length > documentLimits.maxFiles)
    errors.documents = "reporting.tooManyFiles";
  for (const [field, files] of [
    ["receipts", posted.receipts],
    ["documents", posted.documents],
  ] as const) {
    for (const file of files) {
      const result = checkAttachment(file.size, file.bytes.subarray(0, 16));
      if (!result.ok) {
        errors[field] ??= reportingKey[result.error as keyof typeof reportingKey] ?? "reporting.fileEmpty";
        continue;
      }
      rows.push({ ...storedFile(file.name, file.bytes, result.mime), isReceipt: field === "receipts" });
    }
  }
  return { errors, rows };
}
