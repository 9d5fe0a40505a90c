import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AssignmentGrid } from "@/components/screening/assignment-grid";
import { requirePermission } from "@/lib/auth/session";
import { getLocale, getTranslations } from "next-intl/server";
import { getAssignmentGrid } from "@/lib/screening/queries";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("screening.assignments") };
}

export default async function AssignmentsPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePermission("application:screen", `/calls/${id}/assignments`);
  const [t, locale, grid] = await Promise.all([getTranslations(), getLocale(), getAssignmentGrid(actor, id)]);
  if (!grid) notFound();
  return (
    <div>
      <p className="mb-2">
        <Link href={`/calls/${id}`} className="underline">
          ← {grid.call.title}
        </Link>
      </p>
      <h1 className="text-3xl font-bold mb-2">{t("screening.assignments")}</h1>
      <p className="mb-6 max-w-3xl">{t("screening.assignmentsIntro")}</p>
      <AssignmentGrid
        locale={locale}
        callId={grid.call.id}
        applications={grid.applications}
        members={grid.members}
        assigned={grid.assigned}
        ruledOut={grid.ruledOut}
      />
    </div>
  );
}
