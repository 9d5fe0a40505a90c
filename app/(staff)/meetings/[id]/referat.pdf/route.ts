import { getLocale } from "next-intl/server";
import { apiActor, forbiddenResponse, notFoundResponse } from "@/lib/api";
import { can } from "@/lib/auth/permissions";
import { isLocale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { translatorFor } from "@/lib/i18n/translator";
import { minutesPdf } from "@/lib/minutes/pdf";
import { getMinutesPage } from "@/lib/minutes/queries";

export const dynamic = "force-dynamic";

/** The internal minutes as an A4 PDF, for the committee's readers. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { actor, error } = await apiActor();
  if (error) return error;
  if (!can(actor, "meeting:read")) return forbiddenResponse();
  const locale = await getLocale();
  const lang = isLocale(locale) ? locale : "da";
  const page = await getMinutesPage(actor, (await params).id, lang);
  if (!page) return notFoundResponse();
  const { meeting, document } = page;
  const pdf = await minutesPdf(
    document,
    translatorFor(lang),
    lang,
    `${meeting.committee.name} · ${meeting.title} · ${formatDate(new Date(), lang)}`,
  );
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="referat-${meeting.id}.pdf"`,
      "Cache-Control": "private, no-store",
    },
  });
}
