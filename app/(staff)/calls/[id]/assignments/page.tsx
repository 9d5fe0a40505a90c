import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AssignmentGrid } from "@/components/screening/assignment-grid";
import { requirePermission } from "@/lib/auth/session";
import { getTranslations } from "next-intl/server";
import { IntlScope } from "@/components/ui/intl-scope";
import { callPageTitle } from "../_lib/title";
import { getAssignmentGrid } from "@/lib/screening/queries";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return callPageTitle((await params).id, "screening.assignments");
}

export default async function AssignmentsPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePermission("application:screen", `/calls/${id}/assignments`);
  const [t, grid] = await Promise.all([getTranslations(), getAssignmentGrid(actor, id)]);
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
      <IntlScope namespaces={["screening"]}>
        <AssignmentGrid
          callId={grid.call.id}
          applications={grid.applications}
          members={grid.members}
          assigned={grid.assigned}
          ruledOut={grid.ruledOut}
        />
      </IntlScope>
    </div>
  );
}
