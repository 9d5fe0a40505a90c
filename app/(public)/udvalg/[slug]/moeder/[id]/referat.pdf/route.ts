import { getLocale } from "next-intl/server";
import { notFoundResponse } from "@/lib/api";
import { getCurrentCommitteeSlug } from "@/lib/committees/queries";
import { isLocale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/translator";
import { minutesPdf } from "@/lib/minutes/pdf";
import { getPublicMinutes } from "@/lib/minutes/queries";

export const dynamic = "force-dynamic";

/** The public minutes as an A4 PDF: the same redacted document as the public page. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  const locale = await getLocale();
  const lang = isLocale(locale) ? locale : "da";
  const page = await getPublicMinutes(null, slug, id, lang);
  if (!page) {
    // A renamed committee's old address goes on to its current one, as the page does.
    const current = await getCurrentCommitteeSlug(null, slug);
    if (current)
      return new Response(null, { status: 308, headers: { Location: `/udvalg/${current}/moeder/${id}/referat.pdf` } });
    return notFoundResponse();
  }
  const pdf = await minutesPdf(page.document, translatorFor(lang), lang, page.meeting.committee.name);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="referat-${page.meeting.id}.pdf"`,
    },
  });
}
