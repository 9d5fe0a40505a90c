import { apiActor, forbiddenResponse, notFoundResponse } from "@/lib/api";
import { can } from "@/lib/auth/permissions";
import { getAccountsFile } from "@/lib/reporting/queries";
import { getApplicationFile } from "@/lib/screening/queries";

export const dynamic = "force-dynamic";

/** An application's attachment or a visit photo, for staff who may read the application; accounts files. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { actor, error } = await apiActor();
  if (error) return error;
  if (!can(actor, "application:read")) return forbiddenResponse();
  const { id } = await params;
  // A grant's accounts documentation: for the secretariat of its committee (grant:manage).
  const file = (await getApplicationFile(actor, id)) ?? (await getAccountsFile(actor, id));
  if (!file?.data) return notFoundResponse();
  return new Response(new Uint8Array(file.data), {
    headers: {
      "Content-Type": file.mimeType,
      // Opened directly, an upload is a download, never a page of this site (an <img> still shows a photo).
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
