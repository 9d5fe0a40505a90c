import { notFoundResponse } from "@/lib/api";
import { translatorFor } from "@/lib/i18n/translator";
import { grantLetterPdf } from "@/lib/grants/letter-pdf";
import { getApplicantLetterForPdf } from "@/lib/grants/queries";

export const dynamic = "force-dynamic";

/** The applicant's grant letter as a PDF, by the private link: the letter as sent, in Danish. */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const letter = await getApplicantLetterForPdf(null, { token: (await params).token });
  if (!letter) return notFoundResponse();
  const pdf = await grantLetterPdf(letter, translatorFor("da"), "da");
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="tilsagn-${letter.reference}.pdf"`,
      "Cache-Control": "private, no-store",
      "Referrer-Policy": "no-referrer",
      "X-Robots-Tag": "noindex",
    },
  });
}
