import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "@/components/account/password-forms";
import { IntlScope } from "@/components/ui/intl-scope";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("passwordReset.forgotTitle") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations();
  return (
    <div className="max-w-md">
      <h1 className="text-3xl font-bold mb-4">{t("passwordReset.forgotTitle")}</h1>
      <p className="mb-6">{t("passwordReset.forgotIntro")}</p>
      <IntlScope namespaces={["passwordReset"]}>
        <ForgotPasswordForm />
      </IntlScope>
    </div>
  );
}
