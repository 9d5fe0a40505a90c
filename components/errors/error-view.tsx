"use client";
import Link from "next/link";
import { useSyncExternalStore } from "react";
import { defaultLocale, isLocale } from "@/lib/i18n/format";
import { translator } from "@/lib/i18n/translate";

const noSubscription = () => () => {};

/** The error page's body: client-side, so it reads the language from <html lang>. */
export function ErrorView({ digest, reset }: { digest?: string; reset: () => void }) {
  const lang = useSyncExternalStore(
    noSubscription,
    () => document.documentElement.lang,
    () => defaultLocale,
  );
  const t = translator(isLocale(lang) ? lang : defaultLocale);
  return (
    <div role="alert">
      <h1 className="text-3xl font-bold mb-4">{t("errors.errorTitle")}</h1>
      <p className="mb-2">{t("errors.errorText")}</p>
      {digest ? <p className="mb-6 text-sm">{t("errors.errorId", { id: digest })}</p> : null}
      <button type="button" onClick={reset} className="bg-brand-700 text-white px-4 py-2 rounded mr-4">
        {t("errors.tryAgain")}
      </button>
      <Link href="/" className="underline">
        {t("errors.backHome")}
      </Link>
    </div>
  );
}
