import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CopyRubricForm } from "@/components/rubrics/copy-rubric-form";
import { RubricEditor } from "@/components/rubrics/rubric-editor";
import { IntlScope } from "@/components/ui/intl-scope";
import { getActor, requirePermission } from "@/lib/auth/session";
import { getRubricPage } from "@/lib/rubrics/queries";

type Props = { params: Promise<{ id: string }> };

/** The page is named for the rubric. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const [t, actor] = await Promise.all([getTranslations(), getActor()]);
  const rubric = actor ? await getRubricPage(actor, id) : null;
  return { title: rubric?.name ?? t("rubric.edit") };
}

export default async function RubricPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePermission("call:manage", `/rubrics/${id}`);
  const [t, rubric] = await Promise.all([getTranslations(), getRubricPage(actor, id)]);
  if (!rubric) notFound();
  return (
    <div className="max-w-3xl">
      <p className="mb-2">
        <Link href="/rubrics" className="underline">
          ← {t("rubric.title")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold mb-1">{rubric.name}</h1>
      <p className="text-muted mb-6">{rubric.committee.name}</p>
      <IntlScope namespaces={["rubric"]}>
        {rubric.locked ? (
          <>
            <p className="border-l-4 border-gray-500 bg-gray-50 p-3 mb-4" data-testid="rubric-locked">
              {t("rubric.locked")}
            </p>
            <ul className="list-decimal pl-6 mb-6">
              {rubric.criteria.map((c) => (
                <li key={c.id}>
                  {c.title} – {t("rubric.weight")} {c.weight}, {c.scaleMin}–{c.scaleMax}
                </li>
              ))}
            </ul>
            <CopyRubricForm rubricId={rubric.id} name={rubric.name} />
          </>
        ) : (
          <RubricEditor
            rubricId={rubric.id}
            committees={[]}
            committeeId={rubric.committeeId}
            name={rubric.name}
            criteria={rubric.criteria}
            goals={rubric.goals}
          />
        )}
      </IntlScope>
    </div>
  );
}
