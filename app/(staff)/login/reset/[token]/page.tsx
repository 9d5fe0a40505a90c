import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ResetPasswordForm } from "@/components/account/password-forms";
import { IntlScope } from "@/components/ui/intl-scope";
import { getPasswordReset } from "@/lib/account/reset";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("passwordReset.resetTitle"), robots: { index: false } };
}

type Props = { params: Promise<{ token: string }> };

/** The mailed reset link. Opening it changes nothing; the form sets the new password. */
export default async function ResetPasswordPage({ params }: Props) {
  const { token } = await params;
  const [t, reset] = await Promise.all([getTranslations(), getPasswordReset(token)]);
  return (
    <div className="max-w-md">
      <h1 className="text-3xl font-bold mb-4">{t("passwordReset.resetTitle")}</h1>
      {reset.state === "live" ? (
        <>
          <p className="mb-6">{t("passwordReset.resetIntro", { email: reset.email })}</p>
          <IntlScope namespaces={["passwordReset", "people"]}>
            <ResetPasswordForm token={token} email={reset.email} needsCode={reset.needsCode} />
          </IntlScope>
        </>
      ) : (
        <div role="alert" className="mb-4 border-l-4 border-danger bg-red-50 p-3">
          <p className="mb-2">{reset.state === "used" ? t("passwordReset.used") : t("passwordReset.expired")}</p>
          <Link href="/login/forgot" className="underline">
            {t("passwordReset.again")}
          </Link>
        </div>
      )}
    </div>
  );
}
