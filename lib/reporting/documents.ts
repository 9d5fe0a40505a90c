import "server-only";
import { createHash } from "node:crypto";
import { checkAttachment } from "@/lib/applications/model";
import type { UploadedFile } from "@/lib/applications/mutations";
import { documentLimits } from "./model";

export type PostedDocuments = { receipts: UploadedFile[]; documents: UploadedFile[] };

/** The files posted in `name` (empty file inputs post an empty file: left out). */
export async function postedFiles(formData: FormData, name: string): Promise<UploadedFile[]> {
  const files: UploadedFile[] = [];
  for (const entry of formData.getAll(name)) {
    if (typeof entry === "string" || entry.size === 0) continue;
    files.push({ name: entry.name, size: entry.size, bytes: new Uint8Array(await entry.arrayBuffer()) });
  }
  return files;
}

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
      rows.push({
        filename: file.name.slice(0, 200),
        mimeType: result.mime,
        sizeBytes: file.size,
        sha256: createHash("sha256").update(file.bytes).digest("hex"),
        data: new Uint8Array(file.bytes),
        isReceipt: field === "receipts",
      });
    }
  }
  return { errors, rows };
}
