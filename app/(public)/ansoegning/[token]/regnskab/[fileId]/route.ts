import { notFoundResponse } from "@/lib/api";
import { fileResponse } from "@/lib/reporting/file-response";
import { getApplicantAccountsFile } from "@/lib/reporting/queries";

export const dynamic = "force-dynamic";

/** A file of the grant's accounts, for whoever holds the private link (a guessed link or file: 404). */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string; fileId: string }> }) {
  const { token, fileId } = await params;
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return notFoundResponse();
  const file = await getApplicantAccountsFile(null, { token }, fileId);
  return (file && fileResponse(file)) ?? notFoundResponse();
}
