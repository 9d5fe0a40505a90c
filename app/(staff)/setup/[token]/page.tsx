import type { Metadata } from "next";
import { SetupForm } from "@/components/installation/setup-form";
import { IntlScope } from "@/components/ui/intl-scope";
import { getSetupPage } from "@/lib/installation/queries";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  // The token is in the path: keep it out of search engines and other sites' referrers.
  return { title: (await getTranslations())("installation.setup.title"), robots: { index: false, follow: false } };
}

/** The first run's set-up link (or one from `npm run admin:create`). Public: the link is the authority. */
export default async function SetupPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [t, page] = await Promise.all([getTranslations("installation"), getSetupPage(null, token)]);
  if (page.state !== "live") {
    return (
      <div className="max-w-xl">
        <h1 className="text-3xl font-bold mb-4">{t("setup.unusable")}</h1>
        <p role="alert" className="mb-4 border-l-4 border-danger bg-red-50 p-3">
          {t(`link.${page.state}`)}
        </p>
        <p>{t("setup.help")}</p>
      </div>
    );
  }
  return (
    <div className="max-w-xl">
      <h1 className="text-3xl font-bold mb-4">{t("setup.title")}</h1>
      <p className="mb-6">{page.person ? t("setup.introBound", { email: page.person.email }) : t("setup.intro")}</p>
      {/* The password rules' messages are the people namespace's (lib/users/schema.ts). */}
      <IntlScope namespaces={["installation", "people"]}>
        <SetupForm
          token={token}
          person={page.person}
          askInstallationName={page.askInstallationName}
          installationName={page.name}
        />
      </IntlScope>
    </div>
  );
}
