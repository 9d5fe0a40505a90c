import { apiActor, forbiddenResponse, notFoundResponse } from "@/lib/api";
import { can } from "@/lib/auth/permissions";
import { getReceipt } from "@/lib/project-money/queries";

export const dynamic = "force-dynamic";

/** A receipt of one of the project's expenses, for whoever may read the project; always a download. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; receiptId: string }> }) {
  const { actor, error } = await apiActor();
  if (error) return error;
  if (!can(actor, "project:read")) return forbiddenResponse();
  const { id, receiptId } = await params;
  const file = await getReceipt(actor, id, receiptId);
  if (!file?.data) return notFoundResponse();
  return new Response(new Uint8Array(file.data), {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
