"use client";
import { NextIntlClientProvider } from "next-intl";
import { ErrorView } from "@/components/errors/error-view";
import { timeZone } from "@/lib/i18n/config";
import { common } from "@/lib/i18n/messages/da/common";
import "./globals.css";

// The root layout (and its language) failed, so this page speaks Danish with the error texts alone.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="da">
      <body className="font-sans">
        <main className="mx-auto max-w-3xl p-8">
          <NextIntlClientProvider locale="da" timeZone={timeZone} messages={{ errors: common.errors }}>
            <ErrorView digest={error.digest} reset={reset} />
          </NextIntlClientProvider>
        </main>
      </body>
    </html>
  );
}
