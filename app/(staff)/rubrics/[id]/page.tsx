import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CopyRubricForm, RubricEditor } from "@/components/rubrics/rubric-editor";
import { requirePermission } from "@/lib/auth/session";
import { getLocale, getTranslations } from "next-intl/server";
import { getRubricForEdit, goalOptions } from "@/lib/rubrics/queries";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("rubric.edit") };
}

export default async function RubricPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePermission("call:manage", `/rubrics/${id}`);
  const [t, locale, rubric] = await Promise.all([getTranslations(), getLocale(), getRubricForEdit(actor, id)]);
  if (!rubric) notFound();
  const goals = await goalOptions([rubric.committeeId]);
  return (
    <div className="max-w-3xl">
      <p className="mb-2">
        <Link href="/rubrics" className="underline">
          ← {t("rubric.title")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold mb-1">{rubric.name}</h1>
      <p className="text-muted mb-6">{rubric.committee.name}</p>
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
          <CopyRubricForm locale={locale} rubricId={rubric.id} name={rubric.name} />
        </>
      ) : (
        <RubricEditor
          locale={locale}
          rubricId={rubric.id}
          committees={[]}
          committeeId={rubric.committeeId}
          name={rubric.name}
          criteria={rubric.criteria}
          goals={goals}
        />
      )}
    </div>
  );
}
