import type { Metadata } from "next";
import { ButtonForm } from "@/components/ui/button-form";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { unlockAccount } from "@/lib/auth/actions";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("loginLock.unlockTitle") };
}

/**
 * The mailed unlock link lands here. Opening it changes nothing (mail
 * scanners open links); the button does.
 */
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function UnlockPage({ searchParams }: Props) {
  const params = await searchParams;
  const t = await getTranslations();
  const token = typeof params.token === "string" ? params.token : "";
  return (
    <div className="max-w-md">
      <h1 className="text-3xl font-bold mb-4">{t("loginLock.unlockTitle")}</h1>
      {params.result === "ok" ? (
        <p role="status" className="mb-4 border-l-4 border-brand-600 bg-brand-50 p-3">
          {t("loginLock.unlocked")}{" "}
          <Link href="/login" className="underline">
            {t("login.title")}
          </Link>
        </p>
      ) : params.result === "failed" || !token ? (
        <p role="alert" className="mb-4 border-l-4 border-danger bg-red-50 p-3">
          {t("loginLock.unlockFailed")}
        </p>
      ) : (
        <ButtonForm action={unlockAccount} fields={{ token }}>
          <p className="mb-6">{t("loginLock.unlockIntro")}</p>
          <Button type="submit">{t("loginLock.unlockSubmit")}</Button>
        </ButtonForm>
      )}
    </div>
  );
}
