import { getPublicPhoto } from "@/lib/public/open-data";

/** A photo the secretariat chose for a published portrait; anything else is 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const photo = await getPublicPhoto(null, (await params).id);
  if (!photo?.data) return Response.json({ error: "not found" }, { status: 404 });
  return new Response(new Uint8Array(photo.data), {
    // Shown inline (pages and link previews embed it), but sandboxed: opened directly it can run nothing.
    headers: {
      "Content-Type": photo.mimeType,
      "Content-Disposition": "inline",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "public, max-age=300",
      ETag: `"${photo.sha256}"`,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
