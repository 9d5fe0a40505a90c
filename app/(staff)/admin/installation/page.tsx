import type { Metadata } from "next";
import { InstallationSettingsForm } from "@/components/installation/settings-form";
import { IntlScope } from "@/components/ui/intl-scope";
import { requirePermission } from "@/lib/auth/session";
import { getInstallationPage } from "@/lib/installation/queries";
import { publicOrigin } from "@/lib/public/site-url";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("installation.title") };
}

/** The installation's own settings: for installation admins. */
export default async function InstallationPage() {
  const actor = await requirePermission("installation:manage", "/admin/installation");
  const [t, { settings }] = await Promise.all([getTranslations(), getInstallationPage(actor)]);
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold mb-2">{t("installation.title")}</h1>
      <p className="mb-6 text-muted">{t("installation.intro")}</p>
      <IntlScope namespaces={["installation"]}>
        <InstallationSettingsForm settings={settings} fallbackUrl={publicOrigin()} />
      </IntlScope>
    </div>
  );
}
