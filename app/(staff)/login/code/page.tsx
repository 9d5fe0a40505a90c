import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LoginCodeForm } from "@/components/account/totp-forms";
import { IntlScope } from "@/components/ui/intl-scope";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("totp.loginTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The login's second step: the challenge is in an httpOnly cookie the login set; without it the form says so. */
export default async function LoginCodePage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = typeof params.callbackUrl === "string" ? params.callbackUrl : undefined;
  const t = await getTranslations();
  return (
    <div className="max-w-md">
      <h1 className="text-3xl font-bold mb-4">{t("totp.loginTitle")}</h1>
      <p className="mb-6">{t("totp.loginIntro")}</p>
      <IntlScope namespaces={["totp"]}>
        <LoginCodeForm callbackUrl={callbackUrl} />
      </IntlScope>
      <p className="mt-6">
        <Link href="/login" className="underline">
          {t("totp.startOver")}
        </Link>
      </p>
    </div>
  );
}
