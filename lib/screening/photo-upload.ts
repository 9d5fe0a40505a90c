import "server-only";
import type { UploadedFile } from "@/lib/applications/mutations";

/** The photos a visit form posted as "photos" files; an empty file input posts one empty file, left out. */
export async function uploadedPhotos(formData: FormData): Promise<UploadedFile[]> {
  const photos: UploadedFile[] = [];
  for (const entry of formData.getAll("photos")) {
    if (typeof entry === "string" || entry.size === 0) continue;
    photos.push({ name: entry.name, size: entry.size, bytes: new Uint8Array(await entry.arrayBuffer()) });
  }
  return photos;
}
