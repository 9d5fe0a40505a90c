"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";

/** The error page's body, in the language of the provider around it. */
export function ErrorView({ digest, reset }: { digest?: string; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <div role="alert">
      <h1 className="text-3xl font-bold mb-4">{t("errorTitle")}</h1>
      <p className="mb-2">{t("errorText")}</p>
      {digest ? <p className="mb-6 text-sm">{t("errorId", { id: digest })}</p> : null}
      <button type="button" onClick={reset} className="bg-brand-700 text-white px-4 py-2 rounded mr-4">
        {t("tryAgain")}
      </button>
      <Link href="/" className="underline">
        {t("backHome")}
      </Link>
    </div>
  );
}

/** A route group's error.tsx: the page failed, its header stays and this takes the main area. */
export function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorView digest={error.digest} reset={reset} />;
}
