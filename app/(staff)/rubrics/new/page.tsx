import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RubricEditor } from "@/components/rubrics/rubric-editor";
import { IntlScope } from "@/components/ui/intl-scope";
import { requirePermission } from "@/lib/auth/session";
import { getNewRubricPage } from "@/lib/rubrics/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("rubric.new") };
}

export default async function NewRubricPage() {
  const actor = await requirePermission("call:manage", "/rubrics/new");
  const [t, { committees, goals }] = await Promise.all([getTranslations(), getNewRubricPage(actor)]);
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold mb-6">{t("rubric.new")}</h1>
      <IntlScope namespaces={["rubric"]}>
        <RubricEditor
          committees={committees}
          committeeId={committees[0]?.id ?? ""}
          name=""
          criteria={[]}
          goals={goals}
        />
      </IntlScope>
    </div>
  );
}
