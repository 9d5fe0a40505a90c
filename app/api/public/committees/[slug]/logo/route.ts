import { getCommitteeLogo } from "@/lib/committees/queries";

/** A committee's logo (PNG, JPEG or WebP: never SVG), by the committee's current slug; anything else is 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const logo = await getCommitteeLogo(null, (await params).slug);
  if (!logo) return Response.json({ error: "not found" }, { status: 404 });
  return new Response(new Uint8Array(logo.data), {
    headers: {
      "Content-Type": logo.mimeType,
      "Content-Disposition": "inline",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "public, max-age=300",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
