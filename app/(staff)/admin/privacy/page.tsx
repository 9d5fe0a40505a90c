import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PersonLookup } from "@/components/privacy/person-lookup";
import { IntlScope } from "@/components/ui/intl-scope";
import { requirePermission } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("personalData.title") };
}

/** Everything stored about one person, found by e-mail and downloaded as JSON: for installation admins. */
export default async function PrivacyPage() {
  await requirePermission("installation:manage", "/admin/privacy");
  const t = await getTranslations();
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold mb-2">{t("personalData.title")}</h1>
      <p className="mb-2 max-w-prose">{t("personalData.intro")}</p>
      <p className="mb-6 max-w-prose text-muted">{t("personalData.retention")}</p>
      <IntlScope namespaces={["personalData"]}>
        <PersonLookup />
      </IntlScope>
    </div>
  );
}
