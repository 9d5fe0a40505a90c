import { apiActor, forbiddenResponse, notFoundResponse } from "@/lib/api";
import { can } from "@/lib/auth/permissions";
import { getProjectView } from "@/lib/projects/queries";
import { printable } from "@/lib/projects/print";
import { projectPdf } from "@/lib/projects/pdf";
import { formatDate } from "@/lib/i18n/format";
import { getLocale } from "next-intl/server";

export const dynamic = "force-dynamic";

/** The project in its committee's form as an A4 PDF, for meeting papers. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { actor, error } = await apiActor();
  if (error) return error;
  if (!can(actor, "project:read")) return forbiddenResponse();
  const [locale, project] = await Promise.all([getLocale(), getProjectView(actor, (await params).id)]);
  if (!project) return notFoundResponse();
  const pdf = await projectPdf(
    printable(project, locale),
    `${project.committee.name} · ${project.title} · ${formatDate(new Date(), locale)}`,
  );
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${project.slug}.pdf"`,
      "Cache-Control": "private, no-store",
    },
  });
}
