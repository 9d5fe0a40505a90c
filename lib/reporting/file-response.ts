import "server-only";

/** A stored upload as a download, never a page of this site (an <img> still shows a photo). */
export function fileResponse(file: { filename: string; mimeType: string; data: Uint8Array | null }): Response | null {
  if (!file.data) return null;
  return new Response(new Uint8Array(file.data), {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
    },
  });
}
