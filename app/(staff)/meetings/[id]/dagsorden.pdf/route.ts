import { getLocale } from "next-intl/server";
import { apiActor, forbiddenResponse, notFoundResponse } from "@/lib/api";
import { can } from "@/lib/auth/permissions";
import type { Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/translator";
import { agendaPdf } from "@/lib/meetings/agenda-pdf";
import { getAgendaPdf } from "@/lib/meetings/queries";

export const dynamic = "force-dynamic";

/** The meeting's agenda as an A4 PDF, for those who may read the committee's meetings. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { actor, error } = await apiActor();
  if (error) return error;
  if (!can(actor, "meeting:read")) return forbiddenResponse();
  const [locale, agenda] = await Promise.all([getLocale(), getAgendaPdf(actor, (await params).id)]);
  if (!agenda) return notFoundResponse();
  const pdf = await agendaPdf(agenda.print, translatorFor(locale as Locale), locale as Locale, agenda.logo);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="dagsorden.pdf"`,
      "Cache-Control": "private, no-store",
    },
  });
}
