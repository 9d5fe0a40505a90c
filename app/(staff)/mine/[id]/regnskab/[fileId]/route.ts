import { apiActor, notFoundResponse } from "@/lib/api";
import { fileResponse } from "@/lib/reporting/file-response";
import { getApplicantAccountsFile } from "@/lib/reporting/queries";

export const dynamic = "force-dynamic";

/** A file of the signed-in applicant's own accounts (another's application: 404). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; fileId: string }> }) {
  const { actor, error } = await apiActor();
  if (error) return error;
  const { id, fileId } = await params;
  const file = await getApplicantAccountsFile(actor, { applicationId: id }, fileId);
  return (file && fileResponse(file)) ?? notFoundResponse();
}
