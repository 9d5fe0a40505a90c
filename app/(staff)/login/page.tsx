import { IntlScope } from "@/components/ui/intl-scope";
import type { Metadata } from "next";
import { ButtonForm } from "@/components/ui/button-form";
import Link from "next/link";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { loginWithOidc } from "@/lib/auth/actions";
import { getActor } from "@/lib/auth/session";
import { safeReturnTo } from "@/lib/auth/return-to";
import { oidcEnabled, env } from "@/lib/env";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("login.title") };
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = typeof params.callbackUrl === "string" ? params.callbackUrl : undefined;
  if (await getActor()) redirect(safeReturnTo(callbackUrl) as "/dashboard");
  const t = await getTranslations();
  const sso = oidcEnabled();
  return (
    <div className="max-w-md">
      <h1 className="text-3xl font-bold mb-4">{t("login.title")}</h1>
      {params.loggedOut ? (
        <p role="status" className="mb-4 border-l-4 border-brand-600 bg-brand-50 p-3">
          {t("login.loggedOut")}
        </p>
      ) : null}
      {params.setup || params.welcome || params.reset ? (
        <p role="status" className="mb-4 border-l-4 border-brand-600 bg-brand-50 p-3">
          {params.setup ? t("installation.setup.done") : params.reset ? t("passwordReset.done") : t("people.welcome")}
        </p>
      ) : null}
      {params.error === "AccessDenied" ? (
        <p role="alert" className="mb-4 border-l-4 border-danger bg-red-50 p-3">
          {t("loginLock.ssoRefused")}
        </p>
      ) : null}
      <p className="mb-6">{t("login.intro")}</p>
      <IntlScope namespaces={["login"]}>
        <LoginForm callbackUrl={callbackUrl} />
      </IntlScope>
      <p className="mt-4">
        <Link href="/login/forgot" className="underline">
          {t("passwordReset.forgotLink")}
        </Link>
      </p>
      {sso ? (
        <ButtonForm action={loginWithOidc} className="mt-6">
          <p className="mb-2">{t("login.or")}</p>
          <button type="submit" className="border border-brand-700 px-4 py-2 rounded">
            {t("login.oidc", { name: env().OIDC_NAME })}
          </button>
        </ButtonForm>
      ) : null}
    </div>
  );
}
