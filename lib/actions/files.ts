import "server-only";
import { createHash } from "node:crypto";
import type { UploadedFile } from "@/lib/applications/mutations";

/**
 * The files a form posted under `name`, as they came (the schema reads only the text fields; each domain checks
 * the bytes itself). An empty file input posts one empty file: left out.
 */
export async function postedFiles(formData: FormData, name: string): Promise<UploadedFile[]> {
  const files: UploadedFile[] = [];
  for (const entry of formData.getAll(name)) {
    if (typeof entry === "string" || entry.size === 0) continue;
    files.push({ name: entry.name, size: entry.size, bytes: new Uint8Array(await entry.arrayBuffer()) });
  }
  return files;
}

/** A checked file as an attachment row's stored part: the bytes in the database (never on disk) with their hash. */
export function storedFile(name: string, bytes: Uint8Array, mimeType: string, fallbackName = "fil") {
  const data = Buffer.from(bytes);
  return {
    filename: name.slice(0, 200) || fallbackName,
    mimeType,
    sizeBytes: data.length,
    sha256: createHash("sha256").update(data).digest("hex"),
    data,
  };
}
