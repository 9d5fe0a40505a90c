import { getLocale } from "next-intl/server";
import { apiActor, forbiddenResponse, notFoundResponse } from "@/lib/api";
import { can } from "@/lib/auth/permissions";
import { isLocale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/translator";
import { grantLetterPdf } from "@/lib/grants/letter-pdf";
import { getGrantLetterForPdf } from "@/lib/grants/queries";

export const dynamic = "force-dynamic";

/** The grant letter as sent, as an A4 PDF, for the application's readers in its committee. */
export async function GET(_request: Request, { params }: { params: Promise<{ applicationId: string }> }) {
  const { actor, error } = await apiActor();
  if (error) return error;
  if (!can(actor, "application:read")) return forbiddenResponse();
  const locale = await getLocale();
  const lang = isLocale(locale) ? locale : "da";
  const letter = await getGrantLetterForPdf(actor, (await params).applicationId);
  if (!letter) return notFoundResponse();
  const pdf = await grantLetterPdf(letter, translatorFor(lang), lang);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="tilsagn-${letter.reference}.pdf"`,
      "Cache-Control": "private, no-store",
    },
  });
}
