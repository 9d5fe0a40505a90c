import type { Metadata } from "next";
import { RubricEditor } from "@/components/rubrics/rubric-editor";
import { requirePermission } from "@/lib/auth/session";
import { committeesWhere } from "@/lib/auth/permissions";
import { getCallFormOptions } from "@/lib/calls/queries";
import { getLocale, getTranslations } from "next-intl/server";
import { goalOptions } from "@/lib/rubrics/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("rubric.new") };
}

export default async function NewRubricPage() {
  const actor = await requirePermission("call:manage", "/rubrics/new");
  const [t, locale, committees, goals] = await Promise.all([
    getTranslations(),
    getLocale(),
    getCallFormOptions(actor),
    goalOptions(committeesWhere(actor, "call:manage")),
  ]);
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold mb-6">{t("rubric.new")}</h1>
      <RubricEditor
        locale={locale}
        committees={committees.map((c) => ({ id: c.id, name: c.name }))}
        committeeId={committees[0]?.id ?? ""}
        name=""
        criteria={[]}
        goals={goals}
      />
    </div>
  );
}
